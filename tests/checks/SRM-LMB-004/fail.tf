data "aws_iam_policy_document" "assume_lambda" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "orders_api" {
  name               = "orders-api"
  assume_role_policy = data.aws_iam_policy_document.assume_lambda.json
}

variable "stripe_api_key" {
  type      = string
  sensitive = true
  default   = "rk_live_51Hx0000000000000000" # srm: expect SRM-LMB-004
}

# Secret-looking names with literal values, a value matching a pattern whatever the name, and a
# variable default (reported at the default).
resource "aws_lambda_function" "orders_api" {
  function_name = "orders-api"
  role          = aws_iam_role.orders_api.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "orders_api.zip"

  environment {
    variables = {
      DB_HOST           = "orders.cluster-abc123.eu-west-1.rds.amazonaws.com"
      DB_PASSWORD       = "Orders-Db-Pw-2024"                            # srm: expect SRM-LMB-004
      STRIPE_API_KEY    = var.stripe_api_key
      DEPLOY_KEY_ID     = "AKIAIOSFODNN7EXAMPLE"                         # srm: expect SRM-LMB-004
      DATABASE_URL      = "postgres://orders:Orders-Db-Pw-2024@db:5432/orders" # srm: expect SRM-LMB-004
      slackWebhookToken = "T0000-B0000-XXXXXXXX-example"                 # srm: expect SRM-LMB-004
    }
  }
}
