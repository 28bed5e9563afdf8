resource "aws_secretsmanager_secret" "orders_db" {
  name = "prod/orders/db"
}

# Secrets come from Secrets Manager through `secrets`; environment holds configuration only.
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
        { name = "DB_PASSWORD_SECRET_ARN", value = aws_secretsmanager_secret.orders_db.arn }, # srm: ok SRM-ECS-002
        { name = "TOKEN_TTL", value = "3600" },                                             # srm: ok SRM-ECS-002
        { name = "AWS_REGION", value = "eu-west-1" },                                        # srm: ok SRM-ECS-002
      ]
      secrets = [
        { name = "DB_PASSWORD", valueFrom = "${aws_secretsmanager_secret.orders_db.arn}:password::" },
      ]
    }
  ])
}

# JSON heredoc without secrets.
resource "aws_ecs_task_definition" "worker" {
  family = "worker"
  container_definitions = <<-JSON
    [
      {
        "name": "worker",
        "image": "public.ecr.aws/docker/library/python:3.12",
        "environment": [
          {"name": "QUEUE_URL", "value": "https://sqs.eu-west-1.amazonaws.com/123456789012/jobs"},
          {"name": "BROKER_URL", "value": "amqp://rabbitmq.internal:5672/"}
        ],
        "secrets": [
          {"name": "BROKER_PASSWORD", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/prod/broker/password"}
        ]
      }
    ]
  JSON
}
