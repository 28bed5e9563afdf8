resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.10.0/24"
}

resource "aws_subnet" "public" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = true
}

# In a private subnet (map_public_ip_on_launch defaults to false).
resource "aws_instance" "app" { # srm: ok SRM-EC2-003
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"
  subnet_id     = aws_subnet.private.id
}

# In a public subnet but declining the public IP.
resource "aws_instance" "worker" {
  ami                         = "ami-0c55b159cbfafe1f0"
  instance_type               = "t3.small"
  subnet_id                   = aws_subnet.public.id # srm: ok SRM-EC2-003
  associate_public_ip_address = false
}

# Subnet not in scope: passes.
resource "aws_instance" "reporting" { # srm: ok SRM-EC2-003
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"
  subnet_id     = "subnet-0123456789abcdef0"
}

# Launch template and configuration without public IPs.
resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = "ami-0c55b159cbfafe1f0"

  network_interfaces { # srm: ok SRM-EC2-003
    device_index                = 0
    associate_public_ip_address = false
  }
}

resource "aws_launch_configuration" "batch" { # srm: ok SRM-EC2-003
  name_prefix   = "batch-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "c6i.large"
}
