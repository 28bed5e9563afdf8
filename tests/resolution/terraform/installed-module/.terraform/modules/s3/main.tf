variable "acl" {
  type    = string
  default = null
}

resource "aws_s3_bucket_acl" "this" {
  bucket = "installed"
  acl    = var.acl # srm: expect SRM-S3-002
}
