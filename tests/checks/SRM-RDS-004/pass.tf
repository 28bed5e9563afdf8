variable "reporting_parameter_group" {
  type = string
}

# PostgreSQL 16 on the default parameter group: rds.force_ssl defaults to 1 from version 15.
resource "aws_db_instance" "orders" { # srm: ok SRM-RDS-004
  identifier                  = "orders"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

# PostgreSQL without a version: RDS creates its current default version (15 or later).
resource "aws_db_instance" "search" { # srm: ok SRM-RDS-004
  identifier                  = "search"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "search_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

# PostgreSQL 13 with a custom group that forces TLS.
resource "aws_db_parameter_group" "legacy" { # srm: ok SRM-RDS-004
  name   = "legacy-pg13"
  family = "postgres13"

  parameter {
    name         = "rds.force_ssl"
    value        = "1"
    apply_method = "pending-reboot"
  }
}

resource "aws_db_instance" "legacy" { # srm: ok SRM-RDS-004
  identifier                  = "legacy"
  engine                      = "postgres"
  engine_version              = "13.16"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "legacy_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  parameter_group_name        = aws_db_parameter_group.legacy.name
}

# MySQL with require_secure_transport = ON.
resource "aws_db_parameter_group" "inventory" {
  name   = "inventory-mysql80"
  family = "mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "ON" # srm: ok SRM-RDS-004
  }
}

resource "aws_db_instance" "inventory" { # srm: ok SRM-RDS-004
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

# Aurora MySQL cluster parameter group that requires TLS, and a member.
resource "aws_rds_cluster_parameter_group" "catalog" { # srm: ok SRM-RDS-004
  name   = "catalog-aurora-mysql80"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "1"
  }
}

resource "aws_rds_cluster" "catalog" { # srm: ok SRM-RDS-004
  cluster_identifier              = "catalog"
  engine                          = "aurora-mysql"
  engine_version                  = "8.0.mysql_aurora.3.08.0"
  master_username                 = "catalog_admin"
  manage_master_user_password     = true
  storage_encrypted               = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.catalog.name
}

resource "aws_rds_cluster_instance" "catalog_writer" { # srm: ok SRM-RDS-004
  identifier         = "catalog-writer"
  cluster_identifier = aws_rds_cluster.catalog.id
  engine             = aws_rds_cluster.catalog.engine
  instance_class     = "db.r6g.large"
}

# MariaDB 11.8: require_secure_transport defaults to ON.
resource "aws_db_instance" "wiki" { # srm: ok SRM-RDS-004
  identifier                  = "wiki"
  engine                      = "mariadb"
  engine_version              = "11.8.3"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "wiki_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

# A parameter group named by a variable without default: unknown, no finding.
resource "aws_db_instance" "reporting" { # srm: ok SRM-RDS-004
  identifier                  = "reporting"
  engine                      = "mysql"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "reporting_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  parameter_group_name        = var.reporting_parameter_group
}
