# Exactly one year.
resource "aws_cloudwatch_log_group" "api" {
  name              = "/ecs/orders-api"
  retention_in_days = 365 # srm: ok SRM-CW-001
}

# Not written: events never expire.
resource "aws_cloudwatch_log_group" "audit" { # srm: ok SRM-CW-001
  name = "/security/audit"
}

# 0 also means never expire.
resource "aws_cloudwatch_log_group" "cloudtrail" {
  name              = "/aws/cloudtrail/management"
  retention_in_days = 0 # srm: ok SRM-CW-001
}

# Longer than a year.
resource "aws_cloudwatch_log_group" "vpc_flow_logs" {
  name              = "/vpc/flow-logs"
  retention_in_days = 731 # srm: ok SRM-CW-001
}

# A variable without a default cannot be judged: unknown, not a finding.
variable "worker_log_retention_days" {
  type = number
}

resource "aws_cloudwatch_log_group" "worker" {
  name              = "/aws/lambda/invoice-worker"
  retention_in_days = var.worker_log_retention_days # srm: unknown SRM-CW-001
}
