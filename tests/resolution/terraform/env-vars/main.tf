variable "acl" {
  type    = string
  default = "private"
}

# --env-vars: TF_VAR_acl replaces the default
resource "aws_s3_bucket_acl" "site" {
  bucket = "site"
  acl    = var.acl # srm: expect SRM-S3-002
}
