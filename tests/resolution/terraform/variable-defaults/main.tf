locals {
  acl = var.site_acl
}

resource "aws_s3_bucket_acl" "site" {
  bucket = "static-site"
  acl    = local.acl # srm: expect SRM-S3-002
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = "logs"
  acl    = var.logs_acl # srm: unknown SRM-S3-002
}
