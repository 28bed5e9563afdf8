# No KMS key: log files get only the default SSE-S3 encryption.
resource "aws_cloudtrail" "management" { # srm: expect SRM-CT-003
  name                       = "management-events"
  s3_bucket_name             = "acme-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

# An empty key is no key.
resource "aws_cloudtrail" "data_events" {
  name           = "s3-data-events"
  s3_bucket_name = "acme-cloudtrail-logs"
  kms_key_id     = "" # srm: expect SRM-CT-003
}

# A key variable whose default is an empty string.
variable "trail_kms_key_arn" {
  type    = string
  default = ""
}

resource "aws_cloudtrail" "security" {
  name           = "security-account"
  s3_bucket_name = "acme-cloudtrail-logs"
  kms_key_id     = var.trail_kms_key_arn # srm: expect SRM-CT-003
}
