data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

variable "private_subnet_ids" {
  type    = list(string)
  default = ["subnet-0a1b2c3d4e5f60001"]
}

locals {
  domain_arn_prefix = "arn:aws:es:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:domain"
}

# Open policy, but the domain lives in a VPC: no public endpoint.
resource "aws_opensearch_domain" "logs" {
  domain_name    = "app-logs"
  engine_version = "OpenSearch_2.17"

  cluster_config {
    instance_type = "r6g.large.search"
  }

  ebs_options {
    ebs_enabled = true
    volume_size = 100
  }

  encrypt_at_rest {
    enabled = true
  }

  vpc_options {
    subnet_ids = var.private_subnet_ids
  }

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: ok SRM-OS-002
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = "es:*"
        Resource  = "${local.domain_arn_prefix}/app-logs/*"
      }
    ]
  })
}

# Public endpoint with fine-grained access control: the documented FGAC pattern.
resource "aws_opensearch_domain" "dashboards" {
  domain_name    = "dashboards"
  engine_version = "OpenSearch_2.17"

  cluster_config {
    instance_type = "r6g.large.search"
  }

  ebs_options {
    ebs_enabled = true
    volume_size = 50
  }

  encrypt_at_rest {
    enabled = true
  }

  node_to_node_encryption {
    enabled = true
  }

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }

  advanced_security_options {
    enabled                        = true
    anonymous_auth_enabled         = false
    internal_user_database_enabled = false
    master_user_options {
      master_user_arn = "arn:aws:iam::111122223333:role/search-admin"
    }
  }

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: ok SRM-OS-002
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = "es:ESHttp*"
        Resource  = "${local.domain_arn_prefix}/dashboards/*"
      }
    ]
  })
}

# Public endpoint; the policy names the account's role.
resource "aws_opensearch_domain" "metrics" {
  domain_name    = "metrics"
  engine_version = "OpenSearch_2.17"

  cluster_config {
    instance_type = "r6g.large.search"
  }

  ebs_options {
    ebs_enabled = true
    volume_size = 50
  }

  encrypt_at_rest {
    enabled = true
  }
}

resource "aws_opensearch_domain_policy" "metrics" {
  domain_name = aws_opensearch_domain.metrics.domain_name

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: ok SRM-OS-002
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/metrics-writer" }
        Action    = "es:ESHttp*"
        Resource  = "${aws_opensearch_domain.metrics.arn}/*"
      }
    ]
  })
}
