# Rotation enabled.
resource "aws_kms_key" "app_data" { # srm: ok SRM-KMS-001
  description         = "Application data"
  enable_key_rotation = true # srm: ok SRM-KMS-001
}

# Asymmetric signing and HMAC keys cannot rotate automatically.
resource "aws_kms_key" "signing" { # srm: ok SRM-KMS-001
  description              = "Release signing"
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
}

resource "aws_kms_key" "tokens" { # srm: ok SRM-KMS-001
  description              = "Token MACs"
  customer_master_key_spec = "HMAC_256"
  key_usage                = "GENERATE_VERIFY_MAC"
}

# Imported key material and keys in a custom key store rotate manually only.
resource "aws_kms_external_key" "imported" { # srm: ok SRM-KMS-001
  description = "Imported key material"
}

resource "aws_kms_key" "hsm" { # srm: ok SRM-KMS-001
  description         = "CloudHSM-backed key"
  custom_key_store_id = "cks-1234567890abcdef0"
}

# Rotation from a variable without a default: unknown, no finding.
variable "rotate_reports_key" {
  type = bool
}

resource "aws_kms_key" "reports" {
  description         = "Reports"
  enable_key_rotation = var.rotate_reports_key # srm: ok SRM-KMS-001
}
