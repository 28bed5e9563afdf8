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

# Multi-Region and logging, but only data events: management events are excluded.
resource "aws_cloudtrail" "s3_data_events" {
  name                  = "s3-data-events"
  s3_bucket_name        = "acme-cloudtrail-logs"
  is_multi_region_trail = true

  event_selector {
    read_write_type           = "All"
    include_management_events = false

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}

# Multi-Region and logging, but write-only management events.
resource "aws_cloudtrail" "write_only" {
  name                  = "write-only-management"
  s3_bucket_name        = "acme-cloudtrail-logs"
  is_multi_region_trail = true

  event_selector {
    read_write_type = "WriteOnly"
  }
}

# Multi-Region and logging, but KMS events are left out.
resource "aws_cloudtrail" "without_kms_events" {
  name                  = "management-without-kms"
  s3_bucket_name        = "acme-cloudtrail-logs"
  is_multi_region_trail = true

  event_selector {
    read_write_type                  = "All"
    exclude_management_event_sources = ["kms.amazonaws.com"]
  }
}

# Advanced selectors that record only read-only management events.
resource "aws_cloudtrail" "read_only_advanced" {
  name                  = "read-only-management"
  s3_bucket_name        = "acme-cloudtrail-logs"
  is_multi_region_trail = true

  advanced_event_selector {
    name = "Read-only management events"

    field_selector {
      field  = "eventCategory"
      equals = ["Management"]
    }

    field_selector {
      field  = "readOnly"
      equals = ["true"]
    }
  }
}
