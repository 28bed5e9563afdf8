resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# Adopting the default security group without rules strips its default rules.
resource "aws_default_security_group" "default" { # srm: ok SRM-NET-004
  vpc_id = aws_vpc.main.id
}

# Rules on a dedicated security group are fine.
resource "aws_security_group" "app" { # srm: ok SRM-NET-004
  name   = "app"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "app_http" { # srm: ok SRM-NET-004
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  from_port         = 80
  to_port           = 80
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}
