# Unset: the provider default is false.
resource "aws_db_instance" "orders" { # srm: expect SRM-RDS-006
  identifier                  = "orders"
  engine                      = "postgres"
  engine_version              = "17.5"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

# Explicitly off on an Aurora cluster.
resource "aws_rds_cluster" "sessions" {
  cluster_identifier          = "sessions"
  engine                      = "aurora-postgresql"
  master_username             = "sessions_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  deletion_protection         = false # srm: expect SRM-RDS-006
}

# Near miss: Aurora members are protected through their cluster.
resource "aws_rds_cluster_instance" "sessions_writer" { # srm: ok SRM-RDS-006
  identifier         = "sessions-writer"
  cluster_identifier = aws_rds_cluster.sessions.id
  engine             = aws_rds_cluster.sessions.engine
  instance_class     = "db.r6g.large"
}
