# Sensitive, no default.
variable "db_password" { # srm: ok SRM-SEC-002
  type        = string
  description = "Master password of the orders database"
  sensitive   = true
}

# Ephemeral variables (Terraform 1.10+) never reach plans or state.
variable "api_key" { # srm: ok SRM-SEC-002
  type      = string
  ephemeral = true
}

# An empty default is not a secret.
variable "github_token" {
  type      = string
  sensitive = true
  default   = "" # srm: ok SRM-SEC-002
}

# Names of references and settings, not secrets.
variable "db_password_secret_arn" { # srm: ok SRM-SEC-002
  type    = string
  default = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders-db-AbCdEf"
}

variable "password_length" { # srm: ok SRM-SEC-002
  type    = number
  default = 32
}

variable "secret_name" { # srm: ok SRM-SEC-002
  type    = string
  default = "prod/orders/db"
}

# A boolean switch is not a secret.
variable "create_random_password" { # srm: ok SRM-SEC-002
  type    = bool
  default = true
}

variable "manage_master_user_password" { # srm: ok SRM-SEC-002
  default = true
}

# "tokens" is not the word "token".
variable "http_tokens" { # srm: ok SRM-SEC-002
  type    = string
  default = "required"
}
