resource "aws_iam_role" "worker" {
  name = "thumbnail-worker"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

# No dead-letter queue and no on-failure destination: failed events are dropped.
resource "aws_lambda_function" "thumbnail" { # srm: expect SRM-LMB-007
  function_name = "thumbnail"
  role          = aws_iam_role.worker.arn
  runtime       = "python3.12"
  handler       = "thumbnail.handler"
  filename      = "thumbnail.zip"
}

# An event invoke configuration that only tunes retries and records successes.
resource "aws_lambda_function" "transcode" { # srm: expect SRM-LMB-007
  function_name = "transcode"
  role          = aws_iam_role.worker.arn
  runtime       = "python3.12"
  handler       = "transcode.handler"
  filename      = "transcode.zip"
}

resource "aws_sqs_queue" "transcode_done" {
  name = "transcode-done"
}

resource "aws_lambda_function_event_invoke_config" "transcode" {
  function_name          = aws_lambda_function.transcode.function_name
  maximum_retry_attempts = 1

  destination_config {
    on_success {
      destination = aws_sqs_queue.transcode_done.arn
    }
  }
}

# A near miss: a dead-letter queue.
resource "aws_sqs_queue" "resize_dlq" {
  name = "resize-dlq"
}

resource "aws_lambda_function" "resize" {
  function_name = "resize"
  role          = aws_iam_role.worker.arn
  runtime       = "python3.12"
  handler       = "resize.handler"
  filename      = "resize.zip"

  dead_letter_config {
    target_arn = aws_sqs_queue.resize_dlq.arn # srm: ok SRM-LMB-007
  }
}
