# A VPC with no flow log at all.
resource "aws_vpc" "main" { # srm: expect SRM-NET-006
  cidr_block = "10.0.0.0/16"
}

# A VPC whose only flow log watches one of its subnets, not the VPC.
resource "aws_vpc" "data" { # srm: expect SRM-NET-006
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "data_private" {
  vpc_id     = aws_vpc.data.id
  cidr_block = "10.1.1.0/24"
}

resource "aws_cloudwatch_log_group" "flow_logs" {
  name              = "/vpc/flow-logs"
  retention_in_days = 90
}

resource "aws_flow_log" "data_private" {
  iam_role_arn    = "arn:aws:iam::111122223333:role/flow-logs"
  log_destination = aws_cloudwatch_log_group.flow_logs.arn
  traffic_type    = "ALL"
  subnet_id       = aws_subnet.data_private.id
}
