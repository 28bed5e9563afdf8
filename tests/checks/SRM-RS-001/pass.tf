# AWS provider v6: an unset publicly_accessible means false.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

resource "aws_redshift_cluster" "warehouse" { # srm: ok SRM-RS-001
  cluster_identifier     = "warehouse"
  database_name          = "analytics"
  master_username        = "warehouse_admin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "multi-node"
  number_of_nodes        = 2
}

# Explicitly private.
resource "aws_redshift_cluster" "finance" { # srm: ok SRM-RS-001
  cluster_identifier     = "finance"
  database_name          = "finance"
  master_username        = "finance_admin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  publicly_accessible    = false # srm: ok SRM-RS-001
}
