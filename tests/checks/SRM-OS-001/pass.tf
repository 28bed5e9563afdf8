resource "aws_kms_key" "search" {
  description         = "OpenSearch at-rest encryption"
  enable_key_rotation = true
}

# Encrypted with a customer-managed key.
resource "aws_opensearch_domain" "logs" {
  domain_name    = "app-logs"
  engine_version = "OpenSearch_2.17"

  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 2
  }

  ebs_options {
    ebs_enabled = true
    volume_size = 100
  }

  encrypt_at_rest {
    enabled    = true # srm: ok SRM-OS-001
    kms_key_id = aws_kms_key.search.key_id
  }
}

# Legacy Elasticsearch domain, encrypted with the AWS managed key.
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

  encrypt_at_rest {
    enabled = true # srm: ok SRM-OS-001
  }
}
