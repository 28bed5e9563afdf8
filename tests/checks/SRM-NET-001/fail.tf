# Inline rules: SSH from anywhere (IPv4), RDP over IPv6, RDP over UDP, a range covering 22,
# all traffic, and a mixed CIDR list. HTTPS and egress are not admin-port exposure.
resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress { # srm: expect SRM-NET-001
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # srm: expect SRM-NET-001
    description      = "RDP over IPv6"
    from_port        = 3389
    to_port          = 3389
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }

  ingress { # srm: expect SRM-NET-001
    description = "RDP UDP transport"
    from_port   = 3389
    to_port     = 3389
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # srm: expect SRM-NET-001
    description = "Legacy FTP to SMTP range"
    from_port   = 20
    to_port     = 25
    protocol    = "6"
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]
  }

  ingress { # srm: expect SRM-NET-001
    description = "Everything"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # srm: ok SRM-NET-001
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress { # srm: ok SRM-NET-001
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Source CIDR from a variable whose default is the whole internet.
variable "jump_host_ssh_cidr" {
  type    = string
  default = "0.0.0.0/0"
}

resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress { # srm: expect SRM-NET-001
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.jump_host_ssh_cidr]
  }
}

# Standalone rule resources: the finding sits on the rule's header.
resource "aws_security_group" "windows" {
  name   = "windows-hosts"
  vpc_id = "vpc-0a1b2c3d4e5f60718"
}

resource "aws_security_group_rule" "windows_rdp" { # srm: expect SRM-NET-001
  type              = "ingress"
  security_group_id = aws_security_group.windows.id
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["0:0:0:0:0:0:0:0/0"]
}

resource "aws_vpc_security_group_ingress_rule" "windows_ssh" { # srm: expect SRM-NET-001
  security_group_id = aws_security_group.windows.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "windows_all" { # srm: expect SRM-NET-001
  security_group_id = aws_security_group.windows.id
  ip_protocol       = "-1"
  cidr_ipv6         = "::0/0"
}

resource "aws_security_group_rule" "windows_ssh_out" { # srm: ok SRM-NET-001
  type              = "egress"
  security_group_id = aws_security_group.windows.id
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
