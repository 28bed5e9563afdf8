# Protected instance.
resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  engine_version              = "17.5"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  deletion_protection         = true # srm: ok SRM-RDS-006
}

# Protected Aurora cluster, and its member (skipped).
resource "aws_rds_cluster" "sessions" {
  cluster_identifier          = "sessions"
  engine                      = "aurora-postgresql"
  master_username             = "sessions_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  deletion_protection         = true # srm: ok SRM-RDS-006
}

resource "aws_rds_cluster_instance" "sessions_writer" { # srm: ok SRM-RDS-006
  identifier         = "sessions-writer"
  cluster_identifier = aws_rds_cluster.sessions.id
  engine             = aws_rds_cluster.sessions.engine
  instance_class     = "db.r6g.large"
}
