# Two weeks of application logs.
resource "aws_cloudwatch_log_group" "api" {
  name              = "/ecs/orders-api"
  retention_in_days = 14 # srm: expect SRM-CW-001
}

# 180 days is still below a year.
resource "aws_cloudwatch_log_group" "vpc_flow_logs" {
  name              = "/vpc/flow-logs"
  retention_in_days = 180 # srm: expect SRM-CW-001
}

# Retention from a variable whose default is 30.
variable "lambda_log_retention_days" {
  type    = number
  default = 30
}

resource "aws_cloudwatch_log_group" "worker" {
  name              = "/aws/lambda/invoice-worker"
  retention_in_days = var.lambda_log_retention_days # srm: expect SRM-CW-001
}
