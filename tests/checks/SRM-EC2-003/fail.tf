resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = true
}

# Asks for a public IP explicitly.
resource "aws_instance" "bastion" {
  ami                         = "ami-0c55b159cbfafe1f0"
  instance_type               = "t3.micro"
  subnet_id                   = "subnet-0123456789abcdef0"
  associate_public_ip_address = true # srm: expect SRM-EC2-003
}

# Says nothing, but its subnet maps public IPs on launch.
resource "aws_instance" "web" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"
  subnet_id     = aws_subnet.public.id # srm: expect SRM-EC2-003
}

# Launch template network interface with a public IP.
resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = "ami-0c55b159cbfafe1f0"

  network_interfaces {
    device_index                = 0
    associate_public_ip_address = true # srm: expect SRM-EC2-003
    security_groups             = ["sg-0123456789abcdef0"]
  }
}

# Launch configuration with a public IP.
resource "aws_launch_configuration" "batch" {
  name_prefix                 = "batch-"
  image_id                    = "ami-0c55b159cbfafe1f0"
  instance_type               = "c6i.large"
  associate_public_ip_address = true # srm: expect SRM-EC2-003
}
