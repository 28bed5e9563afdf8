resource "aws_iam_role" "worker" {
  name = "thumbnail-worker"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_sqs_queue" "dlq" {
  name = "worker-dlq"
}

resource "aws_sns_topic" "failures" {
  name = "worker-failures"
}

# A dead-letter queue.
resource "aws_lambda_function" "resize" {
  function_name = "resize"
  role          = aws_iam_role.worker.arn
  runtime       = "python3.12"
  handler       = "resize.handler"
  filename      = "resize.zip"

  dead_letter_config {
    target_arn = aws_sqs_queue.dlq.arn
  }
}

# An on-failure destination referencing the function.
resource "aws_lambda_function" "transcode" {
  function_name = "transcode"
  role          = aws_iam_role.worker.arn
  runtime       = "python3.12"
  handler       = "transcode.handler"
  filename      = "transcode.zip"
}

resource "aws_lambda_function_event_invoke_config" "transcode" {
  function_name = aws_lambda_function.transcode.function_name

  destination_config {
    on_failure {
      destination = aws_sns_topic.failures.arn
    }
  }
}

# An on-failure destination naming the function by its literal name and an alias.
resource "aws_lambda_function" "thumbnail" {
  function_name = "thumbnail"
  role          = aws_iam_role.worker.arn
  runtime       = "python3.12"
  handler       = "thumbnail.handler"
  filename      = "thumbnail.zip"
}

resource "aws_lambda_function_event_invoke_config" "thumbnail" {
  function_name = "thumbnail"
  qualifier     = "live"

  destination_config {
    on_failure {
      destination = aws_sqs_queue.dlq.arn
    }
  }
}
