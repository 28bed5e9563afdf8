resource "random_password" "orders_db" {
  length = 32
}

# SecureString with a generated value.
resource "aws_ssm_parameter" "orders_db_password" {
  name  = "/prod/orders/db/password"
  type  = "SecureString" # srm: ok SRM-SSM-001
  value = random_password.orders_db.result
}

# Names that point at secrets are not secrets (excluded suffixes), and neutral names are fine.
resource "aws_ssm_parameter" "orders_db_password_arn" {
  name  = "/prod/orders/db/password_arn"
  type  = "String" # srm: ok SRM-SSM-001
  value = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/orders/db-AbCdEf"
}

resource "aws_ssm_parameter" "orders_db_host" {
  name  = "/prod/orders/db/host"
  type  = "String" # srm: ok SRM-SSM-001
  value = "orders.cluster-abc123.eu-west-1.rds.amazonaws.com"
}

# "token" only in the path, not in the last segment.
resource "aws_ssm_parameter" "token_service_url" {
  name  = "/prod/token/service-url"
  type  = "String" # srm: ok SRM-SSM-001
  value = "https://tokens.internal.example.com"
}

# SecureString created with a placeholder; the value is set out of band.
resource "aws_ssm_parameter" "partner_api_key" {
  name  = "/prod/partners/apiKey"
  type  = "SecureString"
  value = "placeholder" # srm: ok SRM-SSM-001
}

# Write-only value (Terraform 1.11+).
resource "aws_ssm_parameter" "slack_token" {
  name             = "/prod/alerts/slack_token"
  type             = "SecureString"
  value_wo         = "written-only-not-stored"
  value_wo_version = 1
}

# A secret-looking name whose value is the ARN of the secret, not the secret.
resource "aws_ssm_parameter" "orders_db_secret" {
  name  = "/prod/orders/db/secret"
  type  = "String" # srm: ok SRM-SSM-001
  value = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/orders/db-AbCdEf"
}
