resource "random_password" "orders_db" {
  length = 32
}

# A secret-looking name stored as a plain String: the value is generated, the type is the problem.
resource "aws_ssm_parameter" "orders_db_password" {
  name  = "/prod/orders/db/password"
  type  = "String" # srm: expect SRM-SSM-001
  value = random_password.orders_db.result
}

# camelCase last segment, StringList type.
resource "aws_ssm_parameter" "partner_api_key" {
  name  = "/prod/partners/apiKey"
  type  = "StringList" # srm: expect SRM-SSM-001
  value = "key-one-0001,key-two-0002"
}

# SecureString, but the value is written in the configuration.
resource "aws_ssm_parameter" "slack_webhook_token" {
  name  = "/prod/alerts/slack_token"
  type  = "SecureString"
  value = "xoxb-123456789012-abcdefghijkl" # srm: expect SRM-SSM-001
}

# A SecureString value from a variable with a literal default: reported at the default.
variable "github_token" {
  type      = string
  sensitive = true
  default   = "ci-token-value-0042" # srm: expect SRM-SSM-001
}

resource "aws_ssm_parameter" "github_token" {
  name  = "/ci/github/token"
  type  = "SecureString"
  value = var.github_token
}

# A neutral name, but the value is an AWS access key ID in a plain String.
resource "aws_ssm_parameter" "legacy_deploy_user" {
  name  = "/legacy/deploy/user"
  type  = "String"
  value = "AKIAIOSFODNN7EXAMPLE" # srm: expect SRM-SSM-001
}
