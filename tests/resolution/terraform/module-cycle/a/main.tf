module "b" {
  source = "../b"
}

resource "aws_s3_bucket_acl" "a" {
  bucket = "a"
  acl    = "public-read" # srm: expect SRM-S3-002
}
