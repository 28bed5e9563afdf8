# A customer-managed key declared beside the trail.
resource "aws_kms_key" "cloudtrail" {
  description         = "CloudTrail log encryption"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "management" { # srm: ok SRM-CT-003
  name                  = "management-events"
  s3_bucket_name        = "acme-cloudtrail-logs"
  is_multi_region_trail = true
  kms_key_id            = aws_kms_key.cloudtrail.arn # srm: ok SRM-CT-003
}

# A literal key ARN.
resource "aws_cloudtrail" "data_events" {
  name           = "s3-data-events"
  s3_bucket_name = "acme-cloudtrail-logs"
  kms_key_id     = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # srm: ok SRM-CT-003
}

# A variable without a default cannot be judged: unknown, not a finding.
variable "org_trail_kms_key_arn" {
  type = string
}

resource "aws_cloudtrail" "organization" {
  name                  = "organization-trail"
  s3_bucket_name        = "acme-cloudtrail-logs"
  is_organization_trail = true
  kms_key_id            = var.org_trail_kms_key_arn # srm: unknown SRM-CT-003
}
