# Policy document data source with the "*" principal type.
resource "aws_s3_bucket" "website" {
  bucket = "acme-static-website"
}

data "aws_iam_policy_document" "website" {
  statement { # srm: expect SRM-S3-003
    sid       = "PublicRead"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.website.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "website" {
  bucket = aws_s3_bucket.website.id
  policy = data.aws_iam_policy_document.website.json
}

# AWS "*" principal: aws:SecureTransport does not restrict who; the Deny statement is fine.
resource "aws_s3_bucket" "downloads" {
  bucket = "acme-downloads"
}

data "aws_iam_policy_document" "downloads" {
  statement { # srm: ok SRM-S3-003
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.downloads.arn, "${aws_s3_bucket.downloads.arn}/*"]
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

  statement { # srm: expect SRM-S3-003
    sid       = "AnyoneOverTls"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.downloads.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
}

resource "aws_s3_bucket_policy" "downloads" {
  bucket = aws_s3_bucket.downloads.bucket
  policy = data.aws_iam_policy_document.downloads.json
}

# jsonencode: plain "*", an ...IfExists operator, a "*" inside an AWS list, an open SourceIp.
resource "aws_s3_bucket" "media" {
  bucket = "acme-media-library"
}

resource "aws_s3_bucket_policy" "media" {
  bucket = aws_s3_bucket.media.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: expect SRM-S3-003
        Sid       = "PublicList"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:ListBucket"
        Resource  = aws_s3_bucket.media.arn
      },
      { # srm: expect SRM-S3-003
        Sid       = "VpceIfPresent"
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["s3:GetObject", "s3:PutObject"]
        Resource  = "${aws_s3_bucket.media.arn}/*"
        Condition = { StringEqualsIfExists = { "aws:SourceVpce" = "vpce-0a1b2c3d4e5f60718" } }
      },
      { # srm: expect SRM-S3-003
        Sid       = "PartnerAndEveryone"
        Effect    = "Allow"
        Principal = { AWS = ["arn:aws:iam::111122223333:root", "*"] }
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.media.arn}/*"
      },
      { # srm: expect SRM-S3-003
        Sid       = "AnyIp"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.media.arn}/*"
        Condition = { IpAddress = { "aws:SourceIp" = ["0.0.0.0/0"] } }
      },
    ]
  })
}

# Deprecated inline policy; a single statement object; a wildcard-only condition value.
resource "aws_s3_bucket" "legacy_share" {
  bucket = "acme-legacy-share"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = { # srm: expect SRM-S3-003
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::acme-legacy-share/*"
      Condition = { StringEquals = { "aws:SourceVpce" = "*" } }
    }
  })
}

# One-line JSON string: the finding sits on the policy line; linked by bucket name.
resource "aws_s3_bucket" "press_kit" {
  bucket = "acme-press-kit"
}

resource "aws_s3_bucket_policy" "press_kit" {
  bucket = "acme-press-kit"
  policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::acme-press-kit/*\"}]}" # srm: expect SRM-S3-003
}

# Allow with NotPrincipal allows everyone not listed, anonymous users included; kms:CallerAccount
# restricts only in key policies.
resource "aws_s3_bucket" "partner_drop" {
  bucket = "acme-partner-drop"
}

resource "aws_s3_bucket_policy" "partner_drop" {
  bucket = aws_s3_bucket.partner_drop.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: expect SRM-S3-003
        Sid          = "EveryoneButContractors"
        Effect       = "Allow"
        NotPrincipal = { AWS = "arn:aws:iam::111122223333:role/contractor" }
        Action       = "s3:GetObject"
        Resource     = "${aws_s3_bucket.partner_drop.arn}/*"
      },
      { # srm: expect SRM-S3-003
        Sid       = "CallerAccountIsNotAnS3Key"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:PutObject"
        Resource  = "${aws_s3_bucket.partner_drop.arn}/*"
        Condition = { StringEquals = { "kms:CallerAccount" = "111122223333" } }
      },
    ]
  })
}
