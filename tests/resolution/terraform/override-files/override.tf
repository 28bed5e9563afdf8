# Terraform merges override files into the blocks they name
resource "aws_s3_bucket_acl" "site" {
  acl = "public-read" # srm: expect SRM-S3-002
}

locals {
  public = "public-read-write"
}
