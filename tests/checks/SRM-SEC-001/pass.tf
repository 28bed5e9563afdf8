# Credentials from the environment, a profile or an assumed role.
provider "aws" {
  region  = "eu-west-1"
  profile = "deploy" # srm: ok SRM-SEC-001
}

provider "aws" {
  alias  = "audit"
  region = "eu-west-1"
  assume_role {
    role_arn = "arn:aws:iam::123456789012:role/audit-reader"
  }
}

# Keys supplied at plan time (a variable without default) are not literals.
variable "legacy_access_key" {
  type      = string
  sensitive = true
}

provider "aws" {
  alias      = "legacy"
  region     = "us-east-1"
  access_key = var.legacy_access_key # srm: ok SRM-SEC-001
}

# Strings that only resemble key IDs: too short, lower case, or part of a longer token.
resource "aws_ssm_parameter" "notes" {
  name  = "/ops/notes"
  type  = "String"
  value = "AKIA1234 akiaiosfodnn7example XAKIAIOSFODNN7EXAMPLE" # srm: ok SRM-SEC-001
}

# An access key created by Terraform: its id and secret are attributes, not literals.
resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_access_key" "ci" {
  user    = aws_iam_user.ci.name
  pgp_key = "keybase:ci-admin"
}

output "ci_access_key_id" {
  value = aws_iam_access_key.ci.id # srm: ok SRM-SEC-001
}
