# Inline rules open on every port: protocol -1, full TCP/UDP ranges, a non-tcp/udp/icmp protocol number.
# A self rule on the same group must not hide the public ones.
resource "aws_security_group" "legacy_app" {
  name   = "legacy-app"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress { # srm: ok SRM-NET-002
    description = "Cluster peers"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    self        = true
  }

  ingress { # srm: expect SRM-NET-002
    description = "Everything from anywhere"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # srm: expect SRM-NET-002
    description      = "All TCP over IPv6"
    from_port        = 0
    to_port          = 65535
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }

  ingress { # srm: expect SRM-NET-002
    description = "All UDP from 1"
    from_port   = 1
    to_port     = 65535
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # srm: expect SRM-NET-002
    description = "GRE tunnels (protocol 47 has no ports)"
    from_port   = 0
    to_port     = 0
    protocol    = "47"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # srm: ok SRM-NET-002
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Default security group with an open rule.
resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress { # srm: expect SRM-NET-002
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    ipv6_cidr_blocks = ["0:0:0:0:0:0:0:0/0"]
  }
}

# Standalone rule resources: the finding sits on the rule's header.
resource "aws_security_group" "workers" {
  name   = "workers"
  vpc_id = "vpc-0a1b2c3d4e5f60718"
}

resource "aws_security_group_rule" "workers_all" { # srm: expect SRM-NET-002
  type              = "ingress"
  security_group_id = aws_security_group.workers.id
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
}

# ip_protocol "-1" has no ports at all: still every port.
resource "aws_vpc_security_group_ingress_rule" "workers_all_v6" { # srm: expect SRM-NET-002
  security_group_id = aws_security_group.workers.id
  ip_protocol       = "-1"
  cidr_ipv6         = "::0/0"
}

# Source CIDR from a variable whose default is the whole internet.
variable "workers_ingress_cidr" {
  type    = string
  default = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "workers_tcp" { # srm: expect SRM-NET-002
  security_group_id = aws_security_group.workers.id
  ip_protocol       = "tcp"
  from_port         = 0
  to_port           = 65535
  cidr_ipv4         = var.workers_ingress_cidr
}
