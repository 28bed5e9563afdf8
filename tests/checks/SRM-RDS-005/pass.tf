# Unset: the RDS API default keeps one day of automated backups.
resource "aws_db_instance" "orders" { # srm: ok SRM-RDS-005
  identifier                  = "orders"
  engine                      = "postgres"
  engine_version              = "17.5"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

# A week of backups.
resource "aws_db_instance" "inventory" {
  identifier                  = "inventory"
  engine                      = "mysql"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "inventory_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7 # srm: ok SRM-RDS-005
  backup_window               = "03:00-04:00"
}

# Aurora: the cluster keeps backups (API minimum 1 day); members have no setting.
resource "aws_rds_cluster" "sessions" { # srm: ok SRM-RDS-005
  cluster_identifier          = "sessions"
  engine                      = "aurora-postgresql"
  master_username             = "sessions_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 1
}

resource "aws_rds_cluster_instance" "sessions_writer" { # srm: ok SRM-RDS-005
  identifier         = "sessions-writer"
  cluster_identifier = aws_rds_cluster.sessions.id
  engine             = aws_rds_cluster.sessions.engine
  instance_class     = "db.r6g.large"
}

# Read replica with backups off: replicas are skipped.
resource "aws_db_instance" "inventory_replica" { # srm: ok SRM-RDS-005
  identifier              = "inventory-replica"
  replicate_source_db     = aws_db_instance.inventory.identifier
  instance_class          = "db.t4g.small"
  backup_retention_period = 0 # srm: ok SRM-RDS-005
}
