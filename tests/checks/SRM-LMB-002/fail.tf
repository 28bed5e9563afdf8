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

# Any AWS account may invoke the function.
resource "aws_lambda_permission" "anyone" {
  statement_id  = "AllowAnyone"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.processor.function_name
  principal     = "*" # srm: expect SRM-LMB-002
}

# Every Lambda action, on an alias, for anyone.
resource "aws_lambda_permission" "live_alias" {
  statement_id  = "AllowAnyoneOnLive"
  action        = "lambda:*"
  function_name = aws_lambda_function.processor.function_name
  qualifier     = "live"
  principal     = "*" # srm: expect SRM-LMB-002
}

# The wildcard principal arrives through a variable default.
variable "invoker" {
  type    = string
  default = "*"
}

resource "aws_lambda_permission" "from_variable" {
  statement_id  = "AllowConfiguredInvoker"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.processor.function_name
  principal     = var.invoker # srm: expect SRM-LMB-002
}

# A near miss: a service principal scoped by source ARN.
resource "aws_lambda_permission" "events" {
  statement_id  = "AllowEventBridge"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.processor.function_name
  principal     = "events.amazonaws.com" # srm: ok SRM-LMB-002
  source_arn    = "arn:aws:events:eu-west-1:111122223333:rule/nightly"
}
