# The provider's default tags give every resource an owner, but no data classification.
provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      owner = "payments-team"
    }
  }
}

# Resource tags without the classification: the finding sits on tags.
resource "aws_s3_bucket" "invoices" {
  bucket = "acme-payments-invoices"

  tags = { # srm: expect SRM-GOV-002
    Name = "invoices"
  }
}

# No tags at all: the finding sits on the resource.
resource "aws_cloudwatch_log_group" "payments_api" { # srm: expect SRM-GOV-002
  name              = "/ecs/payments-api"
  retention_in_days = 365
}

# Tag keys are case-sensitive: Data-Classification is not data-classification.
resource "aws_secretsmanager_secret" "payments_db" {
  name = "prod/payments/db-credentials"

  tags = { # srm: expect SRM-GOV-002
    Data-Classification = "confidential"
  }
}

# A resource type that takes no tags is not judged.
resource "aws_s3_bucket_policy" "invoices" { # srm: ok SRM-GOV-002
  bucket = aws_s3_bucket.invoices.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.invoices.arn, "${aws_s3_bucket.invoices.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_cloudwatch_log_metric_filter" "errors" { # srm: ok SRM-GOV-002
  name           = "payments-api-errors"
  log_group_name = aws_cloudwatch_log_group.payments_api.name
  pattern        = "ERROR"

  metric_transformation {
    name      = "PaymentsApiErrors"
    namespace = "Payments"
    value     = "1"
  }
}
