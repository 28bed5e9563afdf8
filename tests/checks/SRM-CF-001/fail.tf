# The default behavior lets viewers use plain HTTP.
resource "aws_cloudfront_distribution" "assets" {
  enabled     = true
  web_acl_id  = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/acme-edge/5d2e1a3b-8c4f-4e6a-9b7d-0c1e2f3a4b5c"
  price_class = "PriceClass_100"

  origin {
    domain_name = "origin.example.com"
    origin_id   = "app"

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = "allow-all" # srm: expect SRM-CF-001
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

# The default behavior redirects, but one ordered behavior allows HTTP.
resource "aws_cloudfront_distribution" "app" {
  enabled     = true
  web_acl_id  = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/acme-edge/5d2e1a3b-8c4f-4e6a-9b7d-0c1e2f3a4b5c"
  price_class = "PriceClass_100"

  origin {
    domain_name = "origin.example.com"
    origin_id   = "app"

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = "redirect-to-https" # srm: ok SRM-CF-001
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  ordered_cache_behavior {
    path_pattern           = "/api/*"
    target_origin_id       = "app"
    viewer_protocol_policy = "https-only"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
  }

  ordered_cache_behavior {
    path_pattern           = "/legacy/*"
    target_origin_id       = "app"
    viewer_protocol_policy = "allow-all" # srm: expect SRM-CF-001
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
