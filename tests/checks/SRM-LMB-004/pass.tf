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

resource "aws_secretsmanager_secret" "orders_db" {
  name = "prod/orders/db"
}

resource "random_password" "signing" {
  length = 48
}

# References to where secrets are kept, settings under secret-looking names, computed values.
resource "aws_lambda_function" "orders_api" {
  function_name = "orders-api"
  role          = aws_iam_role.orders_api.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "orders_api.zip"

  environment {
    variables = {
      DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.orders_db.arn                                  # srm: ok SRM-LMB-004
      DB_PASSWORD_SECRET     = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/orders/db-AbCdEf" # srm: ok SRM-LMB-004
      API_KEY_PARAMETER      = "/prod/orders/api-key"                                                   # srm: ok SRM-LMB-004
      TOKEN_TTL              = "3600"                                                                   # srm: ok SRM-LMB-004
      REQUIRE_TOKEN          = "true"                                                                   # srm: ok SRM-LMB-004
      SIGNING_SECRET         = random_password.signing.result                                           # srm: ok SRM-LMB-004
      DB_PASSWORD            = ""                                                                       # srm: ok SRM-LMB-004
      PASSPORT_SERVICE_URL   = "https://passport.internal.example.com"                                  # srm: ok SRM-LMB-004
    }
  }
}
