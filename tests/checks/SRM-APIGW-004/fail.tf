resource "aws_api_gateway_rest_api" "orders" {
  name = "acme-orders"
}

resource "aws_api_gateway_deployment" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
}

# A REST stage without access logs.
resource "aws_api_gateway_stage" "prod" { # srm: expect SRM-APIGW-004
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = aws_api_gateway_deployment.orders.id
  stage_name    = "prod"

  xray_tracing_enabled = true
}

resource "aws_apigatewayv2_api" "events" {
  name          = "acme-events"
  protocol_type = "HTTP"
}

# An HTTP API stage without access logs.
resource "aws_apigatewayv2_stage" "default" { # srm: expect SRM-APIGW-004
  api_id      = aws_apigatewayv2_api.events.id
  name        = "$default"
  auto_deploy = true
}

resource "aws_api_gateway_rest_api" "legacy" {
  name = "acme-legacy"
}

# The deprecated stage_name of a deployment creates a stage that cannot log access.
resource "aws_api_gateway_deployment" "legacy" { # srm: expect SRM-APIGW-004
  rest_api_id = aws_api_gateway_rest_api.legacy.id
  stage_name  = "v1"
}
