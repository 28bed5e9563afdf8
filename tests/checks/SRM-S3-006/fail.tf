# No versioning configuration at all.
resource "aws_s3_bucket" "uploads" { # srm: expect SRM-S3-006
  bucket = "acme-user-uploads"
}

# Versioning suspended in the split resource.
resource "aws_s3_bucket" "reports" {
  bucket = "acme-finance-reports"
}

resource "aws_s3_bucket_versioning" "reports" {
  bucket = aws_s3_bucket.reports.id

  versioning_configuration {
    status = "Suspended" # srm: expect SRM-S3-006
  }
}

# Disabled (only valid when creating a bucket), linked by the literal bucket name.
resource "aws_s3_bucket" "scratch" {
  bucket = "acme-scratch-space"
}

resource "aws_s3_bucket_versioning" "scratch" {
  bucket = "acme-scratch-space"

  versioning_configuration {
    status = "Disabled" # srm: expect SRM-S3-006
  }
}

# Deprecated inline versioning block with enabled = false.
resource "aws_s3_bucket" "legacy_exports" {
  bucket = "acme-legacy-exports"

  versioning {
    enabled = false # srm: expect SRM-S3-006
  }
}

# Status from a variable whose default is Suspended.
variable "ledger_versioning_status" {
  type    = string
  default = "Suspended"
}

resource "aws_s3_bucket" "ledger" {
  bucket = "acme-ledger"
}

resource "aws_s3_bucket_versioning" "ledger" {
  bucket = aws_s3_bucket.ledger.id

  versioning_configuration {
    status = var.ledger_versioning_status # srm: expect SRM-S3-006
  }
}
