resource "aws_s3_bucket_acl" "site" {
  bucket = "site"
  acl    = "private" # srm: ok SRM-S3-002
}

resource "aws_db_instance" "db" {
  engine              = "postgres"
  publicly_accessible = true # srm: ok SRM-RDS-002
}

locals {
  public = "private"
}

resource "aws_s3_bucket_acl" "from_local" {
  bucket = "from-local"
  acl    = local.public # srm: expect SRM-S3-002
}
