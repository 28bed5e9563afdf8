resource "aws_secretsmanager_secret" "orders_db" {
  name = "prod/orders/db"
}

# The whole secret written as a JSON literal.
resource "aws_secretsmanager_secret_version" "orders_db" {
  secret_id     = aws_secretsmanager_secret.orders_db.id
  secret_string = "{\"username\":\"orders\",\"password\":\"Orders-Db-Pw-2024\"}" # srm: expect SRM-SM-002
}

resource "aws_secretsmanager_secret" "payments_api" {
  name = "prod/payments/api"
}

# jsonencode of literals is a literal too.
resource "aws_secretsmanager_secret_version" "payments_api" {
  secret_id = aws_secretsmanager_secret.payments_api.id
  secret_string = jsonencode({
    client_id     = "payments-client"
    client_secret = "pay-5ecret-value-0042" # srm: expect SRM-SM-002
  })
}

resource "aws_secretsmanager_secret" "reporting_db" {
  name = "prod/reporting/db"
}

resource "aws_db_instance" "reporting" {
  identifier                  = "reporting"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "reporting"
  manage_master_user_password = true
}

# Partly computed JSON: the endpoint is a reference, the password is not.
resource "aws_secretsmanager_secret_version" "reporting_db" {
  secret_id = aws_secretsmanager_secret.reporting_db.id
  secret_string = jsonencode({
    host     = aws_db_instance.reporting.address
    username = "reporting_app"
    password = "Reporting-App-Pw-77" # srm: expect SRM-SM-002
  })
}

resource "aws_secretsmanager_secret" "signing_key" {
  name = "prod/signing-key"
}

# A literal binary secret (base64).
resource "aws_secretsmanager_secret_version" "signing_key" {
  secret_id     = aws_secretsmanager_secret.signing_key.id
  secret_binary = "c2lnbmluZy1rZXktbWF0ZXJpYWwtMDEyMzQ1Njc4OQ==" # srm: expect SRM-SM-002
}

resource "aws_secretsmanager_secret" "webhook" {
  name = "prod/webhook"
}

# A secret from a variable with a literal default: reported at the default.
variable "webhook_token" {
  type      = string
  sensitive = true
  default   = "whk_live_4f9d2c7a1b8e" # srm: expect SRM-SM-002
}

resource "aws_secretsmanager_secret_version" "webhook" {
  secret_id     = aws_secretsmanager_secret.webhook.id
  secret_string = var.webhook_token
}

resource "aws_secretsmanager_secret" "license" {
  name = "prod/vendor/license"
}

# Entirely literal JSON without secret-looking keys: the whole value is committed.
resource "aws_secretsmanager_secret_version" "license" {
  secret_id = aws_secretsmanager_secret.license.id
  secret_string = jsonencode({ # srm: expect SRM-SM-002
    licensee = "Example Corp"
    license  = "LIC-4F2A-99B1-C7D3-0E5F"
  })
}
