data "aws_canonical_user_id" "me" {}

# Private canned ACL on the split resource.
resource "aws_s3_bucket" "ledger" {
  bucket = "acme-ledger"
}

resource "aws_s3_bucket_acl" "ledger" {
  bucket = aws_s3_bucket.ledger.id
  acl    = "private" # srm: ok SRM-S3-002
}

# Log delivery ACL, linked by the literal bucket name.
resource "aws_s3_bucket" "access_logs" {
  bucket = "acme-access-logs"
}

resource "aws_s3_bucket_acl" "access_logs" {
  bucket = "acme-access-logs"
  acl    = "log-delivery-write" # srm: ok SRM-S3-002
}

# Deprecated inline ACL that is not public.
resource "aws_s3_bucket" "handoff" {
  bucket = "acme-vendor-handoff"
  acl    = "bucket-owner-full-control" # srm: ok SRM-S3-002
}

# No ACL at all: ACLs stay disabled (BucketOwnerEnforced).
resource "aws_s3_bucket" "analytics" { # srm: ok SRM-S3-002
  bucket = "acme-analytics"
}

resource "aws_s3_bucket_ownership_controls" "analytics" {
  bucket = aws_s3_bucket.analytics.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

# ACL from a variable without a default: unknown, no finding.
variable "staging_acl" {
  type = string
}

resource "aws_s3_bucket" "staging" {
  bucket = "acme-staging-assets"
}

resource "aws_s3_bucket_acl" "staging" {
  bucket = aws_s3_bucket.staging.id
  acl    = var.staging_acl # srm: ok SRM-S3-002
}

# Explicit grants only to the owner and the S3 log delivery group.
resource "aws_s3_bucket" "elb_logs" {
  bucket = "acme-elb-logs"
}

resource "aws_s3_bucket_acl" "elb_logs" {
  bucket = aws_s3_bucket.elb_logs.id

  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery" # srm: ok SRM-S3-002
      }
      permission = "WRITE"
    }

    grant {
      grantee {
        id   = data.aws_canonical_user_id.me.id
        type = "CanonicalUser"
      }
      permission = "FULL_CONTROL"
    }

    owner {
      id = data.aws_canonical_user_id.me.id
    }
  }
}
