# Default tags carry both required keys for every resource of this provider.
provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      owner                 = "payments-team"
      "data-classification" = "internal"
    }
  }
}

resource "aws_s3_bucket" "invoices" { # srm: ok SRM-GOV-002
  bucket = "acme-payments-invoices"

  tags = { # srm: ok SRM-GOV-002
    Name = "invoices"
  }
}

resource "aws_cloudwatch_log_group" "payments_api" { # srm: ok SRM-GOV-002
  name              = "/ecs/payments-api"
  retention_in_days = 365
}

# Resource tags may also override the defaults.
resource "aws_secretsmanager_secret" "payments_db" { # srm: ok SRM-GOV-002
  name = "prod/payments/db-credentials"

  tags = {
    "data-classification" = "confidential"
  }
}

# Tags merged from a variable without a default would still carry the defaults: not a finding.
variable "extra_tags" {
  type = map(string)
}

resource "aws_cloudtrail" "management" { # srm: ok SRM-GOV-002
  name                       = "management-events"
  s3_bucket_name             = aws_s3_bucket.invoices.bucket
  is_multi_region_trail      = true
  enable_log_file_validation = true
  tags                       = merge(var.extra_tags, { Name = "management-events" }) # srm: ok SRM-GOV-002
}
