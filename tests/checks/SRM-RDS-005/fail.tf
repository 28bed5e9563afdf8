# Automated backups turned off.
resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  engine_version              = "17.5"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 0 # srm: expect SRM-RDS-005
}

# Turned off through a variable whose default is 0.
variable "reporting_backup_days" {
  type    = number
  default = 0
}

resource "aws_db_instance" "reporting" {
  identifier                  = "reporting"
  engine                      = "mysql"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "reporting_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = var.reporting_backup_days # srm: expect SRM-RDS-005
}

# Near miss: a read replica keeps no automated backups of its own here.
resource "aws_db_instance" "orders_replica" { # srm: ok SRM-RDS-005
  identifier              = "orders-replica"
  replicate_source_db     = aws_db_instance.orders.identifier
  instance_class          = "db.t4g.medium"
  backup_retention_period = 0 # srm: ok SRM-RDS-005
}
