resource "aws_s3_bucket" "numbered" {
  count  = 2
  bucket = "numbered-${count.index}"
}

# instance [1] is public-read, instance [0] private: one finding, on [1]
resource "aws_s3_bucket_acl" "numbered" {
  count  = 2
  bucket = aws_s3_bucket.numbered[count.index].id
  acl    = count.index == 0 ? "private" : "public-read" # srm: expect SRM-S3-002
}

locals {
  sites = {
    blog = { public = true }
    shop = { public = false }
  }
}

resource "aws_s3_bucket" "site" {
  for_each = local.sites
  bucket   = "site-${each.key}"
}

# the block for each site folds into that site's bucket (linked through each.key)
resource "aws_s3_bucket_public_access_block" "site" {
  for_each                = local.sites
  bucket                  = aws_s3_bucket.site[each.key].id
  block_public_acls       = !each.value.public # srm: expect SRM-S3-001
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# count = 0: not deployed, not checked
resource "aws_s3_bucket_acl" "disabled" {
  count  = 0
  bucket = "disabled"
  acl    = "public-read" # srm: ok SRM-S3-002
}
