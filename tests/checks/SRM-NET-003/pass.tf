# High-risk ports only from private ranges or other groups.
resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress { # srm: ok SRM-NET-003
    description = "PostgreSQL from the VPC"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }

  ingress { # srm: ok SRM-NET-003
    description     = "MySQL from the app tier"
    from_port       = 3306
    to_port         = 3306
    protocol        = "tcp"
    security_groups = ["sg-0123456789abcdef0"]
  }

  ingress { # srm: ok SRM-NET-003
    description = "HTTP from anywhere"
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # srm: ok SRM-NET-003
    description = "HTTPS from anywhere"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # srm: ok SRM-NET-003
    description = "ICMP from anywhere"
    from_port   = -1
    to_port     = -1
    protocol    = "icmp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# GRE from anywhere opens no TCP or UDP port.
resource "aws_vpc_security_group_ingress_rule" "gre" { # srm: ok SRM-NET-003
  security_group_id = aws_security_group.db.id
  ip_protocol       = "47"
  cidr_ipv4         = "0.0.0.0/0"
}

# Egress to the internet on 443 and 5432 is not ingress.
resource "aws_security_group_rule" "db_egress" { # srm: ok SRM-NET-003
  type              = "egress"
  security_group_id = aws_security_group.db.id
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
