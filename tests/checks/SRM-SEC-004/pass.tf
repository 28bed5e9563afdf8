resource "aws_iam_user" "alice" {
  name = "alice"
}

# The generated password is encrypted with the user's Keybase key before it reaches the state.
resource "aws_iam_user_login_profile" "alice" { # srm: ok SRM-SEC-004
  user                    = aws_iam_user.alice.name
  pgp_key                 = "keybase:alice"
  password_reset_required = true
}

variable "bob_pgp_public_key" {
  type        = string
  description = "base64-encoded PGP public key"
}

resource "aws_iam_user" "bob" {
  name = "bob"
}

# pgp_key from a variable supplied at plan time.
resource "aws_iam_user_login_profile" "bob" { # srm: ok SRM-SEC-004
  user    = aws_iam_user.bob.name
  pgp_key = var.bob_pgp_public_key
}
