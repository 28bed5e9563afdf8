# sts:* for a service principal.
resource "aws_iam_role" "builder" {
  name = "builder"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # srm: expect SRM-IAM-008
        Effect    = "Allow"
        Principal = { Service = "codebuild.amazonaws.com" }
        Action    = "sts:*"
      },
    ]
  })
}

# "*" in a policy document data source (effect defaults to Allow).
data "aws_iam_policy_document" "ops_trust" {
  statement { # srm: expect SRM-IAM-008
    actions = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}

resource "aws_iam_role" "ops" {
  name               = "ops"
  assume_role_policy = data.aws_iam_policy_document.ops_trust.json
}

# One-line JSON with STS:* in a list.
resource "aws_iam_role" "audit" {
  name               = "audit"
  assume_role_policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::444455556666:root\"},\"Action\":[\"sts:TagSession\",\"STS:*\"]}]}" # srm: expect SRM-IAM-008
}
