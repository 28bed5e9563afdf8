locals {
  rules = [
    { port = 22, cidrs = ["0.0.0.0/0"] },
    { port = 443, cidrs = ["0.0.0.0/0"] },
  ]
}

resource "aws_security_group" "web" {
  # expanded over a known list: one ingress per element
  dynamic "ingress" { # srm: expect SRM-NET-001
    for_each = local.rules
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidrs
    }
  }
}
