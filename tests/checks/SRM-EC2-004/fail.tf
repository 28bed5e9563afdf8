# A heredoc script exporting a secret-looking variable and an AWS access key pair.
resource "aws_instance" "web" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  user_data     = <<-EOF
    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE # srm: expect SRM-EC2-004
    export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY # srm: expect SRM-EC2-004
    export AWS_DEFAULT_REGION=eu-west-1
    yum install -y httpd
  EOF
}

# Launch templates take base64: a literal base64 body is decoded before it is checked.
resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.small"
  user_data     = "IyEvYmluL2Jhc2gKZXhwb3J0IERCX1BBU1NXT1JEPSJPcmRlcnMtRGItUHctMjAyNCIK" # srm: expect SRM-EC2-004
}

# user_data_base64 holding gzip-compressed user data.
resource "aws_instance" "batch" {
  ami              = "ami-0abcdef1234567890"
  instance_type    = "t3.micro"
  user_data_base64 = "H4sIAAAAAAACA1NW1E/KzNNPSizO4EqtKMgvKlFwDA+Od3R2dg0Ojvd2jYz3dLF19PZ09PQPdvN38fMzd41w9A3wceUCAI5ph/A6AAAA" # srm: expect SRM-EC2-004
}

# A launch configuration writing credentials into a config file, and a database URL with a password.
resource "aws_launch_configuration" "legacy" {
  name_prefix   = "legacy-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    echo "spring.datasource.password=Legacy-Db-Pw-1" >> /opt/app/application.properties # srm: expect SRM-EC2-004
    echo "DATABASE_URL=postgres://app:Legacy-Db-Pw-1@db.internal:5432/app" >> /etc/environment # srm: expect SRM-EC2-004
  EOT
}

# User data from a local with a literal secret: reported at the local.
locals {
  bastion_user_data = <<-EOT
    #cloud-config
    password: Bastion-Console-Pw # srm: expect SRM-EC2-004
    chpasswd: { expire: false }
  EOT
}

resource "aws_instance" "bastion" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  user_data     = local.bastion_user_data
}
