resource "aws_iam_role" "webhook" {
  name = "github-webhook"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_lambda_function" "webhook" {
  function_name = "github-webhook"
  role          = aws_iam_role.webhook.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "webhook.zip"
}

# A public function URL: anyone who learns the URL can invoke the function.
resource "aws_lambda_function_url" "webhook" {
  function_name      = aws_lambda_function.webhook.function_name
  authorization_type = "NONE" # srm: expect SRM-LMB-001
}

# An alias URL is just as public.
resource "aws_lambda_function_url" "webhook_live" {
  function_name      = aws_lambda_function.webhook.function_name
  qualifier          = "live"
  authorization_type = "NONE" # srm: expect SRM-LMB-001

  cors {
    allow_origins = ["*"]
  }
}

# A near miss in the same configuration: IAM-authenticated URL.
resource "aws_lambda_function_url" "webhook_admin" {
  function_name      = aws_lambda_function.webhook.function_name
  qualifier          = "admin"
  authorization_type = "AWS_IAM" # srm: ok SRM-LMB-001
}
