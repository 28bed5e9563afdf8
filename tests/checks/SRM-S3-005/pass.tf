resource "aws_kms_key" "data" {
  description         = "Customer-managed key for application buckets"
  enable_key_rotation = true
}

# SSE-KMS with a customer-managed key.
resource "aws_s3_bucket" "customer_data" { # srm: ok SRM-S3-005
  bucket = "acme-customer-data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "customer_data" {
  bucket = aws_s3_bucket.customer_data.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms" # srm: ok SRM-S3-005
      kms_master_key_id = aws_kms_key.data.arn
    }
    bucket_key_enabled = true
  }
}

# Dual-layer SSE-KMS, linked by the literal bucket name.
resource "aws_s3_bucket" "medical_records" { # srm: ok SRM-S3-005
  bucket = "acme-medical-records"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "medical_records" {
  bucket = "acme-medical-records"

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms:dsse" # srm: ok SRM-S3-005
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}

# Deprecated inline configuration with aws:kms and no key id (AWS-managed key: passes outside strict).
resource "aws_s3_bucket" "legacy_payroll" { # srm: ok SRM-S3-005
  bucket = "acme-legacy-payroll"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "aws:kms" # srm: ok SRM-S3-005
      }
    }
  }
}

# Algorithm from a variable without a default: unknown, no finding.
variable "ledger_sse_algorithm" {
  type = string
}

resource "aws_s3_bucket" "ledger" { # srm: ok SRM-S3-005
  bucket = "acme-ledger"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "ledger" {
  bucket = aws_s3_bucket.ledger.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = var.ledger_sse_algorithm # srm: ok SRM-S3-005
    }
  }
}

# An access-log destination (target_bucket) is exempt with no configuration.
resource "aws_s3_bucket" "access_logs" { # srm: ok SRM-S3-005
  bucket = "acme-access-logs"
}

resource "aws_s3_bucket_logging" "customer_data" {
  bucket        = aws_s3_bucket.customer_data.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "s3/customer-data/"
}

# A bucket whose policy lets the S3 logging service write is a log destination too.
resource "aws_s3_bucket" "partner_logs" { # srm: ok SRM-S3-005
  bucket = "acme-partner-access-logs"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "partner_logs" {
  bucket = aws_s3_bucket.partner_logs.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256" # srm: ok SRM-S3-005
    }
  }
}

resource "aws_s3_bucket_policy" "partner_logs" {
  bucket = aws_s3_bucket.partner_logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "S3ServerAccessLogsPolicy"
      Effect    = "Allow"
      Principal = { Service = "logging.s3.amazonaws.com" }
      Action    = "s3:PutObject"
      Resource  = "${aws_s3_bucket.partner_logs.arn}/*"
      Condition = { StringEquals = { "aws:SourceAccount" = "111122223333" } }
    }]
  })
}
