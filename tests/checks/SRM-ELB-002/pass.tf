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

# The recommended TLS 1.3 policy.
resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = "arn:aws:acm:us-east-1:111122223333:certificate/0b7f7a6e-2c5e-4b8a-9d3e-6f1a2b3c4d5e"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# Post-quantum and FIPS variants of the TLS 1.2+ policies.
resource "aws_lb_listener" "https_pq" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09"
  certificate_arn   = "arn:aws:acm:us-east-1:111122223333:certificate/0b7f7a6e-2c5e-4b8a-9d3e-6f1a2b3c4d5e"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb_listener" "tls_fips" {
  load_balancer_arn = aws_lb.nlb.arn
  port              = 8443
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04"
  certificate_arn   = "arn:aws:acm:us-east-1:111122223333:certificate/0b7f7a6e-2c5e-4b8a-9d3e-6f1a2b3c4d5e"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.tls.arn
  }
}

# A TLS 1.2-only forward-secrecy policy.
resource "aws_lb_listener" "https_fs_1_2" {
  load_balancer_arn = aws_lb.web.arn
  port              = 9443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-FS-1-2-Res-2020-10"
  certificate_arn   = "arn:aws:acm:us-east-1:111122223333:certificate/0b7f7a6e-2c5e-4b8a-9d3e-6f1a2b3c4d5e"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# Plain HTTP and TCP listeners have no TLS policy (HTTP is SRM-ELB-001's concern).
resource "aws_lb_listener" "http" { # srm: ok SRM-ELB-002
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener" "tcp" { # srm: ok SRM-ELB-002
  load_balancer_arn = aws_lb.nlb.arn
  port              = 8080
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.tls.arn
  }
}
