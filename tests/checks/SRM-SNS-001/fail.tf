# No key: messages are stored unencrypted.
resource "aws_sns_topic" "order_events" { # srm: expect SRM-SNS-001
  name = "order-events"
}

# An empty key id is no key.
resource "aws_sns_topic" "alerts" {
  name              = "ops-alerts"
  kms_master_key_id = "" # srm: expect SRM-SNS-001
}
