# A web ACL with a default action and no rules filters nothing.
resource "aws_wafv2_web_acl" "edge" { # srm: expect SRM-WAF-001
  name  = "acme-edge"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "acme-edge"
    sampled_requests_enabled   = true
  }
}

# The same for a WAF Classic regional web ACL.
resource "aws_wafregional_web_acl" "legacy" { # srm: expect SRM-WAF-001
  name        = "acme-legacy"
  metric_name = "acmelegacy"

  default_action {
    type = "ALLOW"
  }
}
