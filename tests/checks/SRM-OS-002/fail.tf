data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

# Public endpoint, no fine-grained access control, policy open to anyone.
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

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: expect SRM-OS-002
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = "es:*"
        Resource  = "arn:aws:es:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:domain/app-logs/*"
      }
    ]
  })
}

# Legacy domain; its separate policy "restricts" to 0.0.0.0/0, which restricts nothing.
resource "aws_elasticsearch_domain" "search" {
  domain_name           = "product-search"
  elasticsearch_version = "7.10"

  cluster_config {
    instance_type = "r6g.large.elasticsearch"
  }

  ebs_options {
    ebs_enabled = true
    volume_size = 50
  }
}

resource "aws_elasticsearch_domain_policy" "search" {
  domain_name = aws_elasticsearch_domain.search.domain_name

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: expect SRM-OS-002
        Effect    = "Allow"
        Principal = "*"
        Action    = "es:ESHttpGet"
        Resource  = "${aws_elasticsearch_domain.search.arn}/*"
        Condition = { IpAddress = { "aws:SourceIp" = "0.0.0.0/0" } }
      }
    ]
  })
}

# Near miss: public, but the policy pins callers to the office range.
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

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: ok SRM-OS-002
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = "es:ESHttp*"
        Resource  = "arn:aws:es:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:domain/metrics/*"
        Condition = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24"] } }
      }
    ]
  })
}
