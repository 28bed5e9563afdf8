# A database credential that nothing rotates.
resource "aws_secretsmanager_secret" "orders_db" { # srm: expect SRM-SM-001
  name        = "prod/orders/db-credentials"
  description = "Orders database credentials"
}

# Rotated twice a year only.
resource "aws_secretsmanager_secret" "partner_api" {
  name = "prod/partner-api/token"
}

resource "aws_secretsmanager_secret_rotation" "partner_api" {
  secret_id           = aws_secretsmanager_secret.partner_api.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-partner-token"

  rotation_rules {
    automatically_after_days = 180 # srm: expect SRM-SM-001
  }
}

# A rate expression longer than 90 days.
resource "aws_secretsmanager_secret" "reporting_db" {
  name = "prod/reporting/db-credentials"
}

resource "aws_secretsmanager_secret_rotation" "reporting_db" {
  secret_id           = aws_secretsmanager_secret.reporting_db.arn
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-reporting-db"

  rotation_rules {
    schedule_expression = "rate(120 days)" # srm: expect SRM-SM-001
  }
}

# Provider v4 and earlier: rotation configured on the secret itself, once a year.
resource "aws_secretsmanager_secret" "legacy_ldap_bind" {
  name                = "prod/ldap/bind-credentials"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-ldap-bind"

  rotation_rules {
    automatically_after_days = 365 # srm: expect SRM-SM-001
  }
}
