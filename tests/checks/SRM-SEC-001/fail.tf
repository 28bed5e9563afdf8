# Static keys in the provider block (any literal, not only key-ID shaped ones).
provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAIOSFODNN7EXAMPLE"                     # srm: expect SRM-SEC-001
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" # srm: expect SRM-SEC-001
}

# A second provider configuration fed by a variable with a literal default: reported at the default.
variable "legacy_secret_key" {
  type      = string
  sensitive = true
  default   = "legacy-secret-key-value-0000000000000000" # srm: expect SRM-SEC-001
}

provider "aws" {
  alias      = "legacy"
  region     = "us-east-1"
  access_key = "ASIAY34FZKBOKMUTVV7A" # srm: expect SRM-SEC-001
  secret_key = var.legacy_secret_key
}

# A key ID in a local, used by a resource: reported once, at the local.
locals {
  ci_access_key_id = "AKIAI44QH8DHBEXAMPLE" # srm: expect SRM-SEC-001
}

resource "aws_ssm_parameter" "ci_user" {
  name  = "/ci/deploy/user"
  type  = "String"
  value = local.ci_access_key_id
}

# A key ID in a resource type srm-lint does not map (scanned all the same).
resource "aws_codebuild_project" "deploy" {
  name         = "deploy"
  service_role = "arn:aws:iam::123456789012:role/codebuild-deploy"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  source {
    type = "NO_SOURCE"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
    environment_variable {
      name  = "DEPLOY_KEY"
      value = "AKIAJ7Q2EXAMPLEKEY42" # srm: expect SRM-SEC-001
    }
  }
}
