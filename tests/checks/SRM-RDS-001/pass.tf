resource "aws_kms_key" "db" {
  description         = "RDS storage key"
  enable_key_rotation = true
}

# Encrypted instance with a customer-managed key.
resource "aws_db_instance" "billing" { # srm: ok SRM-RDS-001
  identifier                  = "billing"
  engine                      = "postgres"
  engine_version              = "17.5"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "billing_admin"
  manage_master_user_password = true
  storage_encrypted           = true # srm: ok SRM-RDS-001
  kms_key_id                  = aws_kms_key.db.arn
}

# Restored from a snapshot: encryption follows the snapshot, unknown.
resource "aws_db_instance" "billing_restore" { # srm: ok SRM-RDS-001
  identifier          = "billing-restore"
  snapshot_identifier = "billing-pre-migration"
  instance_class      = "db.t4g.medium"
}

# Read replica: unknown.
resource "aws_db_instance" "billing_replica" { # srm: ok SRM-RDS-001
  identifier          = "billing-replica"
  replicate_source_db = aws_db_instance.billing.identifier
  instance_class      = "db.t4g.medium"
}

# storage_encrypted from a variable without default: unknown.
variable "ledger_storage_encrypted" {
  type = bool
}

resource "aws_db_instance" "ledger" {
  identifier                  = "ledger"
  engine                      = "mysql"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "ledger_admin"
  manage_master_user_password = true
  storage_encrypted           = var.ledger_storage_encrypted # srm: ok SRM-RDS-001
}

# Encrypted Aurora cluster; cluster instances are not RDS-001 targets.
resource "aws_rds_cluster" "search" { # srm: ok SRM-RDS-001
  cluster_identifier          = "search"
  engine                      = "aurora-postgresql"
  master_username             = "search_admin"
  manage_master_user_password = true
  storage_encrypted           = true # srm: ok SRM-RDS-001
  kms_key_id                  = aws_kms_key.db.arn
}

resource "aws_rds_cluster_instance" "search_writer" { # srm: ok SRM-RDS-001
  identifier         = "search-writer"
  cluster_identifier = aws_rds_cluster.search.id
  engine             = aws_rds_cluster.search.engine
  instance_class     = "db.r6g.large"
}

# An aws_db_instance with an aurora engine: skipped (set on the cluster).
resource "aws_db_instance" "search_legacy" { # srm: ok SRM-RDS-001
  identifier     = "search-legacy"
  engine         = "aurora-postgresql"
  instance_class = "db.r6g.large"
}

# Aurora Serverless v1 is always encrypted.
resource "aws_rds_cluster" "jobs" { # srm: ok SRM-RDS-001
  cluster_identifier          = "jobs"
  engine                      = "aurora-mysql"
  engine_mode                 = "serverless"
  master_username             = "jobs_admin"
  manage_master_user_password = true
}
