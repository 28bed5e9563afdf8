# The standard DenyInsecureTransport statement in a policy document data source.
resource "aws_s3_bucket" "reports" { # srm: ok SRM-S3-004
  bucket = "acme-finance-reports"
}

data "aws_iam_policy_document" "reports" {
  statement {
    sid       = "ReportingRole"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.reports.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/reporting"]
    }
  }

  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.reports.arn, "${aws_s3_bucket.reports.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = data.aws_iam_policy_document.reports.json # srm: ok SRM-S3-004
}

# jsonencode with BoolIfExists, an AWS "*" principal, "*" actions, ARNs built from the bucket id.
resource "aws_s3_bucket" "media" { # srm: ok SRM-S3-004
  bucket = "acme-media-library"
}

resource "aws_s3_bucket_policy" "media" {
  bucket = aws_s3_bucket.media.id
  policy = jsonencode({ # srm: ok SRM-S3-004
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = { AWS = "*" }
      Action    = "*"
      Resource = [
        "arn:aws:s3:::${aws_s3_bucket.media.id}",
        "arn:aws:s3:::${aws_s3_bucket.media.id}/*",
      ]
      Condition = { BoolIfExists = { "aws:SecureTransport" = "false" } }
    }]
  })
}

# Deprecated inline policy with literal ARNs, and a TLS-version deny next to it.
resource "aws_s3_bucket" "invoices" { # srm: ok SRM-S3-004
  bucket = "acme-invoices"

  policy = jsonencode({ # srm: ok SRM-S3-004
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = ["arn:aws:s3:::acme-invoices", "arn:aws:s3:::acme-invoices/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
      {
        Sid       = "DenyOldTls"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = ["arn:aws:s3:::acme-invoices", "arn:aws:s3:::acme-invoices/*"]
        Condition = { NumericLessThan = { "s3:TlsVersion" = "1.2" } }
      },
    ]
  })
}

# Heredoc JSON linked by bucket name; one wildcard ARN covers the bucket and its objects.
resource "aws_s3_bucket" "press_kit" { # srm: ok SRM-S3-004
  bucket = "acme-press-kit"
}

resource "aws_s3_bucket_policy" "press_kit" { # srm: ok SRM-S3-004
  bucket = "acme-press-kit"
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyInsecureTransport",
      "Effect": "Deny",
      "Principal": {"AWS": "*"},
      "Action": "s3:*",
      "Resource": "arn:aws:s3:::acme-press-kit*",
      "Condition": {"Bool": {"aws:SecureTransport": "false"}}
    }
  ]
}
POLICY
}

# A policy from a variable without a default: unknown, no finding.
variable "archive_policy_json" {
  type = string
}

resource "aws_s3_bucket" "archive" { # srm: ok SRM-S3-004
  bucket = "acme-archive"
}

resource "aws_s3_bucket_policy" "archive" {
  bucket = aws_s3_bucket.archive.id
  policy = var.archive_policy_json # srm: ok SRM-S3-004
}
