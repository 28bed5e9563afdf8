resource "aws_ecs_cluster" "main" {
  name = "orders"
}

resource "aws_ecs_task_definition" "api" {
  family                   = "orders-api"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "512"
  container_definitions = jsonencode([
    { name = "api", image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/orders-api:2.4.0", essential = true }
  ])
}

# Private subnets; assign_public_ip is left at its default (false).
resource "aws_ecs_service" "api" {
  name            = "orders-api"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.api.arn
  launch_type     = "FARGATE"

  network_configuration {
    subnets         = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
    security_groups = ["sg-0123456789abcdef0"]
  }
}

# Explicitly private.
resource "aws_ecs_service" "worker" {
  name            = "orders-worker"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.api.arn
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-0a1b2c3d4e5f60718"]
    assign_public_ip = false
  }
}

# An EC2 service in bridge mode has no network configuration.
resource "aws_ecs_service" "legacy" {
  name            = "orders-legacy"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.api.arn
  desired_count   = 1
}
