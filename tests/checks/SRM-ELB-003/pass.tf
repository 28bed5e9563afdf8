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

# An internet-facing ALB associated with a WAFv2 web ACL.
resource "aws_lb" "storefront" { # srm: ok SRM-ELB-003
  name    = "acme-storefront"
  subnets = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
}

resource "aws_wafv2_web_acl_association" "storefront" {
  resource_arn = aws_lb.storefront.arn
  web_acl_arn  = aws_wafv2_web_acl.edge.arn
}

# Instances created with count, each associated.
resource "aws_alb" "regional" { # srm: ok SRM-ELB-003
  count   = 2
  name    = "acme-regional-${count.index}"
  subnets = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
}

resource "aws_wafv2_web_acl_association" "regional" {
  count        = 2
  resource_arn = aws_alb.regional[count.index].arn
  web_acl_arn  = aws_wafv2_web_acl.edge.arn
}

# Internal ALBs and Network Load Balancers are out of scope.
resource "aws_lb" "internal_services" { # srm: ok SRM-ELB-003
  name     = "acme-internal"
  internal = true
  subnets  = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
}

resource "aws_lb" "ingest" { # srm: ok SRM-ELB-003
  name               = "acme-ingest"
  load_balancer_type = "network"
  subnets            = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
}
