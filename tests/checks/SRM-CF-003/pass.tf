resource "aws_s3_bucket" "site" {
  bucket = "acme-site-content"
}

resource "aws_s3_bucket" "archive" {
  bucket = "acme-archive"
}

resource "aws_s3_bucket" "docs" {
  bucket = "acme-docs-website"
}

resource "aws_s3_bucket_website_configuration" "docs" {
  bucket = aws_s3_bucket.docs.id

  index_document {
    suffix = "index.html"
  }
}

resource "aws_cloudfront_origin_access_control" "site" {
  name                              = "acme-site"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_origin_access_identity" "archive" {
  comment = "acme archive"
}

resource "aws_lb" "api" {
  name    = "acme-api"
  subnets = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
}

resource "aws_cloudfront_distribution" "site" {
  enabled             = true
  default_root_object = "index.html"
  web_acl_id          = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/acme-edge/5d2e1a3b-8c4f-4e6a-9b7d-0c1e2f3a4b5c"

  # Origin access control.
  origin { # srm: ok SRM-CF-003
    domain_name              = aws_s3_bucket.site.bucket_regional_domain_name
    origin_id                = "site"
    origin_access_control_id = aws_cloudfront_origin_access_control.site.id
  }

  # A legacy origin access identity still keeps the bucket private.
  origin { # srm: ok SRM-CF-003
    domain_name = aws_s3_bucket.archive.bucket_domain_name
    origin_id   = "archive"

    s3_origin_config {
      origin_access_identity = aws_cloudfront_origin_access_identity.archive.cloudfront_access_identity_path
    }
  }

  # An S3 website endpoint is a custom origin: OAC does not apply.
  origin { # srm: ok SRM-CF-003
    domain_name = aws_s3_bucket_website_configuration.docs.website_endpoint
    origin_id   = "docs"

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  # A load balancer origin.
  origin { # srm: ok SRM-CF-003
    domain_name = aws_lb.api.dns_name
    origin_id   = "api"

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
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
