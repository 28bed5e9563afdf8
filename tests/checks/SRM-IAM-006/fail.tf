variable "minimum_password_length" {
  type    = number
  default = 12
}

# Too short (from a variable default), no numbers required, and unset arguments that take the IAM
# defaults: no reuse prevention, no symbols required (reported at the resource).
resource "aws_iam_account_password_policy" "baseline" { # srm: expect SRM-IAM-006
  minimum_password_length        = var.minimum_password_length # srm: expect SRM-IAM-006
  require_uppercase_characters   = true
  require_lowercase_characters   = true
  require_numbers                = false # srm: expect SRM-IAM-006
  allow_users_to_change_password = true
  max_password_age               = 90
}
