resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_group" "ci" {
  name = "ci"
}

resource "aws_iam_user_group_membership" "ci" {
  user   = aws_iam_user.ci.name
  groups = [aws_iam_group.ci.name]
}

resource "aws_iam_policy" "artifacts" {
  name = "ci-artifacts"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:PutObject"]
      Resource = "arn:aws:s3:::acme-ci-artifacts/*"
    }]
  })
}

# Permissions granted through the group.
resource "aws_iam_group_policy_attachment" "ci" {
  group      = aws_iam_group.ci.name
  policy_arn = aws_iam_policy.artifacts.arn
}

# aws_iam_policy_attachment to groups and roles, with an empty users list.
resource "aws_iam_role" "builder" {
  name = "builder"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "codebuild.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_policy_attachment" "artifacts" {
  name       = "ci-artifacts"
  users      = [] # srm: ok SRM-IAM-005
  groups     = [aws_iam_group.ci.name]
  roles      = [aws_iam_role.builder.name]
  policy_arn = aws_iam_policy.artifacts.arn
}

# Users from a variable without a default: unknown, no finding.
variable "artifact_readers" {
  type = list(string)
}

resource "aws_iam_policy_attachment" "readers" {
  name       = "artifact-readers"
  users      = var.artifact_readers # srm: ok SRM-IAM-005
  policy_arn = aws_iam_policy.artifacts.arn
}
