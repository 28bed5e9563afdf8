# Near misses on one group: partial ranges, port 0 only, ICMP, self, private CIDRs, egress.
resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress { # srm: ok SRM-NET-002
    description = "tcp 0-0 is port 0 only"
    from_port   = 0
    to_port     = 0
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # srm: ok SRM-NET-002
    description = "Starts above port 1"
    from_port   = 2
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # srm: ok SRM-NET-002
    description = "Stops below 65535"
    from_port   = 1
    to_port     = 65534
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # srm: ok SRM-NET-002
    description = "ICMP"
    from_port   = -1
    to_port     = -1
    protocol    = "icmp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # srm: ok SRM-NET-002
    description      = "ICMPv6 by number"
    from_port        = -1
    to_port          = -1
    protocol         = "58"
    ipv6_cidr_blocks = ["::/0"]
  }

  ingress { # srm: ok SRM-NET-002
    description = "All traffic from the VPC"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.20.0.0/16"]
  }

  ingress { # srm: ok SRM-NET-002
    description = "All traffic between members"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    self        = true
  }

  egress { # srm: ok SRM-NET-002
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }
}

# Standalone rules: egress, SG reference, prefix list, unknown CIDR.
resource "aws_security_group_rule" "web_all_out" { # srm: ok SRM-NET-002
  type              = "egress"
  security_group_id = aws_security_group.web.id
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_security_group_rule" "web_from_lb" { # srm: ok SRM-NET-002
  type                     = "ingress"
  security_group_id        = aws_security_group.web.id
  from_port                = 0
  to_port                  = 65535
  protocol                 = "tcp"
  source_security_group_id = "sg-0123456789abcdef0"
}

resource "aws_vpc_security_group_ingress_rule" "web_from_corp" { # srm: ok SRM-NET-002
  security_group_id = aws_security_group.web.id
  ip_protocol       = "-1"
  prefix_list_id    = "pl-0123456789abcdef0"
}

variable "partner_cidr" {
  type = string
}

resource "aws_vpc_security_group_ingress_rule" "web_from_partner" { # srm: ok SRM-NET-002
  security_group_id = aws_security_group.web.id
  ip_protocol       = "-1"
  cidr_ipv4         = var.partner_cidr
}
