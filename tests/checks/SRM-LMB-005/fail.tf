data "aws_iam_policy_document" "lambda_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

# AdministratorAccess attached to the execution role.
resource "aws_iam_role" "deployer" {
  name               = "deployer-function"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

resource "aws_iam_role_policy_attachment" "deployer_admin" {
  role       = aws_iam_role.deployer.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_lambda_function" "deployer" {
  function_name = "deployer"
  role          = aws_iam_role.deployer.arn # srm: expect SRM-LMB-005
  runtime       = "python3.12"
  handler       = "deploy.handler"
  filename      = "deployer.zip"
}

# An inline role policy rendered from a policy document allows "*" on "*".
data "aws_iam_policy_document" "everything" {
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_role" "cleanup" {
  name               = "cleanup-function"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

resource "aws_iam_role_policy" "cleanup" {
  name   = "cleanup"
  role   = aws_iam_role.cleanup.id
  policy = data.aws_iam_policy_document.everything.json
}

resource "aws_lambda_function" "cleanup" {
  function_name = "cleanup"
  role          = aws_iam_role.cleanup.arn # srm: expect SRM-LMB-005
  runtime       = "python3.12"
  handler       = "cleanup.handler"
  filename      = "cleanup.zip"
}

# A customer-managed policy with "*:*", attached to the role.
resource "aws_iam_policy" "platform" {
  name = "platform-everything"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*:*", Resource = "*" }]
  })
}

resource "aws_iam_role" "provisioner" {
  name               = "provisioner-function"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

resource "aws_iam_role_policy_attachment" "provisioner" {
  role       = aws_iam_role.provisioner.name
  policy_arn = aws_iam_policy.platform.arn
}

resource "aws_lambda_function" "provisioner" {
  function_name = "provisioner"
  role          = aws_iam_role.provisioner.arn # srm: expect SRM-LMB-005
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "provisioner.zip"
}

# A role named by a literal ARN, with an inline admin policy.
resource "aws_iam_role" "legacy" {
  name               = "legacy-ops"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json

  inline_policy {
    name = "ops"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = ["*"], Resource = ["*"] }]
    })
  }
}

resource "aws_lambda_function" "legacy" {
  function_name = "legacy-ops"
  role          = "arn:aws:iam::111122223333:role/legacy-ops" # srm: expect SRM-LMB-005
  runtime       = "python3.12"
  handler       = "ops.handler"
  filename      = "legacy.zip"
}

# A near miss: a least-privilege role.
resource "aws_iam_role" "reader" {
  name               = "reader-function"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

resource "aws_iam_role_policy_attachment" "reader_logs" {
  role       = aws_iam_role.reader.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

resource "aws_iam_role_policy" "reader" {
  name = "read-reports"
  role = aws_iam_role.reader.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "arn:aws:s3:::example-reports/*" }]
  })
}

resource "aws_lambda_function" "reader" {
  function_name = "reader"
  role          = aws_iam_role.reader.arn # srm: ok SRM-LMB-005
  runtime       = "python3.12"
  handler       = "read.handler"
  filename      = "reader.zip"
}
