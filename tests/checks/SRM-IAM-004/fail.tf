# Principal "*" with sts:ExternalId only (it does not restrict who).
resource "aws_iam_role" "partner_access" {
  name = "partner-access"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: expect SRM-IAM-004
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = "sts:AssumeRole"
        Condition = { StringEquals = { "sts:ExternalId" = "acme-partner-7f3c" } }
      },
    ]
  })
}

# Policy document data source with the "*" principal type.
data "aws_iam_policy_document" "anyone" {
  statement { # srm: expect SRM-IAM-004
    actions = ["sts:AssumeRole"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_iam_role" "anyone" {
  name               = "anyone"
  assume_role_policy = data.aws_iam_policy_document.anyone.json
}

# GitHub OIDC through a provider in scope, with only the audience pinned.
resource "aws_iam_openid_connect_provider" "github" {
  url            = "https://token.actions.githubusercontent.com"
  client_id_list = ["sts.amazonaws.com"]
}

data "aws_iam_policy_document" "github_deploy" {
  statement { # srm: expect SRM-IAM-004
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.github.arn]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "github_deploy" {
  name               = "github-deploy"
  assume_role_policy = data.aws_iam_policy_document.github_deploy.json
}

# GitHub OIDC by ARN with sub = "repo:*" (any repository of any owner).
resource "aws_iam_role" "github_any_repo" {
  name = "github-any-repo"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: expect SRM-IAM-004
        Effect    = "Allow"
        Principal = { Federated = "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" }
        Action    = "sts:AssumeRoleWithWebIdentity"
        Condition = {
          StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }
          StringLike   = { "token.actions.githubusercontent.com:sub" = "repo:*" }
        }
      },
    ]
  })
}

# GitHub OIDC provider in scope and no condition at all.
resource "aws_iam_role" "github_release" {
  name = "github-release"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: expect SRM-IAM-004
        Effect    = "Allow"
        Principal = { Federated = aws_iam_openid_connect_provider.github.arn }
        Action    = "sts:AssumeRoleWithWebIdentity"
      },
    ]
  })
}
