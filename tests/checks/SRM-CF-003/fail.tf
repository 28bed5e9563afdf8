resource "aws_s3_bucket" "site" {
  bucket = "acme-site-content"
}

resource "aws_s3_bucket" "media" {
  bucket = "acme-media-library"
}

resource "aws_s3_bucket" "downloads" {
  bucket = "acme-downloads"
}

resource "aws_cloudfront_distribution" "site" {
  enabled             = true
  default_root_object = "index.html"
  web_acl_id          = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/acme-edge/5d2e1a3b-8c4f-4e6a-9b7d-0c1e2f3a4b5c"

  # The bucket's regional domain name, without OAC or OAI: the bucket must be public.
  origin { # srm: expect SRM-CF-003
    domain_name = aws_s3_bucket.site.bucket_regional_domain_name
    origin_id   = "site"
  }

  # A literal regional REST endpoint with an empty origin access identity.
  origin { # srm: expect SRM-CF-003
    domain_name = "acme-media-library.s3.eu-west-1.amazonaws.com"
    origin_id   = "media"

    s3_origin_config {
      origin_access_identity = ""
    }
  }

  # A REST endpoint built from the bucket name.
  origin { # srm: expect SRM-CF-003
    domain_name = "${aws_s3_bucket.downloads.id}.s3.amazonaws.com"
    origin_id   = "downloads"
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
