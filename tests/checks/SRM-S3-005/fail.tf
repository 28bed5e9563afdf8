# No encryption configuration at all: relies on the default SSE-S3.
resource "aws_s3_bucket" "uploads" { # srm: expect SRM-S3-005
  bucket = "acme-user-uploads"
}

# Split configuration with AES256 (SSE-S3).
resource "aws_s3_bucket" "invoices" {
  bucket = "acme-invoices-archive"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "invoices" {
  bucket = aws_s3_bucket.invoices.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256" # srm: expect SRM-S3-005
    }
  }
}

# Deprecated inline configuration with AES256.
resource "aws_s3_bucket" "legacy_exports" {
  bucket = "acme-legacy-exports"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256" # srm: expect SRM-S3-005
      }
    }
  }
}

# Algorithm from a variable whose default is AES256.
variable "reports_sse_algorithm" {
  type    = string
  default = "AES256"
}

resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "reports" {
  bucket = aws_s3_bucket.reports.bucket

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = var.reports_sse_algorithm # srm: expect SRM-S3-005
    }
  }
}

# The logging source still fails; its access-log destination is exempt (SSE-S3 only).
resource "aws_s3_bucket" "storefront" { # srm: expect SRM-S3-005
  bucket = "acme-storefront-assets"
}

resource "aws_s3_bucket" "storefront_logs" {
  bucket = "acme-storefront-access-logs"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "storefront_logs" {
  bucket = aws_s3_bucket.storefront_logs.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256" # srm: ok SRM-S3-005
    }
  }
}

resource "aws_s3_bucket_logging" "storefront" {
  bucket        = aws_s3_bucket.storefront.id
  target_bucket = aws_s3_bucket.storefront_logs.id
  target_prefix = "s3/storefront/"
}
