resource "aws_iam_user" "ci" {
  name = "ci"
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

# Inline user policy.
resource "aws_iam_user_policy" "ci" {
  name   = "ci-inline"
  user   = aws_iam_user.ci.name # srm: expect SRM-IAM-005
  policy = aws_iam_policy.artifacts.policy
}

# Managed policy attached to a user.
resource "aws_iam_user_policy_attachment" "ci" {
  user       = aws_iam_user.ci.name # srm: expect SRM-IAM-005
  policy_arn = aws_iam_policy.artifacts.arn
}

# aws_iam_policy_attachment with users next to roles.
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
  users      = [aws_iam_user.ci.name] # srm: expect SRM-IAM-005
  roles      = [aws_iam_role.builder.name]
  policy_arn = aws_iam_policy.artifacts.arn
}
