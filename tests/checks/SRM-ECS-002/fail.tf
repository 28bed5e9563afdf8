# container_definitions written with jsonencode(): entries are located line by line.
resource "aws_ecs_task_definition" "orders_api" {
  family                   = "orders-api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  container_definitions = jsonencode([
    {
      name  = "orders-api"
      image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders-api:1.4.2"
      environment = [
        { name = "DB_HOST", value = "orders.cluster-abc123.eu-west-1.rds.amazonaws.com" },
        { name = "DB_PASSWORD", value = "Orders-Db-Pw-2024" }, # srm: expect SRM-ECS-002
        { name = "AWS_ACCESS_KEY_ID", value = "AKIAIOSFODNN7EXAMPLE" }, # srm: expect SRM-ECS-002
        { name = "AWS_SECRET_ACCESS_KEY", value = var.legacy_secret_access_key }, # srm: expect SRM-ECS-002
      ]
    }
  ])
}

# The FSBP keys fail whatever their value: the value lands in the task definition in clear text.
variable "legacy_secret_access_key" {
  type      = string
  sensitive = true
}

# container_definitions as a one-line JSON string: findings sit on the attribute.
resource "aws_ecs_task_definition" "worker" {
  family                = "worker"
  container_definitions = "[{\"name\":\"worker\",\"image\":\"public.ecr.aws/docker/library/python:3.12\",\"environment\":[{\"name\":\"ECS_ENGINE_AUTH_DATA\",\"value\":\"{}\"},{\"name\":\"BROKER_URL\",\"value\":\"amqp://worker:Worker-Pw-99@rabbitmq.internal:5672/\"}]}]" # srm: expect SRM-ECS-002
}
