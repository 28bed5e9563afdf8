# enable defaults to true.
resource "aws_guardduty_detector" "primary" { # srm: ok SRM-GD-001
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}

# Explicitly enabled.
resource "aws_guardduty_detector" "replica_region" {
  enable = true # srm: ok SRM-GD-001
}

# A variable without a default cannot be judged: unknown, not a finding.
variable "sandbox_guardduty_enabled" {
  type = bool
}

resource "aws_guardduty_detector" "sandbox" {
  enable = var.sandbox_guardduty_enabled # srm: unknown SRM-GD-001
}
