# storage_encrypted unset (default false): the finding sits on the header.
resource "aws_db_instance" "orders" { # srm: expect SRM-RDS-001
  identifier                  = "orders"
  engine                      = "postgres"
  engine_version              = "17.5"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "orders_admin"
  manage_master_user_password = true
  db_subnet_group_name        = "private-db"
}

# storage_encrypted explicitly false.
resource "aws_db_instance" "inventory" {
  identifier                  = "inventory"
  engine                      = "mysql"
  engine_version              = "8.0"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "inventory_admin"
  manage_master_user_password = true
  storage_encrypted           = false # srm: expect SRM-RDS-001
}

# storage_encrypted from a variable whose default is false.
variable "reporting_storage_encrypted" {
  type    = bool
  default = false
}

resource "aws_db_instance" "reporting" {
  identifier                  = "reporting"
  engine                      = "mariadb"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "reporting_admin"
  manage_master_user_password = true
  storage_encrypted           = var.reporting_storage_encrypted # srm: expect SRM-RDS-001
}

# Aurora clusters: unset and explicitly false.
resource "aws_rds_cluster" "catalog" { # srm: expect SRM-RDS-001
  cluster_identifier          = "catalog"
  engine                      = "aurora-postgresql"
  master_username             = "catalog_admin"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "sessions" {
  cluster_identifier          = "sessions"
  engine                      = "aurora-mysql"
  master_username             = "sessions_admin"
  manage_master_user_password = true
  storage_encrypted           = false # srm: expect SRM-RDS-001
}

# An aws_db_instance with an aurora engine: encryption is set on the cluster, skipped.
resource "aws_db_instance" "sessions_legacy" { # srm: ok SRM-RDS-001
  identifier     = "sessions-legacy"
  engine         = "aurora-mysql"
  instance_class = "db.r6g.large"
}

# A read replica inherits encryption from its source: unknown, no finding.
resource "aws_db_instance" "orders_replica" { # srm: ok SRM-RDS-001
  identifier          = "orders-replica"
  replicate_source_db = aws_db_instance.orders.identifier
  instance_class      = "db.t4g.medium"
}
