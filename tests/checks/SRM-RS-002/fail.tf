# No required_providers constraint: AWS provider v5 is assumed, where an unset encrypted
# means false.
resource "aws_redshift_cluster" "warehouse" { # srm: expect SRM-RS-002
  cluster_identifier     = "warehouse"
  database_name          = "analytics"
  master_username        = "warehouse_admin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "multi-node"
  number_of_nodes        = 2
  publicly_accessible    = false
}

# Explicitly unencrypted.
resource "aws_redshift_cluster" "marketing" {
  cluster_identifier     = "marketing"
  database_name          = "marketing"
  master_username        = "marketing_admin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  publicly_accessible    = false
  encrypted              = false # srm: expect SRM-RS-002
}

# Near miss: encrypted with a customer-managed key.
resource "aws_kms_key" "finance" {
  description         = "Redshift finance cluster"
  enable_key_rotation = true
}

resource "aws_redshift_cluster" "finance" { # srm: ok SRM-RS-002
  cluster_identifier     = "finance"
  database_name          = "finance"
  master_username        = "finance_admin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  publicly_accessible    = false
  encrypted              = true # srm: ok SRM-RS-002
  kms_key_id             = aws_kms_key.finance.arn
}
