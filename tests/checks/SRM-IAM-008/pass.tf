# The actions the principals need.
resource "aws_iam_role" "builder" {
  name = "builder"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: ok SRM-IAM-008
        Effect    = "Allow"
        Principal = { Service = "codebuild.amazonaws.com" }
        Action    = "sts:AssumeRole"
      },
    ]
  })
}

data "aws_iam_policy_document" "ops_trust" {
  statement { # srm: ok SRM-IAM-008
    actions = ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }

  statement { # srm: ok SRM-IAM-008
    actions = ["sts:AssumeRoleWithSAML"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::111122223333:saml-provider/corp-idp"]
    }
    condition {
      test     = "StringEquals"
      variable = "SAML:aud"
      values   = ["https://signin.aws.amazon.com/saml"]
    }
  }
}

resource "aws_iam_role" "ops" {
  name               = "ops"
  assume_role_policy = data.aws_iam_policy_document.ops_trust.json
}

# A Deny with sts:* is a guardrail.
resource "aws_iam_role" "restricted" {
  name = "restricted"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: ok SRM-IAM-008
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
        Action    = "sts:AssumeRole"
      },
      { # srm: ok SRM-IAM-008
        Effect    = "Deny"
        Principal = { AWS = "arn:aws:iam::111122223333:user/contractor" }
        Action    = "sts:*"
      },
    ]
  })
}
