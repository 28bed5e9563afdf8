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

# The TLS 1.2 predefined policy.
resource "aws_load_balancer_policy" "tls12" {
  load_balancer_name = aws_elb.legacy.name
  policy_name        = "acme-tls12"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}

# A custom policy: weak protocols and ciphers listed but switched off.
resource "aws_load_balancer_policy" "custom_modern" {
  load_balancer_name = aws_elb.legacy.name
  policy_name        = "acme-custom-modern"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }

  policy_attribute {
    name  = "Protocol-TLSv1"
    value = "false" # srm: ok SRM-ELB-004
  }

  policy_attribute {
    name  = "RC4-SHA"
    value = "false" # srm: ok SRM-ELB-004
  }

  policy_attribute {
    name  = "Server-Defined-Cipher-Order"
    value = "true"
  }

  policy_attribute {
    name  = "ECDHE-RSA-AES128-GCM-SHA256"
    value = "true"
  }
}

# Other policy types are out of scope.
resource "aws_load_balancer_policy" "backend_auth" {
  load_balancer_name = aws_elb.legacy.name
  policy_name        = "acme-proxy-protocol"
  policy_type_name   = "ProxyProtocolPolicyType"

  policy_attribute {
    name  = "ProxyProtocol"
    value = "true"
  }
}

# The SSL negotiation policy resource referencing the TLS 1.2 policy.
resource "aws_lb_ssl_negotiation_policy" "listener_443" {
  name          = "acme-negotiation-443"
  load_balancer = aws_elb.legacy.id
  lb_port       = 443

  attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}
