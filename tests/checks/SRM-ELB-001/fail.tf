resource "aws_lb" "web" {
  name               = "acme-web"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
}

resource "aws_lb_target_group" "web" {
  name     = "acme-web"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-0123456789abcdef0"
}

# An HTTP listener that forwards to the targets: served in clear text.
resource "aws_lb_listener" "http_forward" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward" # srm: expect SRM-ELB-001
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# The protocol defaults to HTTP on an Application Load Balancer.
resource "aws_alb_listener" "default_protocol" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8080

  default_action {
    type = "fixed-response" # srm: expect SRM-ELB-001

    fixed_response {
      content_type = "text/plain"
      message_body = "maintenance"
      status_code  = "503"
    }
  }
}

# A redirect that keeps the request protocol (the provider default "#{protocol}") stays on HTTP.
resource "aws_lb_listener" "redirect_same_protocol" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8081
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect { # srm: expect SRM-ELB-001
      host        = "www.example.com"
      status_code = "HTTP_301"
    }
  }
}

# A redirect to another HTTP port.
resource "aws_lb_listener" "redirect_to_http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8082
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      port        = "80"
      protocol    = "HTTP" # srm: expect SRM-ELB-001
      status_code = "HTTP_302"
    }
  }
}

# A classic load balancer with an HTTP and a TCP front end.
resource "aws_elb" "legacy" {
  name               = "acme-legacy"
  availability_zones = ["us-east-1a", "us-east-1b"]

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http" # srm: expect SRM-ELB-001
  }

  listener {
    instance_port     = 5000
    instance_protocol = "tcp"
    lb_port           = 5000
    lb_protocol       = "TCP" # srm: expect SRM-ELB-001
  }

  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https" # srm: ok SRM-ELB-001
    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/0b7f7a6e-2c5e-4b8a-9d3e-6f1a2b3c4d5e"
  }
}
