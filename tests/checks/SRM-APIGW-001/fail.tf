resource "aws_api_gateway_rest_api" "orders" {
  name = "acme-orders"
}

resource "aws_api_gateway_resource" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  parent_id   = aws_api_gateway_rest_api.orders.root_resource_id
  path_part   = "orders"
}

# Anyone can create orders: no authorizer, no API key.
resource "aws_api_gateway_method" "create_order" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "POST"
  authorization = "NONE" # srm: expect SRM-APIGW-001
}

# An API key that is explicitly not required does not help.
resource "aws_api_gateway_method" "list_orders" {
  rest_api_id      = aws_api_gateway_rest_api.orders.id
  resource_id      = aws_api_gateway_resource.orders.id
  http_method      = "GET"
  authorization    = "NONE" # srm: expect SRM-APIGW-001
  api_key_required = false
}
