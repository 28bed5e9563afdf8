# A password variable that Terraform prints in plans.
variable "db_password" { # srm: expect SRM-SEC-002
  type        = string
  description = "Master password of the orders database"
}

# Marked sensitive, but the secret itself is the default.
variable "api_key" {
  type      = string
  sensitive = true
  default   = "k-live-2f8a9c0d1e" # srm: expect SRM-SEC-002
}

# Explicitly not sensitive.
variable "github_token" {
  type      = string
  sensitive = false # srm: expect SRM-SEC-002
}

# camelCase name, neither sensitive nor without default: two findings.
variable "slackWebhookToken" { # srm: expect SRM-SEC-002
  default = "T0000/B0000/XXXXXXXXXXXXXXXX" # srm: expect SRM-SEC-002
}

# A map of credentials with literal values.
variable "smtp_credentials" {
  type      = map(string)
  sensitive = true
  default = { # srm: expect SRM-SEC-002
    username = "mailer"
    password = "Smtp-Pw-2024"
  }
}
