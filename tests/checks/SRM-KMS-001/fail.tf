# Symmetric encryption key with rotation unset (default false).
resource "aws_kms_key" "app_data" { # srm: expect SRM-KMS-001
  description             = "Application data"
  deletion_window_in_days = 30
}

# Rotation explicitly disabled, spec and usage written as their defaults.
resource "aws_kms_key" "backups" {
  description              = "Backup vault"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  key_usage                = "ENCRYPT_DECRYPT"
  enable_key_rotation      = false # srm: expect SRM-KMS-001
}

# Rotation from a variable whose default is false; a multi-Region primary key rotates too.
variable "rotate_audit_key" {
  type    = bool
  default = false
}

resource "aws_kms_key" "audit" {
  description         = "Audit logs"
  multi_region        = true
  enable_key_rotation = var.rotate_audit_key # srm: expect SRM-KMS-001
}
