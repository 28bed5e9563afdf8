# No instance profile at all.
resource "aws_instance" "legacy_app" { # srm: expect SRM-EC2-005
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"
}

# A profile whose role only has the CloudWatch agent policy.
data "aws_iam_policy_document" "ec2_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "metrics" {
  name               = "metrics-agent"
  assume_role_policy = data.aws_iam_policy_document.ec2_assume.json
}

resource "aws_iam_role_policy_attachment" "metrics_cloudwatch" {
  role       = aws_iam_role.metrics.name
  policy_arn = "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy"
}

resource "aws_iam_role_policy" "metrics_logs" {
  name = "logs"
  role = aws_iam_role.metrics.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
      Resource = "*"
    }]
  })
}

resource "aws_iam_instance_profile" "metrics" {
  name = "metrics-agent"
  role = aws_iam_role.metrics.name
}

resource "aws_instance" "metrics" {
  ami                  = "ami-0c55b159cbfafe1f0"
  instance_type        = "t3.small"
  iam_instance_profile = aws_iam_instance_profile.metrics.name # srm: expect SRM-EC2-005
}

# A profile without a role.
resource "aws_iam_instance_profile" "empty" {
  name = "empty"
}

resource "aws_instance" "orphan" {
  ami                  = "ami-0c55b159cbfafe1f0"
  instance_type        = "t3.small"
  iam_instance_profile = aws_iam_instance_profile.empty.name # srm: expect SRM-EC2-005
}
