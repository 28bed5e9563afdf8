resource "aws_vpc" "main" {
  cidr_block                       = "10.0.0.0/16"
  assign_generated_ipv6_cidr_block = true
}

# Allow everything from anywhere: the first /0 entry covering SSH and RDP allows them.
resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id

  ingress { # srm: expect SRM-NET-005
    protocol   = "-1"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

# A deny for SSH that comes after the allow does not help.
resource "aws_network_acl" "admin" {
  vpc_id = aws_vpc.main.id

  ingress { # srm: expect SRM-NET-005
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 200
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }
}

# Entry resources: IPv4 RDP is denied first, but IPv6 RDP is allowed.
resource "aws_network_acl" "windows" {
  vpc_id = aws_vpc.main.id
}

resource "aws_network_acl_rule" "windows_deny_rdp_v4" {
  network_acl_id = aws_network_acl.windows.id
  rule_number    = 50
  egress         = false
  protocol       = "tcp"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
  from_port      = 3389
  to_port        = 3389
}

resource "aws_network_acl_rule" "windows_allow_all_v6" { # srm: expect SRM-NET-005
  network_acl_id  = aws_network_acl.windows.id
  rule_number     = 100
  egress          = false
  protocol        = "-1"
  rule_action     = "allow"
  ipv6_cidr_block = "::/0"
}

resource "aws_network_acl_rule" "windows_allow_https_v4" { # srm: ok SRM-NET-005
  network_acl_id = aws_network_acl.windows.id
  rule_number    = 110
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 443
  to_port        = 443
}
