# A VPC with a flow log to CloudWatch Logs.
resource "aws_vpc" "main" { # srm: ok SRM-NET-006
  cidr_block = "10.0.0.0/16"
}

resource "aws_cloudwatch_log_group" "flow_logs" {
  name              = "/vpc/flow-logs"
  retention_in_days = 90
}

resource "aws_flow_log" "main" {
  iam_role_arn    = "arn:aws:iam::111122223333:role/flow-logs"
  log_destination = aws_cloudwatch_log_group.flow_logs.arn
  traffic_type    = "ALL"
  vpc_id          = aws_vpc.main.id
}

# A VPC with a rejected-traffic flow log to S3.
resource "aws_vpc" "edge" { # srm: ok SRM-NET-006
  cidr_block = "10.2.0.0/16"
}

resource "aws_flow_log" "edge" {
  log_destination      = "arn:aws:s3:::acme-flow-logs"
  log_destination_type = "s3"
  traffic_type         = "REJECT"
  vpc_id               = aws_vpc.edge.id
}
