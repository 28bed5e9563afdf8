# Named principals only; a Deny statement with the public principal.
resource "aws_s3_bucket" "reports" {
  bucket = "acme-finance-reports"
}

data "aws_iam_policy_document" "reports" {
  statement { # srm: ok SRM-S3-003
    sid       = "ReportingRole"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.reports.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/reporting"]
    }
  }

  statement { # srm: ok SRM-S3-003
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
  policy = data.aws_iam_policy_document.reports.json
}

# Public principal restricted by a fixed VPC endpoint.
resource "aws_s3_bucket" "internal_docs" {
  bucket = "acme-internal-docs"
}

data "aws_iam_policy_document" "internal_docs" {
  statement { # srm: ok SRM-S3-003
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.internal_docs.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceVpce"
      values   = ["vpce-0a1b2c3d4e5f60718"]
    }
  }
}

resource "aws_s3_bucket_policy" "internal_docs" {
  bucket = aws_s3_bucket.internal_docs.id
  policy = data.aws_iam_policy_document.internal_docs.json
}

# jsonencode: public principal restricted by organisation, CloudFront service restricted by SourceArn.
resource "aws_s3_bucket" "shared_tools" {
  bucket = "acme-shared-tools"
}

resource "aws_s3_bucket_policy" "shared_tools" {
  bucket = aws_s3_bucket.shared_tools.bucket
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: ok SRM-S3-003
        Sid       = "OrgRead"
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.shared_tools.arn}/*"
        Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
      },
      { # srm: ok SRM-S3-003
        Sid       = "CloudFrontOac"
        Effect    = "Allow"
        Principal = { Service = "cloudfront.amazonaws.com" }
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.shared_tools.arn}/*"
        Condition = { StringEquals = { "AWS:SourceArn" = "arn:aws:cloudfront::111122223333:distribution/E2QWRUHAPOMQZL" } }
      },
    ]
  })
}

# Heredoc JSON: public principal restricted by a fixed SourceArn (no annotation inside the heredoc).
resource "aws_s3_bucket" "ses_inbox" {
  bucket = "acme-ses-inbox"
}

resource "aws_s3_bucket_policy" "ses_inbox" { # srm: ok SRM-S3-003
  bucket = "acme-ses-inbox"
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": "*",
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::acme-ses-inbox/*",
      "Condition": {
        "ArnLike": { "aws:SourceArn": "arn:aws:ses:eu-west-1:111122223333:receipt-rule-set/inbound:receipt-rule/store" }
      }
    }
  ]
}
POLICY
}

# Public principal restricted to uploads encrypted with one KMS key (an S3-only restricting key),
# and a condition whose variable is unresolved (unknown, no finding).
variable "restricting_condition_key" {
  type = string
}

resource "aws_s3_bucket" "dropbox" {
  bucket = "acme-encrypted-dropbox"
}

data "aws_iam_policy_document" "dropbox" {
  statement { # srm: ok SRM-S3-003
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.dropbox.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "s3:x-amz-server-side-encryption-aws-kms-key-id"
      values   = ["arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"]
    }
  }

  statement { # srm: ok SRM-S3-003
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.dropbox.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = var.restricting_condition_key
      values   = ["o-a1b2c3d4e5"]
    }
  }
}

resource "aws_s3_bucket_policy" "dropbox" {
  bucket = aws_s3_bucket.dropbox.id
  policy = data.aws_iam_policy_document.dropbox.json
}
