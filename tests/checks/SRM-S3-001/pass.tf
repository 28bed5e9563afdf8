# All four flags on.
resource "aws_s3_bucket" "invoices" {
  bucket = "acme-invoices"
}

resource "aws_s3_bucket_public_access_block" "invoices" { # srm: ok SRM-S3-001
  bucket                  = aws_s3_bucket.invoices.id
  block_public_acls       = true # srm: ok SRM-S3-001
  block_public_policy     = true # srm: ok SRM-S3-001
  ignore_public_acls      = true # srm: ok SRM-S3-001
  restrict_public_buckets = true # srm: ok SRM-S3-001
}

# All four on, linked by the literal bucket name.
resource "aws_s3_bucket" "backups" {
  bucket = "acme-nightly-backups"
}

resource "aws_s3_bucket_public_access_block" "backups" { # srm: ok SRM-S3-001
  bucket                  = "acme-nightly-backups"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# No public access block: the bucket keeps the default Block Public Access.
resource "aws_s3_bucket" "build_cache" { # srm: ok SRM-S3-001
  bucket = "acme-build-cache"
}

# A flag from a variable with default true, and one from a variable without default (unknown).
variable "archive_block_public_acls" {
  type    = bool
  default = true
}

variable "archive_restrict_public_buckets" {
  type = bool
}

resource "aws_s3_bucket" "archive" {
  bucket = "acme-cold-archive"
}

resource "aws_s3_bucket_public_access_block" "archive" { # srm: ok SRM-S3-001
  bucket                  = aws_s3_bucket.archive.id
  block_public_acls       = var.archive_block_public_acls # srm: ok SRM-S3-001
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = var.archive_restrict_public_buckets # srm: ok SRM-S3-001
}
