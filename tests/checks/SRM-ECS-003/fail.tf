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

# Fargate tasks with public IPs.
resource "aws_ecs_service" "api" {
  name            = "orders-api"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.api.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
    security_groups  = ["sg-0123456789abcdef0"]
    assign_public_ip = true # srm: expect SRM-ECS-003
  }
}

# The flag arrives through a variable default.
variable "public_tasks" {
  type    = bool
  default = true
}

resource "aws_ecs_service" "worker" {
  name            = "orders-worker"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.api.arn
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-0a1b2c3d4e5f60718"]
    assign_public_ip = var.public_tasks # srm: expect SRM-ECS-003
  }
}

# A near miss: private tasks.
resource "aws_ecs_service" "internal" {
  name            = "orders-internal"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.api.arn
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-0a1b2c3d4e5f60718"]
    assign_public_ip = false # srm: ok SRM-ECS-003
  }
}
