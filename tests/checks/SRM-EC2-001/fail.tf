# IMDSv1 left on explicitly.
resource "aws_instance" "bastion" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional" # srm: expect SRM-EC2-001
  }
}

# No metadata_options at all: IMDSv1 stays available.
resource "aws_instance" "legacy_app" { # srm: expect SRM-EC2-001
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"
}

# A metadata_options block that only sets the hop limit.
resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"

  metadata_options { # srm: expect SRM-EC2-001
    http_put_response_hop_limit = 2
  }
}

# Launch configuration without metadata options.
resource "aws_launch_configuration" "batch" { # srm: expect SRM-EC2-001
  name_prefix   = "batch-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "c6i.large"
}

# The value comes from a variable whose default is optional.
variable "reporting_http_tokens" {
  type    = string
  default = "optional"
}

resource "aws_instance" "reporting" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"

  metadata_options {
    http_tokens = var.reporting_http_tokens # srm: expect SRM-EC2-001
  }
}

# Launched from a template, but the instance overrides http_tokens.
resource "aws_launch_template" "hardened" {
  name_prefix = "hardened-"
  image_id    = "ami-0c55b159cbfafe1f0"

  metadata_options { # srm: ok SRM-EC2-001
    http_tokens = "required"
  }
}

resource "aws_instance" "override" {
  instance_type = "t3.micro"

  launch_template {
    id      = aws_launch_template.hardened.id
    version = "$Latest"
  }

  metadata_options {
    http_tokens = "optional" # srm: expect SRM-EC2-001
  }
}
