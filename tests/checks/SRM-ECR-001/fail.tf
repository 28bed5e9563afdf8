# No image scanning configuration: scan on push defaults to false.
resource "aws_ecr_repository" "tools" { # srm: expect SRM-ECR-001
  name = "dev-tools"
}

# Scanning explicitly turned off.
resource "aws_ecr_repository" "web" {
  name = "web-frontend"

  image_scanning_configuration {
    scan_on_push = false # srm: expect SRM-ECR-001
  }
}

# The registry scans only repositories whose names start with payments-.
resource "aws_ecr_registry_scanning_configuration" "this" {
  scan_type = "ENHANCED"

  rule {
    scan_frequency = "CONTINUOUS_SCAN"
    repository_filter {
      filter      = "payments-*"
      filter_type = "WILDCARD"
    }
  }
}

resource "aws_ecr_repository" "billing" { # srm: expect SRM-ECR-001
  name = "billing-api"
}

# A near miss: covered by the registry rule.
resource "aws_ecr_repository" "payments" { # srm: ok SRM-ECR-001
  name = "payments-api"
}
