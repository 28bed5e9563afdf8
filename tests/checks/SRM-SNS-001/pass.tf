resource "aws_kms_key" "events" {
  description         = "SNS topics"
  enable_key_rotation = true
}

# Customer-managed key.
resource "aws_sns_topic" "order_events" {
  name              = "order-events"
  kms_master_key_id = aws_kms_key.events.id # srm: ok SRM-SNS-001
}

# AWS managed key.
resource "aws_sns_topic" "alerts" {
  name              = "ops-alerts"
  kms_master_key_id = "alias/aws/sns" # srm: ok SRM-SNS-001
}
