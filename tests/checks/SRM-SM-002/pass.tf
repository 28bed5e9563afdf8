resource "aws_secretsmanager_secret" "orders_db" {
  name = "prod/orders/db"
}

resource "random_password" "orders_db" {
  length  = 32
  special = false
}

# Generated password; the username and host are not secrets.
resource "aws_secretsmanager_secret_version" "orders_db" {
  secret_id = aws_secretsmanager_secret.orders_db.id
  secret_string = jsonencode({
    username = "orders"                             # srm: ok SRM-SM-002
    password = random_password.orders_db.result # srm: ok SRM-SM-002
    engine   = "postgres"
  })
}

resource "aws_secretsmanager_secret" "payments_api" {
  name = "prod/payments/api"
}

variable "payments_client_secret" {
  type      = string
  sensitive = true
}

# Value supplied at plan time.
resource "aws_secretsmanager_secret_version" "payments_api" {
  secret_id     = aws_secretsmanager_secret.payments_api.id
  secret_string = var.payments_client_secret # srm: ok SRM-SM-002
}

resource "aws_secretsmanager_secret" "webhook" {
  name = "prod/webhook"
}

# Write-only value (Terraform 1.11+): never stored in the state, never read by srm-lint.
resource "aws_secretsmanager_secret_version" "webhook" {
  secret_id                = aws_secretsmanager_secret.webhook.id
  secret_string_wo         = "whk_live_written_only"
  secret_string_wo_version = 1
}

resource "aws_secretsmanager_secret" "third_party" {
  name = "prod/third-party"
}

# A placeholder created by Terraform; the real value is set out of band.
resource "aws_secretsmanager_secret_version" "third_party" {
  secret_id     = aws_secretsmanager_secret.third_party.id
  secret_string = "CHANGE_ME" # srm: ok SRM-SM-002
}
