# SSE-SQS turned off and no KMS key.
resource "aws_sqs_queue" "orders" {
  name                    = "orders"
  sqs_managed_sse_enabled = false # srm: expect SRM-SQS-001
}

# Near miss: SSE-SQS off, but a KMS key replaces it.
resource "aws_sqs_queue" "payments" {
  name                              = "payments"
  sqs_managed_sse_enabled           = false # srm: ok SRM-SQS-001
  kms_master_key_id                 = "alias/aws/sqs"
  kms_data_key_reuse_period_seconds = 300
}
