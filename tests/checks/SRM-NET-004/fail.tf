resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# Adopted default security group that keeps allow rules.
resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id

  ingress { # srm: expect SRM-NET-004
    protocol  = "-1"
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress { # srm: expect SRM-NET-004
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# A rule resource added to the VPC's default security group.
resource "aws_security_group_rule" "default_https" { # srm: expect SRM-NET-004
  type              = "ingress"
  security_group_id = aws_vpc.main.default_security_group_id
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}

# A rule resource added to the adopted default security group.
resource "aws_vpc_security_group_egress_rule" "default_dns" { # srm: expect SRM-NET-004
  security_group_id = aws_default_security_group.default.id
  ip_protocol       = "udp"
  from_port         = 53
  to_port           = 53
  cidr_ipv4         = "10.0.0.2/32"
}
