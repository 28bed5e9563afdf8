resource "aws_iam_role" "jobs" {
  name = "batch-jobs"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

# Supported runtimes.
resource "aws_lambda_function" "report" {
  function_name = "nightly-report"
  role          = aws_iam_role.jobs.arn
  runtime       = "python3.13"
  handler       = "report.handler"
  filename      = "report.zip"
}

resource "aws_lambda_function" "api" {
  function_name = "orders-api"
  role          = aws_iam_role.jobs.arn
  runtime       = "java21"
  handler       = "com.example.Handler::handleRequest"
  filename      = "api.jar"
}

# python3.10 is deprecated on 2026-10-31, after the data's as-of date.
resource "aws_lambda_function" "legacy" {
  function_name = "legacy-sync"
  role          = aws_iam_role.jobs.arn
  runtime       = "python3.10"
  handler       = "sync.handler"
  filename      = "legacy.zip"
}

# A container image brings its own runtime.
resource "aws_lambda_function" "image" {
  function_name = "ml-inference"
  role          = aws_iam_role.jobs.arn
  package_type  = "Image"
  image_uri     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/inference:1.4.2"
}
