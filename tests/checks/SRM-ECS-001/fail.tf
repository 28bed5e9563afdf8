# A privileged sidecar, written with jsonencode().
resource "aws_ecs_task_definition" "monitoring" {
  family = "node-monitoring"
  container_definitions = jsonencode([
    {
      name      = "app"
      image     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1.8.0"
      essential = true
    },
    {
      name       = "agent"
      image      = "public.ecr.aws/example/agent:7"
      essential  = false
      privileged = true # srm: expect SRM-ECS-001
    },
  ])
}

# A task sharing the host's process namespace (container definitions in a JSON heredoc).
resource "aws_ecs_task_definition" "debugger" {
  family   = "host-debugger"
  pid_mode = "host" # srm: expect SRM-ECS-001

  container_definitions = <<-JSON
    [
      {
        "name": "debugger",
        "image": "public.ecr.aws/example/debugger:2",
        "essential": true,
        "linuxParameters": {"capabilities": {"add": ["SYS_PTRACE"]}}
      }
    ]
  JSON
}

# A one-line JSON string: the finding sits on the attribute.
resource "aws_ecs_task_definition" "builder" {
  family                = "docker-builder"
  container_definitions = "[{\"name\":\"builder\",\"image\":\"docker:27-dind\",\"essential\":true,\"privileged\":true}]" # srm: expect SRM-ECS-001
}

# A near miss: privileged explicitly false.
resource "aws_ecs_task_definition" "web" {
  family = "web"
  container_definitions = jsonencode([
    {
      name       = "web"
      image      = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/web:3.2.1"
      essential  = true
      privileged = false # srm: ok SRM-ECS-001
    }
  ])
}
