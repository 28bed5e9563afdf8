# Validation enabled on a multi-Region trail.
resource "aws_cloudtrail" "management" { # srm: ok SRM-CT-002
  name                       = "management-events"
  s3_bucket_name             = "acme-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true # srm: ok SRM-CT-002
}

# Enabled through a variable whose default is true.
variable "validate_trail_logs" {
  type    = bool
  default = true
}

resource "aws_cloudtrail" "data_events" {
  name                       = "s3-data-events"
  s3_bucket_name             = "acme-cloudtrail-logs"
  enable_log_file_validation = var.validate_trail_logs # srm: ok SRM-CT-002
}

# A variable without a default cannot be judged: unknown, not a finding.
variable "org_trail_validation" {
  type = bool
}

resource "aws_cloudtrail" "organization" {
  name                       = "organization-trail"
  s3_bucket_name             = "acme-cloudtrail-logs"
  is_organization_trail      = true
  enable_log_file_validation = var.org_trail_validation # srm: unknown SRM-CT-002
}
