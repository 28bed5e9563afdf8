resource "aws_iam_role" "api" {
  name = "orders-api"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy_attachment" "xray" {
  role       = aws_iam_role.api.name
  policy_arn = "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess"
}

# Active tracing with X-Ray.
resource "aws_lambda_function" "orders" {
  function_name = "orders-api"
  role          = aws_iam_role.api.arn
  runtime       = "python3.12"
  handler       = "orders.handler"
  filename      = "orders.zip"

  tracing_config {
    mode = "Active"
  }
}

# The mode comes from a variable default.
variable "tracing_mode" {
  type    = string
  default = "Active"
}

resource "aws_lambda_function" "payments" {
  function_name = "payments-api"
  role          = aws_iam_role.api.arn
  runtime       = "python3.12"
  handler       = "payments.handler"
  filename      = "payments.zip"

  tracing_config {
    mode = var.tracing_mode
  }
}
