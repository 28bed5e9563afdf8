# One multi-Region trail that logs (enable_logging defaults to true).

resource "aws_cloudtrail" "management" {
  name                       = "management-events"
  s3_bucket_name             = "acme-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

# A single-Region trail beside it does not matter.
resource "aws_cloudtrail" "data_events" {
  name           = "s3-data-events"
  s3_bucket_name = "acme-cloudtrail-logs"
}
