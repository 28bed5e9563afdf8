variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d4e5f60789"
}

variable "database_security_group_ids" {
  type = list(string)
}

# An open security group on a private database: not reachable from the internet.
resource "aws_security_group" "orders_db" {
  name   = "orders-db"
  vpc_id = var.vpc_id

  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "orders" { # srm: ok SRM-RDS-003
  identifier                  = "orders"
  engine                      = "postgres"
  engine_version              = "17.5"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = false
  vpc_security_group_ids      = [aws_security_group.orders_db.id]
}

# Public database reachable only from the application's security group and the office range.
resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = var.vpc_id
}

resource "aws_security_group" "inventory_db" {
  name   = "inventory-db"
  vpc_id = var.vpc_id

  ingress {
    from_port       = 3306
    to_port         = 3306
    protocol        = "tcp"
    security_groups = [aws_security_group.app.id]
  }

  ingress {
    from_port   = 3306
    to_port     = 3306
    protocol    = "tcp"
    cidr_blocks = ["203.0.113.0/24"]
  }
}

resource "aws_db_instance" "inventory" { # srm: ok SRM-RDS-003
  identifier                  = "inventory"
  engine                      = "mysql"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "inventory_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = true
  vpc_security_group_ids      = [aws_security_group.inventory_db.id]
}

# The internet rule covers 5432, but the database listens on 6432.
resource "aws_security_group" "billing_db" {
  name   = "billing-db"
  vpc_id = var.vpc_id

  ingress {
    from_port        = 5432
    to_port          = 5432
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }
}

resource "aws_db_instance" "billing" { # srm: ok SRM-RDS-003
  identifier                  = "billing"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  port                        = 6432
  username                    = "billing_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = true
  vpc_security_group_ids      = [aws_security_group.billing_db.id]
}

# Security groups from a variable without default: unknown, no finding.
resource "aws_db_instance" "archive" { # srm: ok SRM-RDS-003
  identifier                  = "archive"
  engine                      = "mariadb"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "archive_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = true
  vpc_security_group_ids      = var.database_security_group_ids
}
