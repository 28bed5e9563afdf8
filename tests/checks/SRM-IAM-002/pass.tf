# Deny with NotAction is a guardrail (MFA and Region guards).
data "aws_iam_policy_document" "guardrails" {
  statement { # srm: ok SRM-IAM-002
    sid         = "DenyWithoutMfa"
    effect      = "Deny"
    not_actions = ["iam:ChangePassword", "iam:GetUser", "sts:GetSessionToken"]
    resources   = ["*"]
    condition {
      test     = "BoolIfExists"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }

  statement { # srm: ok SRM-IAM-002
    sid         = "DenyOutsideEu"
    effect      = "Deny"
    not_actions = ["iam:*", "sts:*", "support:*"]
    resources   = ["*"]
    condition {
      test     = "StringNotEquals"
      variable = "aws:RequestedRegion"
      values   = ["eu-west-1", "eu-central-1"]
    }
  }
}

resource "aws_iam_policy" "guardrails" {
  name   = "guardrails"
  policy = data.aws_iam_policy_document.guardrails.json
}

# Allow with NotAction on a scoped resource is not IAM-002 (it names the resources).
resource "aws_iam_policy" "bucket_admin" {
  name = "bucket-admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: ok SRM-IAM-002
        Effect    = "Allow"
        NotAction = ["s3:DeleteBucket", "s3:PutBucketPolicy"]
        Resource  = ["arn:aws:s3:::acme-scratch", "arn:aws:s3:::acme-scratch/*"]
      },
      { # srm: ok SRM-IAM-002
        Effect   = "Allow"
        Action   = ["s3:ListAllMyBuckets"]
        Resource = "*"
      },
    ]
  })
}

# NotAction from a variable without a default decides nothing on its own: the resource is scoped.
variable "excluded_actions" {
  type = list(string)
}

resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_user_policy" "ci" {
  name = "ci"
  user = aws_iam_user.ci.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: ok SRM-IAM-002
        Effect    = "Allow"
        NotAction = var.excluded_actions
        Resource  = "arn:aws:s3:::acme-ci-artifacts/*"
      },
    ]
  })
}

# NotAction and NotResource set to null are not set.
resource "aws_iam_policy" "reader" {
  name   = "reader"
  policy = data.aws_iam_policy_document.reader.json
}

data "aws_iam_policy_document" "reader" {
  statement { # srm: ok SRM-IAM-002
    actions       = ["s3:GetObject"]
    not_actions   = null
    resources     = ["*"]
    not_resources = null
  }
}
