# Both unset: SSE-SQS is the default for new queues.
resource "aws_sqs_queue" "orders" { # srm: ok SRM-SQS-001
  name = "orders"
}

# Explicit SSE-SQS.
resource "aws_sqs_queue" "notifications" {
  name                    = "notifications"
  sqs_managed_sse_enabled = true # srm: ok SRM-SQS-001
}

# Customer-managed key.
resource "aws_kms_key" "queues" {
  description         = "SQS queues"
  enable_key_rotation = true
}

resource "aws_sqs_queue" "payments" {
  name              = "payments"
  kms_master_key_id = aws_kms_key.queues.id # srm: ok SRM-SQS-001
}
