# IMDSv2 required.
resource "aws_instance" "api" { # srm: ok SRM-EC2-001
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

# The metadata endpoint is switched off entirely.
resource "aws_instance" "isolated" { # srm: ok SRM-EC2-001
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "disabled"
  }
}

# Launch template and launch configuration requiring tokens.
resource "aws_launch_template" "eks_nodes" { # srm: ok SRM-EC2-001
  name_prefix = "eks-nodes-"
  image_id    = "ami-0c55b159cbfafe1f0"

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
  }
}

resource "aws_launch_configuration" "queue_workers" { # srm: ok SRM-EC2-001
  name_prefix   = "queue-workers-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "c6i.large"

  metadata_options {
    http_tokens = "required"
  }
}

# An instance launched from the template is judged on the template.
resource "aws_instance" "from_template" { # srm: ok SRM-EC2-001
  launch_template {
    id      = aws_launch_template.eks_nodes.id
    version = "$Latest"
  }
}

# The Region's instance metadata defaults require IMDSv2 for instances that do not say.
resource "aws_ec2_instance_metadata_defaults" "this" {
  http_tokens                 = "required"
  http_put_response_hop_limit = 2
}

resource "aws_instance" "worker" { # srm: ok SRM-EC2-001
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
}
