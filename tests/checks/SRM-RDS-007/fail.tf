# Explicitly off on an instance.
resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  engine_version              = "17.5"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  auto_minor_version_upgrade  = false # srm: expect SRM-RDS-007
}

# Off on an Aurora member.
resource "aws_rds_cluster" "sessions" { # srm: ok SRM-RDS-007
  cluster_identifier          = "sessions"
  engine                      = "aurora-postgresql"
  master_username             = "sessions_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster_instance" "sessions_writer" {
  identifier                 = "sessions-writer"
  cluster_identifier         = aws_rds_cluster.sessions.id
  engine                     = aws_rds_cluster.sessions.engine
  instance_class             = "db.r6g.large"
  auto_minor_version_upgrade = false # srm: expect SRM-RDS-007
}

# Off on a Multi-AZ DB cluster.
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
  auto_minor_version_upgrade  = false # srm: expect SRM-RDS-007
}
