resource "aws_iam_user" "alice" {
  name = "alice"
}

# Console password generated without pgp_key: stored in plain text in the state.
resource "aws_iam_user_login_profile" "alice" { # srm: expect SRM-SEC-004
  user                    = aws_iam_user.alice.name
  password_reset_required = true
}

resource "aws_iam_user" "bob" {
  name = "bob"
}

# An empty pgp_key encrypts nothing.
resource "aws_iam_user_login_profile" "bob" {
  user    = aws_iam_user.bob.name
  pgp_key = "" # srm: expect SRM-SEC-004
}
