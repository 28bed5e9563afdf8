# Allow with NotAction on every resource (jsonencode).
resource "aws_iam_policy" "power_user" {
  name = "power-user"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: expect SRM-IAM-002
        Sid       = "EverythingButIam"
        Effect    = "Allow"
        NotAction = ["iam:*", "organizations:*", "account:*"]
        Resource  = "*"
      },
      { # srm: ok SRM-IAM-002
        Sid      = "ReadIam"
        Effect   = "Allow"
        Action   = ["iam:Get*", "iam:List*"]
        Resource = "*"
      },
    ]
  })
}

# Policy document data source: effect defaults to Allow; NotResource; a Deny with NotAction is fine.
data "aws_iam_policy_document" "data_engineer" {
  statement { # srm: expect SRM-IAM-002
    actions       = ["s3:GetObject", "s3:PutObject"]
    not_resources = ["arn:aws:s3:::acme-payroll/*"]
  }

  statement { # srm: ok SRM-IAM-002
    effect      = "Deny"
    not_actions = ["iam:ChangePassword", "sts:GetSessionToken"]
    resources   = ["*"]
    condition {
      test     = "BoolIfExists"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }
}

resource "aws_iam_group" "data_engineers" {
  name = "data-engineers"
}

resource "aws_iam_group_policy" "data_engineers" {
  name   = "data-engineer"
  group  = aws_iam_group.data_engineers.name
  policy = data.aws_iam_policy_document.data_engineer.json
}

# Inline role policy block with NotAction on "*" in a list.
resource "aws_iam_role" "support" {
  name = "support"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "sts:AssumeRole"
    }]
  })

  inline_policy {
    name = "support"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [
        { # srm: expect SRM-IAM-002
          Effect    = "Allow"
          NotAction = "iam:*"
          Resource  = ["*"]
        },
      ]
    })
  }
}

# One-line JSON string on a role policy: the finding sits on the policy line.
resource "aws_iam_role_policy" "support_extra" {
  name   = "support-extra"
  role   = aws_iam_role.support.id
  policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ec2:*\",\"NotResource\":\"arn:aws:ec2:*:*:instance/i-0prod*\"}]}" # srm: expect SRM-IAM-002
}
