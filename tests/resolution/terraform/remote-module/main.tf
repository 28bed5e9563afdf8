# a registry module that `terraform init` has not installed: a notice, not an error
module "s3" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 4.0"
  acl     = "public-read"
}

resource "aws_s3_bucket_acl" "local" {
  bucket = "local"
  acl    = "public-read" # srm: expect SRM-S3-002
}
