# A data volume without encryption.
resource "aws_ebs_volume" "scratch" { # srm: expect SRM-EC2-002
  availability_zone = "eu-west-1a"
  size              = 100
  type              = "gp3"
}

# Explicitly unencrypted volume.
resource "aws_ebs_volume" "archive" {
  availability_zone = "eu-west-1a"
  size              = 500
  encrypted         = false # srm: expect SRM-EC2-002
}

# Instance with an encrypted root but an unencrypted data device.
resource "aws_instance" "database" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "r6i.large"

  root_block_device {
    volume_size = 30
    encrypted   = true
  }

  ebs_block_device { # srm: expect SRM-EC2-002
    device_name = "/dev/sdf"
    volume_size = 200
  }
}

# Root block device declared without encryption.
resource "aws_instance" "web" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"

  root_block_device { # srm: expect SRM-EC2-002
    volume_type = "gp3"
    volume_size = 20
  }
}

# Launch template mapping an EBS device with encrypted = "false" (a string in this resource).
resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = "ami-0c55b159cbfafe1f0"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = 50
      encrypted   = "false" # srm: expect SRM-EC2-002
    }
  }
}

# Launch configuration with an unencrypted root device.
resource "aws_launch_configuration" "batch" {
  name_prefix   = "batch-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "c6i.large"

  root_block_device {
    volume_size = 40
    encrypted   = false # srm: expect SRM-EC2-002
  }
}
