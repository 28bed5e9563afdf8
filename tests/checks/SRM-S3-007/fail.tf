# No access logging configured.
resource "aws_s3_bucket" "uploads" { # srm: expect SRM-S3-007
  bucket = "acme-user-uploads"
}

# Logging is configured for another bucket only; the source of that logging still passes.
resource "aws_s3_bucket" "reports" { # srm: ok SRM-S3-007
  bucket = "acme-finance-reports"
}

resource "aws_s3_bucket" "reports_archive" { # srm: expect SRM-S3-007
  bucket = "acme-finance-reports-archive"
}

resource "aws_s3_bucket" "access_logs" { # srm: ok SRM-S3-007
  bucket = "acme-access-logs"
}

resource "aws_s3_bucket_logging" "reports" {
  bucket        = aws_s3_bucket.reports.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "s3/reports/"
}

# A bucket with versioning and encryption but no logging.
resource "aws_s3_bucket" "ledger" { # srm: expect SRM-S3-007
  bucket = "acme-ledger"
}

resource "aws_s3_bucket_versioning" "ledger" {
  bucket = aws_s3_bucket.ledger.id

  versioning_configuration {
    status = "Enabled"
  }
}
