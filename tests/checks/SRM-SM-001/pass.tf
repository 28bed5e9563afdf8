# Rotated every 30 days by a rotation resource that refers to the secret.
resource "aws_secretsmanager_secret" "orders_db" { # srm: ok SRM-SM-001
  name = "prod/orders/db-credentials"
}

resource "aws_secretsmanager_secret_rotation" "orders_db" {
  secret_id           = aws_secretsmanager_secret.orders_db.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-orders-db"

  rotation_rules {
    automatically_after_days = 30 # srm: ok SRM-SM-001
  }
}

# A cron schedule, the rotation naming the secret by its literal name.
resource "aws_secretsmanager_secret" "partner_api" { # srm: ok SRM-SM-001
  name = "prod/partner-api/token"
}

resource "aws_secretsmanager_secret_rotation" "partner_api" {
  secret_id           = "prod/partner-api/token"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-partner-token"

  rotation_rules {
    schedule_expression = "cron(0 4 ? * SUN *)"
    duration            = "2h"
  }
}

# Exactly 90 days, as a rate expression.
resource "aws_secretsmanager_secret" "reporting_db" { # srm: ok SRM-SM-001
  name = "prod/reporting/db-credentials"
}

resource "aws_secretsmanager_secret_rotation" "reporting_db" {
  secret_id           = aws_secretsmanager_secret.reporting_db.arn
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-reporting-db"

  rotation_rules {
    schedule_expression = "rate(90 days)" # srm: ok SRM-SM-001
  }
}

# Provider v4 and earlier: rotation configured on the secret itself.
resource "aws_secretsmanager_secret" "legacy_ldap_bind" { # srm: ok SRM-SM-001
  name                = "prod/ldap/bind-credentials"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-ldap-bind"

  rotation_rules {
    automatically_after_days = 60 # srm: ok SRM-SM-001
  }
}

# A rotation whose secret comes from a variable without a default may rotate this secret:
# unknown, not a finding.
variable "imported_secret_arn" {
  type = string
}

resource "aws_secretsmanager_secret" "shared_smtp" { # srm: unknown SRM-SM-001
  name = "prod/smtp/credentials"
}

resource "aws_secretsmanager_secret_rotation" "shared_smtp" {
  secret_id           = var.imported_secret_arn
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-smtp"

  rotation_rules {
    automatically_after_days = 30
  }
}
