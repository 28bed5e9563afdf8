# An account baseline that declares the password policy (weak or not: that is SRM-IAM-006).
resource "aws_iam_account_password_policy" "baseline" {
  minimum_password_length      = 14
  password_reuse_prevention    = 24
  require_uppercase_characters = true
  require_lowercase_characters = true
  require_numbers              = true
  require_symbols              = true
}
