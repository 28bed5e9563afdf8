# A detector declared but switched off.
resource "aws_guardduty_detector" "primary" {
  enable = false # srm: expect SRM-GD-001
}

# Switched off through a variable whose default is false.
variable "guardduty_enabled" {
  type    = bool
  default = false
}

resource "aws_guardduty_detector" "replica_region" {
  enable                       = var.guardduty_enabled # srm: expect SRM-GD-001
  finding_publishing_frequency = "SIX_HOURS"
}
