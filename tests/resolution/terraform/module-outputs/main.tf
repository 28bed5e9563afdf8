module "logs" {
  source = "./bucket"
  name   = "acme-logs"
}

# the bucket lives in the module; its name comes back as an output and links the block to it
resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = module.logs.name
  block_public_acls       = true
  block_public_policy     = false # srm: expect SRM-S3-001
  ignore_public_acls      = true
  restrict_public_buckets = true
}
