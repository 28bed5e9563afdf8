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
}

# A predefined policy that still allows TLS 1.0.
resource "aws_load_balancer_policy" "reference_2016" {
  load_balancer_name = aws_elb.legacy.name
  policy_name        = "acme-reference-2016"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-2016-08" # srm: expect SRM-ELB-004
  }
}

# A custom policy enabling TLS 1.0 and the RC4 and 3DES ciphers.
resource "aws_load_balancer_policy" "custom_legacy" {
  load_balancer_name = aws_elb.legacy.name
  policy_name        = "acme-custom-legacy"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Protocol-TLSv1"
    value = "true" # srm: expect SRM-ELB-004
  }

  policy_attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }

  policy_attribute {
    name  = "ECDHE-RSA-AES128-GCM-SHA256"
    value = "true"
  }

  policy_attribute {
    name  = "RC4-SHA"
    value = "true" # srm: expect SRM-ELB-004
  }

  policy_attribute {
    name  = "DES-CBC3-SHA"
    value = "true" # srm: expect SRM-ELB-004
  }
}

# SSLv3 switched on explicitly.
resource "aws_load_balancer_policy" "sslv3" {
  load_balancer_name = aws_elb.legacy.name
  policy_name        = "acme-sslv3"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Protocol-SSLv3"
    value = "true" # srm: expect SRM-ELB-004
  }

  policy_attribute {
    name  = "AES128-SHA"
    value = "true"
  }
}

# The SSL negotiation policy resource enabling TLS 1.1.
resource "aws_lb_ssl_negotiation_policy" "listener_443" {
  name          = "acme-negotiation-443"
  load_balancer = aws_elb.legacy.id
  lb_port       = 443

  attribute {
    name  = "Protocol-TLSv1.1"
    value = "true" # srm: expect SRM-ELB-004
  }

  attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }

  attribute {
    name  = "ECDHE-RSA-AES128-GCM-SHA256"
    value = "true"
  }
}
