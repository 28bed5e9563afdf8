resource "aws_apigatewayv2_api" "orders" {
  name          = "acme-orders"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_api" "chat" {
  name                       = "acme-chat"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_integration" "orders" {
  api_id                 = aws_apigatewayv2_api.orders.id
  integration_type       = "AWS_PROXY"
  integration_uri        = "arn:aws:lambda:us-east-1:111122223333:function:acme-orders"
  payload_format_version = "2.0"
}

# authorization_type left out defaults to NONE: the finding sits on the resource.
resource "aws_apigatewayv2_route" "create_order" { # srm: expect SRM-APIGW-002
  api_id    = aws_apigatewayv2_api.orders.id
  route_key = "POST /orders"
  target    = "integrations/${aws_apigatewayv2_integration.orders.id}"
}

# Written out.
resource "aws_apigatewayv2_route" "catch_all" {
  api_id             = aws_apigatewayv2_api.orders.id
  route_key          = "$default"
  authorization_type = "NONE" # srm: expect SRM-APIGW-002
  target             = "integrations/${aws_apigatewayv2_integration.orders.id}"
}

# A WebSocket API authorizes on $connect.
resource "aws_apigatewayv2_route" "chat_connect" {
  api_id             = aws_apigatewayv2_api.chat.id
  route_key          = "$connect"
  authorization_type = "NONE" # srm: expect SRM-APIGW-002
}
