# AWS managed rules.
resource "aws_wafv2_web_acl" "edge" {
  name  = "acme-edge"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "common"
    priority = 1

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesCommonRuleSet"
        vendor_name = "AWS"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "common"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "acme-edge"
    sampled_requests_enabled   = true
  }
}

# Rules given as JSON.
resource "aws_wafv2_web_acl" "api" {
  name  = "acme-api"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule_json = jsonencode([{
    Name     = "rate-limit"
    Priority = 1
    Action   = { Block = {} }
    Statement = {
      RateBasedStatement = { Limit = 2000, AggregateKeyType = "IP" }
    }
    VisibilityConfig = {
      CloudWatchMetricsEnabled = true
      MetricName               = "rate-limit"
      SampledRequestsEnabled   = true
    }
  }])

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "acme-api"
    sampled_requests_enabled   = true
  }
}
