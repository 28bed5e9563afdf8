# Admin ports from private ranges, other SGs, self and prefix lists; public non-admin ports.
resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress { # srm: ok SRM-NET-001
    description = "SSH from the VPC"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }

  ingress { # srm: ok SRM-NET-001
    description     = "RDP from the bastion"
    from_port       = 3389
    to_port         = 3389
    protocol        = "tcp"
    security_groups = [aws_security_group.jump.id]
  }

  ingress { # srm: ok SRM-NET-001
    description = "Cluster peers"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    self        = true
  }

  ingress { # srm: ok SRM-NET-001
    description     = "SSH from the corporate prefix list"
    from_port       = 22
    to_port         = 22
    protocol        = "tcp"
    prefix_list_ids = ["pl-0123456789abcdef0"]
  }

  ingress { # srm: ok SRM-NET-001
    description      = "HTTPS"
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  ingress { # srm: ok SRM-NET-001
    description = "Ports 23-3388 miss both admin ports"
    from_port   = 23
    to_port     = 3388
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # srm: ok SRM-NET-001
    description = "UDP 22 is not SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # srm: ok SRM-NET-001
    description = "tcp 0-0 is port 0 only"
    from_port   = 0
    to_port     = 0
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # srm: ok SRM-NET-001
    description = "Ping"
    from_port   = 8
    to_port     = 0
    protocol    = "icmp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress { # srm: ok SRM-NET-001
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "jump" {
  name   = "jump"
  vpc_id = "vpc-0a1b2c3d4e5f60718"
}

# Standalone rules: egress, SG reference, and a CIDR from a variable without default (unknown).
resource "aws_security_group_rule" "jump_ssh_out" { # srm: ok SRM-NET-001
  type              = "egress"
  security_group_id = aws_security_group.jump.id
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_vpc_security_group_ingress_rule" "jump_from_app" { # srm: ok SRM-NET-001
  security_group_id            = aws_security_group.jump.id
  ip_protocol                  = "-1"
  referenced_security_group_id = aws_security_group.app.id
}

variable "office_cidr" {
  type = string
}

resource "aws_vpc_security_group_ingress_rule" "jump_ssh_office" { # srm: ok SRM-NET-001
  security_group_id = aws_security_group.jump.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = var.office_cidr
}

resource "aws_vpc_security_group_egress_rule" "jump_all_out" { # srm: ok SRM-NET-001
  security_group_id = aws_security_group.jump.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}
