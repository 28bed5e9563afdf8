resource "aws_iam_role" "reports" {
  name = "reports"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_lambda_function" "reports" {
  function_name = "reports"
  role          = aws_iam_role.reports.arn
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "reports.zip"
}

# Callers must sign requests with SigV4 and hold lambda:InvokeFunctionUrl.
resource "aws_lambda_function_url" "reports" {
  function_name      = aws_lambda_function.reports.function_name
  authorization_type = "AWS_IAM"
}

# The auth type comes from a variable with a safe default.
variable "url_auth_type" {
  type    = string
  default = "AWS_IAM"
}

resource "aws_lambda_function_url" "reports_beta" {
  function_name      = aws_lambda_function.reports.function_name
  qualifier          = "beta"
  authorization_type = var.url_auth_type
}
