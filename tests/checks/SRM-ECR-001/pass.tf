# Scan on push at the repository.
resource "aws_ecr_repository" "web" {
  name = "web-frontend"

  image_scanning_configuration {
    scan_on_push = true
  }
}

# Repositories covered by registry-level scanning rules.
resource "aws_ecr_registry_scanning_configuration" "this" {
  scan_type = "ENHANCED"

  rule {
    scan_frequency = "SCAN_ON_PUSH"
    repository_filter {
      filter      = "payments-*"
      filter_type = "WILDCARD"
    }
  }

  rule {
    scan_frequency = "CONTINUOUS_SCAN"
    repository_filter {
      filter      = "platform/*"
      filter_type = "WILDCARD"
    }
  }
}

resource "aws_ecr_repository" "payments" {
  name = "payments-api"
}

resource "aws_ecr_repository" "ingress" {
  name = "platform/ingress-controller"
}
