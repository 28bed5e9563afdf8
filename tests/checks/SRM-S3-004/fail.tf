# No bucket policy at all.
resource "aws_s3_bucket" "uploads" { # srm: expect SRM-S3-004
  bucket = "acme-user-uploads"
}

# Only an Allow statement conditioned on aws:SecureTransport = true: plain HTTP is not denied.
resource "aws_s3_bucket" "reports" {
  bucket = "acme-finance-reports"
}

data "aws_iam_policy_document" "reports" {
  statement {
    sid       = "ReportingRoleOverTls"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.reports.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/reporting"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = data.aws_iam_policy_document.reports.json # srm: expect SRM-S3-004
}

# A TLS-version deny alone does not match plain-HTTP requests (they carry no TLS version).
resource "aws_s3_bucket" "exports" {
  bucket = "acme-data-exports"
}

resource "aws_s3_bucket_policy" "exports" {
  bucket = aws_s3_bucket.exports.id
  policy = jsonencode({ # srm: expect SRM-S3-004
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyOldTls"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.exports.arn, "${aws_s3_bucket.exports.arn}/*"]
      Condition = { NumericLessThan = { "s3:TlsVersion" = "1.2" } }
    }]
  })
}

# The deny covers the objects only, not the bucket itself.
resource "aws_s3_bucket" "media" {
  bucket = "acme-media-library"
}

resource "aws_s3_bucket_policy" "media" {
  bucket = aws_s3_bucket.media.id
  policy = jsonencode({ # srm: expect SRM-S3-004
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = { AWS = "*" }
      Action    = "s3:*"
      Resource  = "${aws_s3_bucket.media.arn}/*"
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

# The deny names one action and one principal only.
resource "aws_s3_bucket" "invoices" {
  bucket = "acme-invoices"

  policy = jsonencode({ # srm: expect SRM-S3-004
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureGet"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = ["arn:aws:s3:::acme-invoices", "arn:aws:s3:::acme-invoices/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
      {
        Sid       = "DenyInsecureBilling"
        Effect    = "Deny"
        Principal = { AWS = "arn:aws:iam::111122223333:role/billing" }
        Action    = "s3:*"
        Resource  = ["arn:aws:s3:::acme-invoices", "arn:aws:s3:::acme-invoices/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
    ]
  })
}

# Objects under one prefix only.
resource "aws_s3_bucket" "press_kit" {
  bucket = "acme-press-kit"
}

resource "aws_s3_bucket_policy" "press_kit" {
  bucket = "acme-press-kit"
  policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":[\"arn:aws:s3:::acme-press-kit\",\"arn:aws:s3:::acme-press-kit/public/*\"],\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}" # srm: expect SRM-S3-004
}
