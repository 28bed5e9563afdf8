# The split logging resource.
resource "aws_s3_bucket" "reports" { # srm: ok SRM-S3-007
  bucket = "acme-finance-reports"
}

resource "aws_s3_bucket" "access_logs" { # srm: ok SRM-S3-007
  bucket = "acme-access-logs"
}

resource "aws_s3_bucket_logging" "reports" {
  bucket        = aws_s3_bucket.reports.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "s3/reports/"
}

# Deprecated inline logging block, targeting a log bucket by its literal name.
resource "aws_s3_bucket" "legacy_exports" { # srm: ok SRM-S3-007
  bucket = "acme-legacy-exports"

  logging {
    target_bucket = "acme-legacy-access-logs"
    target_prefix = "s3/legacy-exports/"
  }
}

resource "aws_s3_bucket" "legacy_access_logs" { # srm: ok SRM-S3-007
  bucket = "acme-legacy-access-logs"
}

# A log bucket that lets the S3 logging service write to it (sources in other configurations).
resource "aws_s3_bucket" "org_access_logs" { # srm: ok SRM-S3-007
  bucket = "acme-org-access-logs"
}

resource "aws_s3_bucket_policy" "org_access_logs" {
  bucket = aws_s3_bucket.org_access_logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "S3ServerAccessLogsPolicy"
      Effect    = "Allow"
      Principal = { Service = "logging.s3.amazonaws.com" }
      Action    = "s3:PutObject"
      Resource  = "${aws_s3_bucket.org_access_logs.arn}/*"
      Condition = { StringEquals = { "aws:SourceAccount" = "111122223333" } }
    }]
  })
}

# A logging resource for a bucket declared elsewhere.
resource "aws_s3_bucket_logging" "shared_artifacts" { # srm: ok SRM-S3-007
  bucket        = "acme-shared-artifacts"
  target_bucket = "acme-org-access-logs"
  target_prefix = "s3/shared-artifacts/"
}
