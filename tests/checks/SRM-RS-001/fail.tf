# No required_providers constraint: AWS provider v5 is assumed, where an unset
# publicly_accessible means true.
resource "aws_redshift_cluster" "warehouse" { # srm: expect SRM-RS-001
  cluster_identifier       = "warehouse"
  database_name            = "analytics"
  master_username          = "warehouse_admin"
  manage_master_password   = true
  node_type                = "ra3.xlplus"
  cluster_type             = "multi-node"
  number_of_nodes          = 2
  encrypted                = true
}

# Explicitly public.
resource "aws_redshift_cluster" "marketing" {
  cluster_identifier     = "marketing"
  database_name          = "marketing"
  master_username        = "marketing_admin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  encrypted              = true
  publicly_accessible    = true # srm: expect SRM-RS-001
}

# Near miss: explicitly private.
resource "aws_redshift_cluster" "finance" { # srm: ok SRM-RS-001
  cluster_identifier     = "finance"
  database_name          = "finance"
  master_username        = "finance_admin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  encrypted              = true
  publicly_accessible    = false # srm: ok SRM-RS-001
}
