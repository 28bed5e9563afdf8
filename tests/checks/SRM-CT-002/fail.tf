# Validation not written: the provider default is false, so the finding sits on the resource.
resource "aws_cloudtrail" "management" { # srm: expect SRM-CT-002
  name                  = "management-events"
  s3_bucket_name        = "acme-cloudtrail-logs"
  is_multi_region_trail = true
}

# Validation explicitly disabled.
resource "aws_cloudtrail" "data_events" {
  name                       = "s3-data-events"
  s3_bucket_name             = "acme-cloudtrail-logs"
  enable_log_file_validation = false # srm: expect SRM-CT-002
}

# Disabled through a variable whose default is false.
variable "validate_trail_logs" {
  type    = bool
  default = false
}

resource "aws_cloudtrail" "security" {
  name                       = "security-account"
  s3_bucket_name             = "acme-cloudtrail-logs"
  enable_log_file_validation = var.validate_trail_logs # srm: expect SRM-CT-002
}
