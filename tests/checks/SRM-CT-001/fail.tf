# No trail below is both multi-Region and logging. # srm: expect SRM-CT-001

# A single-Region trail (is_multi_region_trail defaults to false).
resource "aws_cloudtrail" "eu_west_1" {
  name                       = "eu-west-1-management"
  s3_bucket_name             = "acme-cloudtrail-logs"
  enable_log_file_validation = true
}

# Multi-Region, but logging is switched off.
resource "aws_cloudtrail" "organization" {
  name                  = "organization-trail"
  s3_bucket_name        = "acme-cloudtrail-logs"
  is_multi_region_trail = true
  is_organization_trail = true
  enable_logging        = false
}
