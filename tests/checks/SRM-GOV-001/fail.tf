# GuardDuty is on, but Security Hub is not enabled anywhere in scope. # srm: expect SRM-GOV-001

resource "aws_guardduty_detector" "primary" {
  enable = true
}
