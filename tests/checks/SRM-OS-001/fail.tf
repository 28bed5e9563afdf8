# No encrypt_at_rest block: encryption at rest is off.
resource "aws_opensearch_domain" "logs" { # srm: expect SRM-OS-001
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
}

# Legacy Elasticsearch domain with encryption explicitly off.
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
    enabled = false # srm: expect SRM-OS-001
  }
}
