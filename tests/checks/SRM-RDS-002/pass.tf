# Explicitly private instance.
resource "aws_db_instance" "orders" { # srm: ok SRM-RDS-002
  identifier                  = "orders"
  engine                      = "postgres"
  engine_version              = "17.5"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  db_subnet_group_name        = "private-db"
  publicly_accessible         = false # srm: ok SRM-RDS-002
}

# Unset: the provider default is false.
resource "aws_db_instance" "inventory" { # srm: ok SRM-RDS-002
  identifier                  = "inventory"
  engine                      = "mysql"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "inventory_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

# Aurora cluster and member with the default.
resource "aws_rds_cluster" "sessions" { # srm: ok SRM-RDS-002
  cluster_identifier          = "sessions"
  engine                      = "aurora-postgresql"
  master_username             = "sessions_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster_instance" "sessions_writer" { # srm: ok SRM-RDS-002
  identifier         = "sessions-writer"
  cluster_identifier = aws_rds_cluster.sessions.id
  engine             = aws_rds_cluster.sessions.engine
  instance_class     = "db.r6g.large"
}

# From a variable without default: unknown, no finding.
variable "billing_publicly_accessible" {
  type = bool
}

resource "aws_db_instance" "billing" {
  identifier                  = "billing"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "billing_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = var.billing_publicly_accessible # srm: ok SRM-RDS-002
}
