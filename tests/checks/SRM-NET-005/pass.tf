resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# Lower-numbered denies for SSH and RDP before a broad allow.
resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id

  ingress {
    protocol   = "tcp"
    rule_no    = 10
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 20
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 3389
    to_port    = 3389
  }

  ingress {
    protocol   = "udp"
    rule_no    = 30
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 3389
    to_port    = 3389
  }

  ingress { # srm: ok SRM-NET-005
    protocol   = "-1"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

# Web and ephemeral ports from anywhere; SSH only from the corporate range.
resource "aws_network_acl" "web" {
  vpc_id = aws_vpc.main.id

  ingress { # srm: ok SRM-NET-005
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }

  # Return traffic on ephemeral ports would include RDP without the deny before it.
  ingress {
    protocol   = "tcp"
    rule_no    = 105
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 3389
    to_port    = 3389
  }

  ingress { # srm: ok SRM-NET-005
    protocol   = "tcp"
    rule_no    = 110
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 1024
    to_port    = 65535
  }

  ingress { # srm: ok SRM-NET-005
    protocol   = "tcp"
    rule_no    = 120
    action     = "allow"
    cidr_block = "203.0.113.0/24"
    from_port  = 22
    to_port    = 22
  }

  # Egress is not ingress.
  egress { # srm: ok SRM-NET-005
    protocol   = "-1"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

# Adopting the default network ACL without entries removes its allow-all rules.
resource "aws_default_network_acl" "default" { # srm: ok SRM-NET-005
  default_network_acl_id = aws_vpc.main.default_network_acl_id
}
