# Unset: the default is true.
resource "aws_db_instance" "orders" { # srm: ok SRM-RDS-007
  identifier                  = "orders"
  engine                      = "postgres"
  engine_version              = "17.5"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  maintenance_window          = "sun:04:00-sun:05:00"
}

# Explicitly on for an Aurora member.
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
  auto_minor_version_upgrade = true # srm: ok SRM-RDS-007
}
