resource "aws_api_gateway_rest_api" "orders" {
  name = "acme-orders"
}

resource "aws_api_gateway_resource" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  parent_id   = aws_api_gateway_rest_api.orders.root_resource_id
  path_part   = "orders"
}

resource "aws_api_gateway_request_validator" "full" {
  rest_api_id                 = aws_api_gateway_rest_api.orders.id
  name                        = "body-and-parameters"
  validate_request_body       = true
  validate_request_parameters = true
}

# A POST validated against its model.
resource "aws_api_gateway_method" "create_order" {
  rest_api_id          = aws_api_gateway_rest_api.orders.id
  resource_id          = aws_api_gateway_resource.orders.id
  http_method          = "POST"
  authorization        = "AWS_IAM"
  request_validator_id = aws_api_gateway_request_validator.full.id
}

# A GET without a body, models or declared parameters has nothing to validate.
resource "aws_api_gateway_method" "list_orders" { # srm: ok SRM-APIGW-003
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "GET"
  authorization = "AWS_IAM"
}
