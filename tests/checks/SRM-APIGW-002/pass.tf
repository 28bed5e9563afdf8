resource "aws_apigatewayv2_api" "orders" {
  name          = "acme-orders"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_api" "chat" {
  name                       = "acme-chat"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_authorizer" "users" {
  api_id           = aws_apigatewayv2_api.orders.id
  authorizer_type  = "JWT"
  identity_sources = ["$request.header.Authorization"]
  name             = "acme-users"

  jwt_configuration {
    audience = ["acme-orders"]
    issuer   = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab12Cd34E"
  }
}

# A JWT authorizer.
resource "aws_apigatewayv2_route" "create_order" {
  api_id             = aws_apigatewayv2_api.orders.id
  route_key          = "POST /orders"
  authorization_type = "JWT"
  authorizer_id      = aws_apigatewayv2_authorizer.users.id
}

# IAM authorization.
resource "aws_apigatewayv2_route" "delete_order" {
  api_id             = aws_apigatewayv2_api.orders.id
  route_key          = "DELETE /orders/{id}"
  authorization_type = "AWS_IAM"
}

# CORS preflight routes must stay unauthenticated.
resource "aws_apigatewayv2_route" "preflight" { # srm: ok SRM-APIGW-002
  api_id    = aws_apigatewayv2_api.orders.id
  route_key = "OPTIONS /{proxy+}"
}

# WebSocket: $connect is authorized; message routes and $disconnect cannot carry an authorizer.
resource "aws_apigatewayv2_route" "chat_connect" {
  api_id             = aws_apigatewayv2_api.chat.id
  route_key          = "$connect"
  authorization_type = "AWS_IAM"
}

resource "aws_apigatewayv2_route" "chat_message" { # srm: ok SRM-APIGW-002
  api_id    = aws_apigatewayv2_api.chat.id
  route_key = "sendmessage"
}

resource "aws_apigatewayv2_route" "chat_disconnect" { # srm: ok SRM-APIGW-002
  api_id    = aws_apigatewayv2_api.chat.id
  route_key = "$disconnect"
}
