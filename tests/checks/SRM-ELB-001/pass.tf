resource "aws_lb" "web" {
  name    = "acme-web"
  subnets = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
}

resource "aws_lb" "nlb" {
  name               = "acme-nlb"
  load_balancer_type = "network"
  subnets            = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
}

resource "aws_lb" "inspection" {
  name               = "acme-inspection"
  load_balancer_type = "gateway"
  subnets            = ["subnet-0a1b2c3d4e5f60718"]
}

resource "aws_lb_target_group" "web" {
  name     = "acme-web"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-0123456789abcdef0"
}

resource "aws_lb_target_group" "tcp" {
  name     = "acme-tcp"
  port     = 5000
  protocol = "TCP"
  vpc_id   = "vpc-0123456789abcdef0"
}

resource "aws_lb_target_group" "appliances" {
  name     = "acme-appliances"
  port     = 6081
  protocol = "GENEVE"
  vpc_id   = "vpc-0123456789abcdef0"
}

# HTTP redirected to HTTPS.
resource "aws_lb_listener" "http_redirect" {
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

# The HTTPS listener that serves the traffic.
resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = "arn:aws:acm:us-east-1:111122223333:certificate/0b7f7a6e-2c5e-4b8a-9d3e-6f1a2b3c4d5e"

  default_action {
    type             = "forward" # srm: ok SRM-ELB-001
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# A TCP listener on a Network Load Balancer is out of scope.
resource "aws_lb_listener" "tcp" {
  load_balancer_arn = aws_lb.nlb.arn
  port              = 5000
  protocol          = "TCP"

  default_action {
    type             = "forward" # srm: ok SRM-ELB-001
    target_group_arn = aws_lb_target_group.tcp.arn
  }
}

# A Gateway Load Balancer listener has neither protocol nor port.
resource "aws_lb_listener" "geneve" {
  load_balancer_arn = aws_lb.inspection.id

  default_action {
    type             = "forward" # srm: ok SRM-ELB-001
    target_group_arn = aws_lb_target_group.appliances.arn
  }
}

# Classic load balancer terminating HTTPS and SSL only.
resource "aws_elb" "legacy" {
  name               = "acme-legacy"
  availability_zones = ["us-east-1a", "us-east-1b"]

  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/0b7f7a6e-2c5e-4b8a-9d3e-6f1a2b3c4d5e"
  }

  listener {
    instance_port      = 5000
    instance_protocol  = "tcp"
    lb_port            = 5443
    lb_protocol        = "ssl"
    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/0b7f7a6e-2c5e-4b8a-9d3e-6f1a2b3c4d5e"
  }
}
