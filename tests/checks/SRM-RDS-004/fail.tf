# PostgreSQL 14 with no parameter group: the default leaves rds.force_ssl = 0.
resource "aws_db_instance" "orders" { # srm: expect SRM-RDS-004
  identifier                  = "orders"
  engine                      = "postgres"
  engine_version              = "14.12"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

# MySQL whose custom parameter group explicitly allows plain-text connections.
resource "aws_db_parameter_group" "inventory" {
  name   = "inventory-mysql80"
  family = "mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "0" # srm: expect SRM-RDS-004
  }
}

resource "aws_db_instance" "inventory" {
  identifier                  = "inventory"
  engine                      = "mysql"
  engine_version              = "8.0.39"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "inventory_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  parameter_group_name        = aws_db_parameter_group.inventory.name
}

# Aurora PostgreSQL: the cluster parameter group tunes logging but does not force TLS.
resource "aws_rds_cluster_parameter_group" "sessions" { # srm: expect SRM-RDS-004
  name   = "sessions-aurora-pg16"
  family = "aurora-postgresql16"

  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }
}

resource "aws_rds_cluster" "sessions" {
  cluster_identifier              = "sessions"
  engine                          = "aurora-postgresql"
  engine_version                  = "16.4"
  master_username                 = "sessions_admin"
  manage_master_user_password     = true
  storage_encrypted               = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.sessions.name
}

# Aurora members take the setting from the cluster: no finding of their own.
resource "aws_rds_cluster_instance" "sessions_writer" { # srm: ok SRM-RDS-004
  identifier         = "sessions-writer"
  cluster_identifier = aws_rds_cluster.sessions.id
  engine             = aws_rds_cluster.sessions.engine
  instance_class     = "db.r6g.large"
}

# SQL Server on the AWS default parameter group (rds.force_ssl = 0).
resource "aws_db_instance" "ledger" {
  identifier                  = "ledger"
  engine                      = "sqlserver-se"
  engine_version              = "16.00.4175.1.v1"
  instance_class              = "db.m6i.xlarge"
  allocated_storage           = 100
  license_model               = "license-included"
  username                    = "ledger_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  parameter_group_name        = "default.sqlserver-se-16.0" # srm: expect SRM-RDS-004
}

# MariaDB 10.11: require_secure_transport defaults to OFF before 11.8.
resource "aws_db_instance" "wiki" { # srm: expect SRM-RDS-004
  identifier                  = "wiki"
  engine                      = "mariadb"
  engine_version              = "10.11.9"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "wiki_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

# Near miss: Oracle enforces TLS through option groups, not this parameter.
resource "aws_db_instance" "erp" { # srm: ok SRM-RDS-004
  identifier                  = "erp"
  engine                      = "oracle-se2"
  instance_class              = "db.m6i.large"
  allocated_storage           = 100
  license_model               = "license-included"
  username                    = "erp_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}
