resource "aws_iam_role" "api" {
  name = "orders-api"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

# No tracing_config: the default mode is PassThrough.
resource "aws_lambda_function" "orders" { # srm: expect SRM-LMB-006
  function_name = "orders-api"
  role          = aws_iam_role.api.arn
  runtime       = "python3.12"
  handler       = "orders.handler"
  filename      = "orders.zip"
}

# PassThrough written out: only traces requests that arrive sampled.
resource "aws_lambda_function" "payments" {
  function_name = "payments-api"
  role          = aws_iam_role.api.arn
  runtime       = "python3.12"
  handler       = "payments.handler"
  filename      = "payments.zip"

  tracing_config {
    mode = "PassThrough" # srm: expect SRM-LMB-006
  }
}

# A near miss: active tracing.
resource "aws_lambda_function" "invoices" {
  function_name = "invoices-api"
  role          = aws_iam_role.api.arn
  runtime       = "python3.12"
  handler       = "invoices.handler"
  filename      = "invoices.zip"

  tracing_config {
    mode = "Active" # srm: ok SRM-LMB-006
  }
}
