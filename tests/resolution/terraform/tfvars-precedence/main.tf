# terraform.tfvars over the default
resource "aws_s3_bucket_acl" "v1" {
  bucket = "b1"
  acl    = var.v1 # srm: expect SRM-S3-002
}

# *.auto.tfvars over terraform.tfvars
resource "aws_s3_bucket_acl" "v2" {
  bucket = "b2"
  acl    = var.v2 # srm: ok SRM-S3-002
}

# a later *.auto.tfvars (by name) over an earlier one
resource "aws_s3_bucket_acl" "v3" {
  bucket = "b3"
  acl    = var.v3 # srm: expect SRM-S3-002
}

# --var-file over *.auto.tfvars
resource "aws_s3_bucket_acl" "v4" {
  bucket = "b4"
  acl    = var.v4 # srm: ok SRM-S3-002
}

# --var over --var-file
resource "aws_s3_bucket_acl" "v5" {
  bucket = "b5"
  acl    = var.v5 # srm: expect SRM-S3-002
}

# TF_VAR_v6 is set but ignored without --env-vars
resource "aws_s3_bucket_acl" "v6" {
  bucket = "b6"
  acl    = var.v6 # srm: ok SRM-S3-002
}
