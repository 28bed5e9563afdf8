variable "ssh_sources" {
  type = list(string)
}

resource "aws_security_group" "web" {
  ingress { # srm: expect SRM-NET-001
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.ssh_sources
  }
}
