# Customer-managed policy via jsonencode: "*" on "*"; a service wildcard next to it is not IAM-001.
resource "aws_iam_policy" "ops_break_glass" {
  name = "ops-break-glass"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: expect SRM-IAM-001
        Effect   = "Allow"
        Action   = "*"
        Resource = "*"
      },
      { # srm: ok SRM-IAM-001
        Effect   = "Allow"
        Action   = "s3:*"
        Resource = "*"
      },
    ]
  })
}

# Policy document data source (effect defaults to Allow), used by two carriers: reported once.
data "aws_iam_policy_document" "deployer" {
  statement { # srm: expect SRM-IAM-001
    actions   = ["*"]
    resources = ["*"]
  }

  statement { # srm: ok SRM-IAM-001
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
    condition {
      test     = "StringNotEquals"
      variable = "aws:RequestedRegion"
      values   = ["eu-west-1"]
    }
  }
}

resource "aws_iam_policy" "deployer" {
  name   = "deployer"
  policy = data.aws_iam_policy_document.deployer.json
}

resource "aws_iam_role_policy" "deployer" {
  name   = "deployer-inline"
  role   = aws_iam_role.deployer.id
  policy = data.aws_iam_policy_document.deployer.json
}

# Role with an inline policy block, plus AdministratorAccess in managed_policy_arns.
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
    name = "everything"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [
        { # srm: expect SRM-IAM-001
          Effect   = "Allow"
          Action   = ["*:*"]
          Resource = ["*"]
        },
      ]
    })
  }

  managed_policy_arns = [
    "arn:aws:iam::aws:policy/ReadOnlyAccess", # srm: ok SRM-IAM-001
    "arn:aws:iam::aws:policy/AdministratorAccess", # srm: expect SRM-IAM-001
  ]
}

# One-line JSON string with "*:*": the finding sits on the policy line.
resource "aws_iam_user" "legacy_admin" {
  name = "legacy-admin"
}

resource "aws_iam_user_policy" "legacy_admin" {
  name   = "legacy-admin"
  user   = aws_iam_user.legacy_admin.name
  policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*:*\",\"Resource\":\"*\"}]}" # srm: expect SRM-IAM-001
}

# Action list containing "*"; conditions do not reduce admin.
resource "aws_iam_group" "platform" {
  name = "platform"
}

resource "aws_iam_group_policy" "platform" {
  name  = "platform-admin-with-mfa"
  group = aws_iam_group.platform.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: expect SRM-IAM-001
        Effect    = "Allow"
        Action    = ["s3:GetObject", "*"]
        Resource  = "*"
        Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }
      },
    ]
  })
}

# SSO permission set inline policy.
resource "aws_ssoadmin_permission_set_inline_policy" "platform" {
  instance_arn       = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
  permission_set_arn = "arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-0123456789abcdef"
  inline_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: expect SRM-IAM-001
        Effect   = "Allow"
        Action   = "*"
        Resource = "*"
      },
    ]
  })
}

# AdministratorAccess attached directly, in any partition, or through a variable default.
resource "aws_iam_role_policy_attachment" "deployer_admin" {
  role       = aws_iam_role.deployer.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess" # srm: expect SRM-IAM-001
}

resource "aws_iam_user_policy_attachment" "legacy_admin" {
  user       = aws_iam_user.legacy_admin.name
  policy_arn = "arn:aws-us-gov:iam::aws:policy/AdministratorAccess" # srm: expect SRM-IAM-001
}

variable "platform_policy_arn" {
  type    = string
  default = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_group_policy_attachment" "platform" {
  group      = aws_iam_group.platform.name
  policy_arn = var.platform_policy_arn # srm: expect SRM-IAM-001
}

resource "aws_iam_policy_attachment" "admins" {
  name       = "admins"
  roles      = [aws_iam_role.deployer.name]
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess" # srm: expect SRM-IAM-001
}

# AdministratorAccess looked up with a data source and attached by its ARN.
data "aws_iam_policy" "administrator_access" {
  arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role_policy_attachment" "deployer_admin_lookup" {
  role       = aws_iam_role.deployer.name
  policy_arn = data.aws_iam_policy.administrator_access.arn # srm: expect SRM-IAM-001
}

data "aws_iam_policy" "admin_by_name" {
  name = "AdministratorAccess"
}

resource "aws_iam_group_policy_attachment" "platform_admin_lookup" {
  group      = aws_iam_group.platform.name
  policy_arn = data.aws_iam_policy.admin_by_name.arn # srm: expect SRM-IAM-001
}
