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

# Explicit selectors: all management events plus S3 data events.
resource "aws_cloudtrail" "organization" {
  name                  = "organization-trail"
  s3_bucket_name        = "acme-cloudtrail-logs"
  is_multi_region_trail = true
  is_organization_trail = true

  event_selector {
    read_write_type           = "All"
    include_management_events = true

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}

# Advanced selectors on every management event.
resource "aws_cloudtrail" "advanced" {
  name                  = "advanced-management"
  s3_bucket_name        = "acme-cloudtrail-logs"
  is_multi_region_trail = true

  advanced_event_selector {
    name = "All management events"

    field_selector {
      field  = "eventCategory"
      equals = ["Management"]
    }
  }
}
