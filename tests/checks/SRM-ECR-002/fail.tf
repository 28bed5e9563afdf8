# No image_tag_mutability: the default is MUTABLE.
resource "aws_ecr_repository" "web" { # srm: expect SRM-ECR-002
  name = "web-frontend"

  image_scanning_configuration {
    scan_on_push = true
  }
}

# MUTABLE written out.
resource "aws_ecr_repository" "api" {
  name                 = "orders-api"
  image_tag_mutability = "MUTABLE" # srm: expect SRM-ECR-002
}

# Mutable except for the release tags: every other tag can still be overwritten.
resource "aws_ecr_repository" "worker" {
  name                 = "orders-worker"
  image_tag_mutability = "MUTABLE_WITH_EXCLUSION" # srm: expect SRM-ECR-002

  image_tag_mutability_exclusion_filter {
    filter      = "release-*"
    filter_type = "WILDCARD"
  }
}

# A near miss: immutable tags.
resource "aws_ecr_repository" "billing" {
  name                 = "billing-api"
  image_tag_mutability = "IMMUTABLE" # srm: ok SRM-ECR-002
}
