resource "aws_api_gateway_rest_api" "orders" {
  name = "acme-orders"
}

resource "aws_api_gateway_resource" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  parent_id   = aws_api_gateway_rest_api.orders.root_resource_id
  path_part   = "orders"
}

resource "aws_api_gateway_model" "order" {
  rest_api_id  = aws_api_gateway_rest_api.orders.id
  name         = "Order"
  content_type = "application/json"
  schema = jsonencode({
    type     = "object"
    required = ["sku", "quantity"]
  })
}

# A POST body goes to the backend unvalidated, although a model is declared.
resource "aws_api_gateway_method" "create_order" { # srm: expect SRM-APIGW-003
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "POST"
  authorization = "AWS_IAM"
  request_models = {
    "application/json" = aws_api_gateway_model.order.name
  }
}

# Required query parameters are declared but never checked.
resource "aws_api_gateway_method" "search_orders" { # srm: expect SRM-APIGW-003
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "GET"
  authorization = "AWS_IAM"
  request_parameters = {
    "method.request.querystring.customer" = true
  }
}
