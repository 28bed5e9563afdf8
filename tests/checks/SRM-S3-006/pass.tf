# Versioning enabled in the split resource.
resource "aws_s3_bucket" "reports" { # srm: ok SRM-S3-006
  bucket = "acme-finance-reports"
}

resource "aws_s3_bucket_versioning" "reports" {
  bucket = aws_s3_bucket.reports.id

  versioning_configuration {
    status     = "Enabled" # srm: ok SRM-S3-006
    mfa_delete = "Disabled"
  }
}

# Deprecated inline versioning block.
resource "aws_s3_bucket" "legacy_exports" { # srm: ok SRM-S3-006
  bucket = "acme-legacy-exports"

  versioning {
    enabled = true # srm: ok SRM-S3-006
  }
}

# Linked by the literal bucket name.
resource "aws_s3_bucket" "media" { # srm: ok SRM-S3-006
  bucket = "acme-media-library"
}

resource "aws_s3_bucket_versioning" "media" {
  bucket = "acme-media-library"

  versioning_configuration {
    status = "Enabled"
  }
}

# Status from a variable without a default: unknown, no finding.
variable "ledger_versioning_status" {
  type = string
}

resource "aws_s3_bucket" "ledger" { # srm: ok SRM-S3-006
  bucket = "acme-ledger"
}

resource "aws_s3_bucket_versioning" "ledger" {
  bucket = aws_s3_bucket.ledger.id

  versioning_configuration {
    status = var.ledger_versioning_status # srm: ok SRM-S3-006
  }
}

# A versioning resource for a bucket declared elsewhere: judged on what it sets.
resource "aws_s3_bucket_versioning" "shared_artifacts" {
  bucket = "acme-shared-artifacts"

  versioning_configuration {
    status = "Enabled" # srm: ok SRM-S3-006
  }
}

# A public access block for a bucket declared elsewhere says nothing about versioning.
resource "aws_s3_bucket_public_access_block" "shared_logs" { # srm: ok SRM-S3-006
  bucket                  = "acme-shared-logs"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
