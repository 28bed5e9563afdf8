variable "legacy_tls_policy" {
  type    = string
  default = "ELBSecurityPolicy-TLS-1-1-2017-01"
}

resource "aws_lb" "web" {
  name    = "acme-web"
  subnets = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
}

resource "aws_lb" "nlb" {
  name               = "acme-nlb"
  load_balancer_type = "network"
  subnets            = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
}

resource "aws_lb_target_group" "web" {
  name     = "acme-web"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-0123456789abcdef0"
}

resource "aws_lb_target_group" "tls" {
  name     = "acme-tls"
  port     = 8443
  protocol = "TCP"
  vpc_id   = "vpc-0123456789abcdef0"
}

# No policy: the listener gets ELBSecurityPolicy-2016-08 (TLS 1.0 and 1.1 allowed).
resource "aws_lb_listener" "https_default_policy" { # srm: expect SRM-ELB-002
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:us-east-1:111122223333:certificate/0b7f7a6e-2c5e-4b8a-9d3e-6f1a2b3c4d5e"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# TLS13-1-0 supports TLS 1.3 but still allows TLS 1.0 (a plain "TLS13" prefix is not enough).
resource "aws_lb_listener" "https_tls13_1_0" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-0-2021-06" # srm: expect SRM-ELB-002
  certificate_arn   = "arn:aws:acm:us-east-1:111122223333:certificate/0b7f7a6e-2c5e-4b8a-9d3e-6f1a2b3c4d5e"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# A forward-secrecy policy from 2018 that still allows TLS 1.0.
resource "aws_alb_listener" "https_fs_2018" {
  load_balancer_arn = aws_lb.web.arn
  port              = 9443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-FS-2018-06" # srm: expect SRM-ELB-002
  certificate_arn   = "arn:aws:acm:us-east-1:111122223333:certificate/0b7f7a6e-2c5e-4b8a-9d3e-6f1a2b3c4d5e"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# A TLS listener on a Network Load Balancer, policy from a variable that allows TLS 1.1.
resource "aws_lb_listener" "tls_legacy" {
  load_balancer_arn = aws_lb.nlb.arn
  port              = 8443
  protocol          = "TLS"
  ssl_policy        = var.legacy_tls_policy # srm: expect SRM-ELB-002
  certificate_arn   = "arn:aws:acm:us-east-1:111122223333:certificate/0b7f7a6e-2c5e-4b8a-9d3e-6f1a2b3c4d5e"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.tls.arn
  }
}
