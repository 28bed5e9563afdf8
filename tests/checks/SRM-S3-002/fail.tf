data "aws_canonical_user_id" "current" {}

# Split ACL resource with a canned public ACL.
resource "aws_s3_bucket" "website" {
  bucket = "acme-marketing-website"
}

resource "aws_s3_bucket_ownership_controls" "website" {
  bucket = aws_s3_bucket.website.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_acl" "website" {
  depends_on = [aws_s3_bucket_ownership_controls.website]
  bucket     = aws_s3_bucket.website.id
  acl        = "public-read" # srm: expect SRM-S3-002
}

# Deprecated inline ACL on the bucket itself.
resource "aws_s3_bucket" "dropbox" {
  bucket = "acme-customer-dropbox"
  acl    = "public-read-write" # srm: expect SRM-S3-002
}

# ACL for a bucket managed elsewhere (not in this file): still checked on what it sets.
resource "aws_s3_bucket_acl" "shared_artifacts" {
  bucket = "some-other-teams-bucket"
  acl    = "authenticated-read" # srm: expect SRM-S3-002
}

# Canned ACL from a variable whose default is public.
variable "docs_acl" {
  type    = string
  default = "public-read"
}

resource "aws_s3_bucket" "docs" {
  bucket = "acme-product-docs"
}

resource "aws_s3_bucket_acl" "docs" {
  bucket = aws_s3_bucket.docs.bucket
  acl    = var.docs_acl # srm: expect SRM-S3-002
}

# Explicit grants to AllUsers and AuthenticatedUsers; the owner and log-delivery grants are fine.
resource "aws_s3_bucket" "downloads" {
  bucket = "acme-public-downloads"
}

resource "aws_s3_bucket_acl" "downloads" {
  bucket = aws_s3_bucket.downloads.id

  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers" # srm: expect SRM-S3-002
      }
      permission = "READ"
    }

    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers" # srm: expect SRM-S3-002
      }
      permission = "READ_ACP"
    }

    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery" # srm: ok SRM-S3-002
      }
      permission = "WRITE"
    }

    grant {
      grantee {
        id   = data.aws_canonical_user_id.current.id
        type = "CanonicalUser"
      }
      permission = "FULL_CONTROL"
    }

    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}
