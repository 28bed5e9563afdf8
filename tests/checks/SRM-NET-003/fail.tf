# Database and remote-access ports open to the internet on one group.
resource "aws_security_group" "legacy_db" {
  name   = "legacy-db"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress { # srm: expect SRM-NET-003
    description = "MySQL"
    from_port   = 3306
    to_port     = 3306
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # srm: expect SRM-NET-003
    description      = "PostgreSQL over IPv6"
    from_port        = 5432
    to_port          = 5432
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }

  ingress { # srm: expect SRM-NET-003
    description = "SQL Server browser (UDP)"
    from_port   = 1434
    to_port     = 1434
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # srm: ok SRM-NET-003
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# A wide range that includes FTP, Telnet and SMTP.
resource "aws_security_group_rule" "legacy_low_ports" { # srm: expect SRM-NET-003
  type              = "ingress"
  security_group_id = aws_security_group.legacy_db.id
  from_port         = 20
  to_port           = 25
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

# Elasticsearch through the VPC rule resource.
resource "aws_vpc_security_group_ingress_rule" "search" { # srm: expect SRM-NET-003
  security_group_id = aws_security_group.legacy_db.id
  ip_protocol       = "tcp"
  from_port         = 9200
  to_port           = 9300
  cidr_ipv4         = "0.0.0.0/0"
}

# Every port from anywhere is SRM-NET-002's finding, not this check's.
resource "aws_security_group_rule" "legacy_all" { # srm: ok SRM-NET-003
  type              = "ingress"
  security_group_id = aws_security_group.legacy_db.id
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
}
