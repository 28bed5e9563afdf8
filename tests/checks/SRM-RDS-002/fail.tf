# Publicly accessible instance.
resource "aws_db_instance" "analytics" {
  identifier                  = "analytics"
  engine                      = "postgres"
  engine_version              = "17.5"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "analytics_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = true # srm: expect SRM-RDS-002
}

# Aurora: one public member next to a private one.
resource "aws_rds_cluster" "catalog" { # srm: ok SRM-RDS-002
  cluster_identifier          = "catalog"
  engine                      = "aurora-mysql"
  master_username             = "catalog_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  db_subnet_group_name        = "public-subnets"
}

resource "aws_rds_cluster_instance" "catalog_reader" {
  identifier          = "catalog-reader"
  cluster_identifier  = aws_rds_cluster.catalog.id
  engine              = aws_rds_cluster.catalog.engine
  instance_class      = "db.r6g.large"
  publicly_accessible = true # srm: expect SRM-RDS-002
}

resource "aws_rds_cluster_instance" "catalog_writer" {
  identifier          = "catalog-writer"
  cluster_identifier  = aws_rds_cluster.catalog.id
  engine              = aws_rds_cluster.catalog.engine
  instance_class      = "db.r6g.large"
  publicly_accessible = false # srm: ok SRM-RDS-002
}

# Multi-AZ DB cluster set public.
resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "postgres"
  db_cluster_instance_class   = "db.m6gd.large"
  storage_type                = "io1"
  allocated_storage           = 100
  iops                        = 1000
  master_username             = "ledger_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = true # srm: expect SRM-RDS-002
}

# Set from a variable whose default is true.
variable "reporting_publicly_accessible" {
  type    = bool
  default = true
}

resource "aws_db_instance" "reporting" {
  identifier                  = "reporting"
  engine                      = "mysql"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "reporting_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = var.reporting_publicly_accessible # srm: expect SRM-RDS-002
}
