# Enumerated actions and prefix globs.
resource "aws_iam_policy" "app_runtime" {
  name = "app-runtime"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: ok SRM-IAM-003
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject", "s3:List*"]
        Resource = ["arn:aws:s3:::acme-app-data", "arn:aws:s3:::acme-app-data/*"]
      },
      { # srm: ok SRM-IAM-003
        Effect   = "Allow"
        Action   = "dynamodb:Get*"
        Resource = "arn:aws:dynamodb:eu-west-1:111122223333:table/orders"
      },
    ]
  })
}

# "*" on "*" is reported by SRM-IAM-001 only; Deny with a service wildcard is a guardrail.
data "aws_iam_policy_document" "break_glass" {
  statement { # srm: ok SRM-IAM-003
    actions   = ["*"]
    resources = ["*"]
  }

  statement { # srm: ok SRM-IAM-003
    effect    = "Deny"
    actions   = ["iam:*"]
    resources = ["*"]
    condition {
      test     = "BoolIfExists"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }
}

resource "aws_iam_policy" "break_glass" {
  name   = "break-glass"
  policy = data.aws_iam_policy_document.break_glass.json
}

# Actions from a variable without a default: unknown, no finding.
variable "ci_actions" {
  type = list(string)
}

resource "aws_iam_group" "ci" {
  name = "ci"
}

resource "aws_iam_group_policy" "ci" {
  name  = "ci"
  group = aws_iam_group.ci.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: ok SRM-IAM-003
        Effect   = "Allow"
        Action   = var.ci_actions
        Resource = "arn:aws:ecr:eu-west-1:111122223333:repository/ci"
      },
    ]
  })
}

# A document with principals is a resource policy (used by code that is not scanned), not an
# identity policy.
data "aws_iam_policy_document" "access_point_delegation" {
  statement { # srm: ok SRM-IAM-003
    actions   = ["*"]
    resources = ["arn:aws:s3:::acme-data-lake", "arn:aws:s3:::acme-data-lake/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "s3:DataAccessPointAccount"
      values   = ["111122223333"]
    }
  }
}
