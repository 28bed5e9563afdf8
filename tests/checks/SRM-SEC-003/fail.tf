# RDS instance with the master password written in the configuration.
resource "aws_db_instance" "orders" {
  identifier          = "orders"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "orders_admin"
  password            = "Sup3rS3cretOrders!" # srm: expect SRM-SEC-003
  skip_final_snapshot = true
}

# Aurora cluster whose password comes from a variable with a literal default: reported at the default.
variable "reporting_master_password" {
  type      = string
  sensitive = true
  default   = "Reporting-2024-pw" # srm: expect SRM-SEC-003
}

resource "aws_rds_cluster" "reporting" {
  cluster_identifier  = "reporting"
  engine              = "aurora-postgresql"
  master_username     = "reporting"
  master_password     = var.reporting_master_password
  skip_final_snapshot = true
}

# Redshift cluster with a password folded from locals.
locals {
  warehouse_password = "Warehouse${local.warehouse_suffix}" # srm: expect SRM-SEC-003
  warehouse_suffix   = "Pw2024"
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  master_username    = "warehouse"
  master_password    = local.warehouse_password
}

# ElastiCache replication group with a literal AUTH token.
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "session cache"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = true
  auth_token                 = "sessions-auth-token-0123456789" # srm: expect SRM-SEC-003
}

# OpenSearch domain with a literal master user password (fine-grained access control).
resource "aws_opensearch_domain" "logs" {
  domain_name = "logs"

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
    master_user_options {
      master_user_name     = "admin"
      master_user_password = "OpenSearch-Admin-1!" # srm: expect SRM-SEC-003
    }
  }
}
