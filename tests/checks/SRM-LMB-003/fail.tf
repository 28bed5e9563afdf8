resource "aws_iam_role" "jobs" {
  name = "batch-jobs"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

# python3.9 reached end of support on 2025-12-15.
resource "aws_lambda_function" "report" {
  function_name = "nightly-report"
  role          = aws_iam_role.jobs.arn
  runtime       = "python3.9" # srm: expect SRM-LMB-003
  handler       = "report.handler"
  filename      = "report.zip"
}

# go1.x was retired with Amazon Linux 1 (2024-01-08).
resource "aws_lambda_function" "resizer" {
  function_name = "image-resizer"
  role          = aws_iam_role.jobs.arn
  runtime       = "go1.x" # srm: expect SRM-LMB-003
  handler       = "bootstrap"
  filename      = "resizer.zip"
  package_type  = "Zip"
}

# The runtime comes from a variable default.
variable "node_runtime" {
  type    = string
  default = "nodejs18.x"
}

resource "aws_lambda_function" "notifier" {
  function_name = "notifier"
  role          = aws_iam_role.jobs.arn
  runtime       = var.node_runtime # srm: expect SRM-LMB-003
  handler       = "index.handler"
  filename      = "notifier.zip"
}

# A near miss: python3.12 is supported until 2028.
resource "aws_lambda_function" "exporter" {
  function_name = "exporter"
  role          = aws_iam_role.jobs.arn
  runtime       = "python3.12" # srm: ok SRM-LMB-003
  handler       = "export.handler"
  filename      = "exporter.zip"
}
