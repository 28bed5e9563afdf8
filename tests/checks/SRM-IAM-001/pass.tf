# Service-wide and prefix wildcards on "*", and "*" on one resource, are not full admin.
resource "aws_iam_policy" "app_runtime" {
  name = "app-runtime"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: ok SRM-IAM-001
        Effect   = "Allow"
        Action   = "s3:*"
        Resource = "*"
      },
      { # srm: ok SRM-IAM-001
        Effect   = "Allow"
        Action   = ["ec2:Describe*", "cloudwatch:PutMetricData"]
        Resource = "*"
      },
      { # srm: ok SRM-IAM-001
        Effect   = "Allow"
        Action   = "*"
        Resource = "arn:aws:dynamodb:eu-west-1:111122223333:table/orders"
      },
    ]
  })
}

# Deny "*" on "*" is a guardrail; Allow with NotAction is IAM-002's concern, not IAM-001.
data "aws_iam_policy_document" "guardrails" {
  statement { # srm: ok SRM-IAM-001
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
    condition {
      test     = "BoolIfExists"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }

  statement { # srm: ok SRM-IAM-001
    not_actions = ["iam:*", "organizations:*"]
    resources   = ["*"]
  }
}

resource "aws_iam_role" "operator" {
  name = "operator"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "sts:AssumeRole"
    }]
  })

  managed_policy_arns = [
    "arn:aws:iam::aws:policy/ReadOnlyAccess", # srm: ok SRM-IAM-001
    "arn:aws:iam::aws:policy/AdministratorAccess-Amplify", # srm: ok SRM-IAM-001
  ]
}

resource "aws_iam_role_policy" "operator_guardrails" {
  name   = "guardrails"
  role   = aws_iam_role.operator.id
  policy = data.aws_iam_policy_document.guardrails.json
}

# Heredoc JSON with scoped actions (no annotation inside the heredoc).
resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_user_policy" "ci" { # srm: ok SRM-IAM-001
  name   = "ci-artifacts"
  user   = aws_iam_user.ci.name
  policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:GetObject"],
      "Resource": "arn:aws:s3:::acme-ci-artifacts/*"
    }
  ]
}
EOT
}

# Attachments of other managed policies; a policy ARN from a variable without default is unknown.
resource "aws_iam_role_policy_attachment" "operator_support" {
  role       = aws_iam_role.operator.name
  policy_arn = "arn:aws:iam::aws:policy/AWSSupportAccess" # srm: ok SRM-IAM-001
}

variable "ci_policy_arn" {
  type = string
}

resource "aws_iam_user_policy_attachment" "ci" {
  user       = aws_iam_user.ci.name
  policy_arn = var.ci_policy_arn # srm: ok SRM-IAM-001
}

# A managed policy looked up by name that is not AdministratorAccess.
data "aws_iam_policy" "read_only" {
  name = "ReadOnlyAccess"
}

resource "aws_iam_role_policy_attachment" "operator_read_only" {
  role       = aws_iam_role.operator.name
  policy_arn = data.aws_iam_policy.read_only.arn # srm: ok SRM-IAM-001
}
