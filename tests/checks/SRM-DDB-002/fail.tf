# No server_side_encryption block: the AWS-owned key.
resource "aws_dynamodb_table" "orders" { # srm: expect SRM-DDB-002
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "order_id"

  attribute {
    name = "order_id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }
}

# Explicitly disabled: also the AWS-owned key.
resource "aws_dynamodb_table" "sessions" {
  name         = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "session_id"

  attribute {
    name = "session_id"
    type = "S"
  }

  server_side_encryption {
    enabled = false # srm: expect SRM-DDB-002
  }
}
