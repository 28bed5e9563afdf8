data "aws_caller_identity" "current" {}

# KMS key policy: kms:Decrypt for anyone; the account-root statement is fine.
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
      { # srm: expect SRM-POL-001
        Sid       = "AnyoneDecrypt"
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["kms:Decrypt", "kms:DescribeKey"]
        Resource  = "*"
      },
    ]
  })
}

# Key policy as its own resource; kms:ViaService alone does not restrict who.
resource "aws_kms_key" "logs" {
  description         = "Log archive key"
  enable_key_rotation = true
}

resource "aws_kms_key_policy" "logs" {
  key_id = aws_kms_key.logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: expect SRM-POL-001
        Effect    = "Allow"
        Principal = "*"
        Action    = "kms:Encrypt"
        Resource  = "*"
        Condition = { StringEquals = { "kms:ViaService" = "logs.eu-west-1.amazonaws.com" } }
      },
    ]
  })
}

# SNS topic with an inline policy and a topic policy resource.
resource "aws_sns_topic" "alerts" {
  name = "alerts"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: expect SRM-POL-001
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = "SNS:Publish"
        Resource  = "arn:aws:sns:eu-west-1:111122223333:alerts"
      },
    ]
  })
}

data "aws_iam_policy_document" "orders_topic" {
  statement { # srm: expect SRM-POL-001
    actions   = ["sns:Subscribe"]
    resources = [aws_sns_topic.orders.arn]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_sns_topic" "orders" {
  name = "orders"
}

resource "aws_sns_topic_policy" "orders" {
  arn    = aws_sns_topic.orders.arn
  policy = data.aws_iam_policy_document.orders_topic.json
}

# SQS: inline queue policy, and a queue policy resource with Allow + NotPrincipal.
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: expect SRM-POL-001
        Effect    = "Allow"
        Principal = "*"
        Action    = "sqs:SendMessage"
        Resource  = "arn:aws:sqs:eu-west-1:111122223333:jobs"
      },
    ]
  })
}

resource "aws_sqs_queue" "events" {
  name = "events"
}

resource "aws_sqs_queue_policy" "events" {
  queue_url = aws_sqs_queue.events.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: expect SRM-POL-001
        Effect       = "Allow"
        NotPrincipal = { AWS = "arn:aws:iam::111122223333:role/blocked" }
        Action       = "sqs:ReceiveMessage"
        Resource     = aws_sqs_queue.events.arn
      },
    ]
  })
}

# ECR repository policy: anyone may pull.
resource "aws_ecr_repository" "base_images" {
  name                 = "base-images"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository_policy" "base_images" {
  repository = aws_ecr_repository.base_images.name
  policy     = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"PublicPull\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":[\"ecr:GetDownloadUrlForLayer\",\"ecr:BatchGetImage\"]}]}" # srm: expect SRM-POL-001
}

# Secrets Manager: an open aws:SourceIp does not restrict.
resource "aws_secretsmanager_secret" "api" {
  name = "prod/api"
}

resource "aws_secretsmanager_secret_policy" "api" {
  secret_arn = aws_secretsmanager_secret.api.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: expect SRM-POL-001
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = "secretsmanager:GetSecretValue"
        Resource  = "*"
        Condition = { IpAddress = { "aws:SourceIp" = "0.0.0.0/0" } }
      },
    ]
  })
}
