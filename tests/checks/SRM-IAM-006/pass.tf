# CIS 1.8/1.9: at least 14 characters, no reuse of the last 24, all character classes; expiry is
# optional.
resource "aws_iam_account_password_policy" "baseline" { # srm: ok SRM-IAM-006
  minimum_password_length        = 16 # srm: ok SRM-IAM-006
  password_reuse_prevention      = 24 # srm: ok SRM-IAM-006
  require_uppercase_characters   = true
  require_lowercase_characters   = true
  require_numbers                = true
  require_symbols                = true
  allow_users_to_change_password = true
}
