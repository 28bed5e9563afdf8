data "aws_caller_identity" "current" {}

# KMS key policy: the account root, and "*" restricted by kms:CallerAccount.
resource "aws_kms_key" "shared" {
  description         = "Shared data key"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: ok SRM-POL-001
        Sid       = "EnableIamPolicies"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      { # srm: ok SRM-POL-001
        Sid       = "ViaEbsInThisAccount"
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"]
        Resource  = "*"
        Condition = {
          StringEquals = {
            "kms:CallerAccount" = "111122223333"
            "kms:ViaService"    = "ec2.eu-west-1.amazonaws.com"
          }
        }
      },
    ]
  })
}

# SNS: "*" restricted to the owning account, and a service principal.
resource "aws_sns_topic" "alerts" {
  name = "alerts"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: ok SRM-POL-001
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["SNS:Publish", "SNS:Subscribe"]
        Resource  = "arn:aws:sns:eu-west-1:111122223333:alerts"
        Condition = { StringEquals = { "AWS:SourceOwner" = "111122223333" } }
      },
      { # srm: ok SRM-POL-001
        Effect    = "Allow"
        Principal = { Service = "cloudwatch.amazonaws.com" }
        Action    = "SNS:Publish"
        Resource  = "arn:aws:sns:eu-west-1:111122223333:alerts"
      },
    ]
  })
}

# SQS: "*" restricted to a fixed source topic ARN.
resource "aws_sns_topic" "orders" {
  name = "orders"
}

resource "aws_sqs_queue" "orders" {
  name = "orders"
}

data "aws_iam_policy_document" "orders_queue" {
  statement { # srm: ok SRM-POL-001
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.orders.arn]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [aws_sns_topic.orders.arn]
    }
  }
}

resource "aws_sqs_queue_policy" "orders" {
  queue_url = aws_sqs_queue.orders.id
  policy    = data.aws_iam_policy_document.orders_queue.json
}

# ECR: pull for the organisation; Secrets Manager: a named role.
resource "aws_ecr_repository" "base_images" {
  name                 = "base-images"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository_policy" "base_images" {
  repository = aws_ecr_repository.base_images.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: ok SRM-POL-001
        Sid       = "OrgPull"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
        Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
      },
    ]
  })
}

resource "aws_secretsmanager_secret" "api" {
  name = "prod/api"
}

resource "aws_secretsmanager_secret_policy" "api" {
  secret_arn = aws_secretsmanager_secret.api.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: ok SRM-POL-001
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:role/api" }
        Action    = "secretsmanager:GetSecretValue"
        Resource  = "*"
      },
      { # srm: ok SRM-POL-001
        Effect    = "Deny"
        Principal = "*"
        Action    = "secretsmanager:DeleteSecret"
        Resource  = "*"
      },
    ]
  })
}
