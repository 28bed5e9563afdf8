# Unprivileged containers with one added capability instead of privileged mode.
resource "aws_ecs_task_definition" "web" {
  family       = "web"
  network_mode = "awsvpc"
  pid_mode     = "task"
  container_definitions = jsonencode([
    {
      name      = "web"
      image     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/web:3.2.1"
      essential = true
      linuxParameters = {
        capabilities = { add = ["NET_BIND_SERVICE"], drop = ["ALL"] }
      }
    },
    {
      name       = "log-router"
      image      = "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable"
      essential  = false
      privileged = false
    }
  ])
}

# The same in a JSON heredoc.
resource "aws_ecs_task_definition" "worker" {
  family = "worker"

  container_definitions = <<-JSON
    [
      {
        "name": "worker",
        "image": "111122223333.dkr.ecr.eu-west-1.amazonaws.com/worker:1.0.4",
        "essential": true,
        "readonlyRootFilesystem": true
      }
    ]
  JSON
}
