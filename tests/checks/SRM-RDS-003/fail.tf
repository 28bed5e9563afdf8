variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d4e5f60789"
}

# Public PostgreSQL instance; its security group admits the internet on the engine's default port.
resource "aws_security_group" "analytics_db" {
  name   = "analytics-db"
  vpc_id = var.vpc_id

  ingress {
    description = "PostgreSQL from anywhere"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "analytics" { # srm: expect SRM-RDS-003
  identifier                  = "analytics"
  engine                      = "postgres"
  engine_version              = "17.5"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "analytics_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = true
  vpc_security_group_ids      = [aws_security_group.analytics_db.id]
}

# Public MySQL on a custom port, opened to all of IPv6 by a standalone rule resource.
resource "aws_security_group" "reporting_db" {
  name   = "reporting-db"
  vpc_id = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "reporting_db_ipv6" {
  security_group_id = aws_security_group.reporting_db.id
  ip_protocol       = "tcp"
  from_port         = 3300
  to_port           = 3310
  cidr_ipv6         = "::/0"
}

resource "aws_db_instance" "reporting" { # srm: expect SRM-RDS-003
  identifier                  = "reporting"
  engine                      = "mysql"
  engine_version              = "8.0.39"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  port                        = 3307
  username                    = "reporting_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = true
  vpc_security_group_ids      = [aws_security_group.reporting_db.id]
}

# Public Aurora member: the cluster's security group allows every protocol from anywhere.
resource "aws_security_group" "catalog_db" {
  name   = "catalog-db"
  vpc_id = var.vpc_id
}

resource "aws_security_group_rule" "catalog_db_all" {
  type              = "ingress"
  security_group_id = aws_security_group.catalog_db.id
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_rds_cluster" "catalog" {
  cluster_identifier          = "catalog"
  engine                      = "aurora-postgresql"
  master_username             = "catalog_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  vpc_security_group_ids      = [aws_security_group.catalog_db.id]
}

resource "aws_rds_cluster_instance" "catalog_reader" { # srm: expect SRM-RDS-003
  identifier          = "catalog-reader"
  cluster_identifier  = aws_rds_cluster.catalog.id
  engine              = aws_rds_cluster.catalog.engine
  instance_class      = "db.r6g.large"
  publicly_accessible = true
}

# Near miss: public, but the only internet rule is HTTPS, not the database port.
resource "aws_security_group" "ledger_db" {
  name   = "ledger-db"
  vpc_id = var.vpc_id

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "ledger" { # srm: ok SRM-RDS-003
  identifier                  = "ledger"
  engine                      = "sqlserver-se"
  instance_class              = "db.m6i.xlarge"
  allocated_storage           = 100
  license_model               = "license-included"
  username                    = "ledger_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = true
  vpc_security_group_ids      = [aws_security_group.ledger_db.id]
}
