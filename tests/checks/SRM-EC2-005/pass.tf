data "aws_partition" "current" {}

data "aws_iam_policy_document" "ec2_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

# Role with AmazonSSMManagedInstanceCore attached.
resource "aws_iam_role" "app" {
  name               = "app-instance"
  assume_role_policy = data.aws_iam_policy_document.ec2_assume.json
}

resource "aws_iam_role_policy_attachment" "app_ssm" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "app" {
  name = "app-instance"
  role = aws_iam_role.app.name
}

resource "aws_instance" "app" { # srm: ok SRM-EC2-005
  ami                  = "ami-0c55b159cbfafe1f0"
  instance_type        = "t3.small"
  iam_instance_profile = aws_iam_instance_profile.app.name
}

# Role with a customer policy that allows the SSM agent to register, profile named literally.
resource "aws_iam_role" "worker" {
  name               = "worker-instance"
  assume_role_policy = data.aws_iam_policy_document.ec2_assume.json
}

data "aws_iam_policy_document" "ssm_agent" {
  statement {
    actions   = ["ssm:UpdateInstanceInformation", "ssmmessages:*", "ec2messages:*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "ssm_agent" {
  name   = "ssm-agent"
  policy = data.aws_iam_policy_document.ssm_agent.json
}

resource "aws_iam_role_policy_attachment" "worker_ssm" {
  role       = aws_iam_role.worker.name
  policy_arn = aws_iam_policy.ssm_agent.arn
}

resource "aws_iam_instance_profile" "worker" {
  name = "worker-instance"
  role = aws_iam_role.worker.name
}

resource "aws_instance" "worker" { # srm: ok SRM-EC2-005
  ami                  = "ami-0c55b159cbfafe1f0"
  instance_type        = "t3.small"
  iam_instance_profile = "worker-instance"
}

# Profile not in scope: unknown, not a finding.
resource "aws_instance" "shared" { # srm: ok SRM-EC2-005
  ami                  = "ami-0c55b159cbfafe1f0"
  instance_type        = "t3.small"
  iam_instance_profile = "platform-shared-instance-profile"
}
