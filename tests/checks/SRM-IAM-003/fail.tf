# Service-wide wildcards; "*" on a scoped resource; "*" on "*" is SRM-IAM-001's and is skipped.
resource "aws_iam_policy" "app_runtime" {
  name = "app-runtime"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: expect SRM-IAM-003
        Sid      = "AllOfS3"
        Effect   = "Allow"
        Action   = "s3:*"
        Resource = ["arn:aws:s3:::acme-app-data", "arn:aws:s3:::acme-app-data/*"]
      },
      { # srm: expect SRM-IAM-003
        Sid      = "EverythingOnOneTable"
        Effect   = "Allow"
        Action   = "*"
        Resource = "arn:aws:dynamodb:eu-west-1:111122223333:table/orders"
      },
      { # srm: ok SRM-IAM-003
        Sid      = "Admin"
        Effect   = "Allow"
        Action   = ["*", "s3:*"]
        Resource = "*"
      },
      { # srm: ok SRM-IAM-003
        Sid      = "ReadOnly"
        Effect   = "Allow"
        Action   = ["ec2:Describe*", "s3:Get*"]
        Resource = "*"
      },
    ]
  })
}

# Policy document data source, case-insensitive action, a Deny with a wildcard is fine.
data "aws_iam_policy_document" "deployer" {
  statement { # srm: expect SRM-IAM-003
    actions   = ["IAM:*", "sts:AssumeRole"]
    resources = ["*"]
  }

  statement { # srm: ok SRM-IAM-003
    effect    = "Deny"
    actions   = ["organizations:*"]
    resources = ["*"]
  }
}

resource "aws_iam_role" "deployer" {
  name = "deployer"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "codebuild.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })

  inline_policy {
    name   = "deployer"
    policy = data.aws_iam_policy_document.deployer.json
  }

  inline_policy {
    name = "logs"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [
        { # srm: expect SRM-IAM-003
          Effect   = "Allow"
          Action   = ["logs:*"]
          Resource = "arn:aws:logs:eu-west-1:111122223333:log-group:/aws/codebuild/*"
        },
      ]
    })
  }
}

# One-line JSON on a user policy: the finding sits on the policy line.
resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_user_policy" "ci" {
  name   = "ci"
  user   = aws_iam_user.ci.name
  policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ecr:*\",\"Resource\":\"*\"}]}" # srm: expect SRM-IAM-003
}
