# One flag explicitly false: the finding sits on that attribute.
resource "aws_s3_bucket" "media" {
  bucket = "acme-media-uploads"
}

resource "aws_s3_bucket_public_access_block" "media" {
  bucket                  = aws_s3_bucket.media.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = false # srm: expect SRM-S3-001
}

# Flags omitted default to false: one finding on the companion's header.
resource "aws_s3_bucket" "reports" {
  bucket = "acme-quarterly-reports"
}

resource "aws_s3_bucket_public_access_block" "reports" { # srm: expect SRM-S3-001
  bucket             = aws_s3_bucket.reports.bucket
  block_public_acls  = true # srm: ok SRM-S3-001
  ignore_public_acls = true
}

# One flag false and one omitted, linked by the literal bucket name.
resource "aws_s3_bucket" "exports" {
  bucket = "acme-data-exports"
}

resource "aws_s3_bucket_public_access_block" "exports" { # srm: expect SRM-S3-001
  bucket              = "acme-data-exports"
  block_public_acls   = true
  block_public_policy = false # srm: expect SRM-S3-001
  ignore_public_acls  = true
}

# A flag taken from a variable whose default is false.
variable "partner_block_public_policy" {
  type    = bool
  default = false
}

resource "aws_s3_bucket" "partner_drop" {
  bucket = "acme-partner-drop"
}

resource "aws_s3_bucket_public_access_block" "partner_drop" {
  bucket                  = aws_s3_bucket.partner_drop.id
  block_public_acls       = true
  block_public_policy     = var.partner_block_public_policy # srm: expect SRM-S3-001
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# A block for a bucket managed elsewhere is still checked on what it sets.
resource "aws_s3_bucket_public_access_block" "shared_artifacts" {
  bucket                  = "some-other-teams-bucket"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = false # srm: expect SRM-S3-001
  restrict_public_buckets = true
}

# No block at all keeps the account/bucket defaults (all on): not a finding.
resource "aws_s3_bucket" "scratch" { # srm: ok SRM-S3-001
  bucket = "acme-build-scratch"
}
