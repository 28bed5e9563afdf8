resource "aws_iam_role" "processor" {
  name = "order-processor"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_lambda_function" "processor" {
  function_name = "order-processor"
  role          = aws_iam_role.processor.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "processor.zip"
}

resource "aws_s3_bucket" "uploads" {
  bucket = "example-order-uploads"
}

# A service principal limited to one bucket and its owning account.
resource "aws_lambda_permission" "s3" {
  statement_id   = "AllowS3Uploads"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.processor.function_name
  principal      = "s3.amazonaws.com"
  source_arn     = aws_s3_bucket.uploads.arn
  source_account = "111122223333"
}

# "*" limited to the accounts of one organisation.
resource "aws_lambda_permission" "org" {
  statement_id     = "AllowOrganisation"
  action           = "lambda:InvokeFunction"
  function_name    = aws_lambda_function.processor.function_name
  principal        = "*"
  principal_org_id = "o-a1b2c3d4e5"
}

# "*" limited to one account.
resource "aws_lambda_permission" "partner" {
  statement_id   = "AllowPartnerAccount"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.processor.function_name
  principal      = "*"
  source_account = "444455556666"
}

# Function URL permissions are judged on the URL's auth type (SRM-LMB-001).
resource "aws_lambda_permission" "url" {
  statement_id           = "AllowPublicUrl"
  action                 = "lambda:InvokeFunctionUrl"
  function_name          = aws_lambda_function.processor.function_name
  principal              = "*"
  function_url_auth_type = "NONE"
}

resource "aws_lambda_permission" "url_invoke" {
  statement_id             = "AllowPublicUrlInvoke"
  action                   = "lambda:InvokeFunction"
  function_name            = aws_lambda_function.processor.function_name
  principal                = "*"
  invoked_via_function_url = true
}

# A named account as principal.
resource "aws_lambda_permission" "account" {
  statement_id  = "AllowOpsAccount"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.processor.function_name
  principal     = "777788889999"
}
