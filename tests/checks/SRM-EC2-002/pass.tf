# Encrypted volume with a customer-managed key.
resource "aws_ebs_volume" "data" { # srm: ok SRM-EC2-002
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# Volume restored from a snapshot: it takes the snapshot's encryption (unknown, not a finding).
resource "aws_ebs_volume" "restored" { # srm: ok SRM-EC2-002
  availability_zone = "eu-west-1a"
  snapshot_id       = "snap-0123456789abcdef0"
}

# Instance with every EBS device encrypted.
resource "aws_instance" "database" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "r6i.large"

  root_block_device { # srm: ok SRM-EC2-002
    encrypted = true
  }

  ebs_block_device { # srm: ok SRM-EC2-002
    device_name = "/dev/sdf"
    volume_size = 200
    encrypted   = true
  }
}

# Instance without a root_block_device: the root follows the AMI (unknown, not a finding).
resource "aws_instance" "stateless" { # srm: ok SRM-EC2-002
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
}

# Launch template: an encrypted EBS mapping and an instance-store mapping.
resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = "ami-0c55b159cbfafe1f0"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs { # srm: ok SRM-EC2-002
      volume_size = 50
      encrypted   = "true"
    }
  }

  block_device_mappings { # srm: ok SRM-EC2-002
    device_name  = "/dev/sdb"
    virtual_name = "ephemeral0"
  }
}

# Launch configuration with encrypted root and data devices.
resource "aws_launch_configuration" "batch" {
  name_prefix   = "batch-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "c6i.large"

  root_block_device { # srm: ok SRM-EC2-002
    encrypted = true
  }

  ebs_block_device { # srm: ok SRM-EC2-002
    device_name = "/dev/sdf"
    encrypted   = true
  }
}
