"""Edge checks (ELB, CloudFront, API Gateway, WAF) where the code does not decide: the value is
reported unknown, never guessed into a finding or a silent pass."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

from srm_lint.engine import Settings, scan


def run(tmp_path: Path, name: str, text: str, check: str) -> tuple[set[int], set[int]]:
    """(finding lines, unknown lines) of one check on one file scanned alone."""
    path = tmp_path / name
    path.write_text(dedent(text), encoding="utf-8")
    report = scan([path], Settings(select=(check,)))
    assert report.errors == []
    return {f.location.line for f in report.findings}, {u.location.line for u in report.unknowns}


def test_association_with_an_unresolved_resource_arn_leaves_the_alb_unknown(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "main.tf", """\
        variable "alb_arn" {
          type = string
        }

        resource "aws_lb" "web" {
          name    = "acme-web"
          subnets = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
        }

        resource "aws_wafv2_web_acl_association" "web" {
          resource_arn = var.alb_arn
          web_acl_arn  = "arn:aws:wafv2:us-east-1:111122223333:regional/webacl/acme/5d2e1a3b"
        }
        """, "SRM-ELB-003")
    assert found == set() and unknown == {5}


def test_association_naming_another_resource_does_not_protect_the_alb(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "main.tf", """\
        resource "aws_lb" "web" {
          name    = "acme-web"
          subnets = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
        }

        resource "aws_api_gateway_stage" "prod" {
          rest_api_id   = "a1b2c3d4e5"
          deployment_id = "x1y2z3"
          stage_name    = "prod"
        }

        resource "aws_wafv2_web_acl_association" "api" {
          resource_arn = aws_api_gateway_stage.prod.arn
          web_acl_arn  = "arn:aws:wafv2:us-east-1:111122223333:regional/webacl/acme/5d2e1a3b"
        }
        """, "SRM-ELB-003")
    assert found == {1} and unknown == set()


def test_unresolved_dynamic_default_action_does_not_decide_a_listener(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "main.tf", """\
        variable "forward" {
          type = any
        }

        resource "aws_lb" "web" {
          name    = "acme-web"
          subnets = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
        }

        resource "aws_lb_listener" "http" {
          load_balancer_arn = aws_lb.web.arn
          port              = 80
          protocol          = "HTTP"

          dynamic "default_action" {
            for_each = var.forward
            content {
              type             = "forward"
              target_group_arn = default_action.value.arn
            }
          }
        }
        """, "SRM-ELB-001")
    assert found == set() and unknown == {18}


def test_listener_protocol_from_an_unresolved_variable_is_unknown(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "main.tf", """\
        variable "protocol" {
          type = string
        }

        resource "aws_lb_listener" "front" {
          load_balancer_arn = "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/50dc6c49"
          port              = 443
          protocol          = var.protocol

          default_action {
            type             = "forward"
            target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web/6d0ecf831eec9f09"
          }
        }
        """, "SRM-ELB-001")
    assert found == set() and unknown == {8}


def test_origin_with_an_unresolved_domain_and_no_origin_type_is_unknown(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "main.tf", """\
        variable "origin_domain" {
          type = string
        }

        resource "aws_cloudfront_distribution" "site" {
          enabled = true

          origin {
            domain_name = var.origin_domain
            origin_id   = "site"
          }

          default_cache_behavior {
            target_origin_id       = "site"
            viewer_protocol_policy = "redirect-to-https"
            allowed_methods        = ["GET", "HEAD"]
            cached_methods         = ["GET", "HEAD"]
          }

          restrictions {
            geo_restriction {
              restriction_type = "none"
            }
          }

          viewer_certificate {
            cloudfront_default_certificate = true
          }
        }
        """, "SRM-CF-003")
    assert found == set() and unknown == {8}


def test_references_count_as_set_and_unresolved_inputs_as_unknown(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "t.yaml", """\
        AWSTemplateFormatVersion: "2010-09-09"
        Parameters:
          LogDestination:
            Type: String
        Resources:
          Logs:
            Type: AWS::Logs::LogGroup
          Api:
            Type: AWS::ApiGatewayV2::Api
            Properties:
              Name: acme
              ProtocolType: HTTP
          Referenced:
            Type: AWS::ApiGatewayV2::Stage
            Properties:
              ApiId: !Ref Api
              StageName: one
              AccessLogSettings:
                DestinationArn: !GetAtt Logs.Arn
          FromInput:
            Type: AWS::ApiGatewayV2::Stage
            Properties:
              ApiId: !Ref Api
              StageName: two
              AccessLogSettings:
                DestinationArn: !Ref LogDestination
        """, "SRM-APIGW-004")
    assert found == set() and unknown == {26}


def test_openapi_bodies_are_unknown_for_method_authorization(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "template.yaml", """\
        AWSTemplateFormatVersion: "2010-09-09"
        Transform: AWS::Serverless-2016-10-31
        Resources:
          OrdersApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: prod
        """, "SRM-APIGW-001")
    assert found == set() and unknown == {4}


def test_route_of_an_api_out_of_scope_is_judged_by_its_route_key(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "main.tf", """\
        variable "api_id" {
          type = string
        }

        resource "aws_apigatewayv2_route" "orders" {
          api_id    = var.api_id
          route_key = "GET /orders"
        }

        resource "aws_apigatewayv2_route" "catch_all" {
          api_id    = var.api_id
          route_key = "$default"
        }

        resource "aws_apigatewayv2_route" "message" {
          api_id    = var.api_id
          route_key = "sendmessage"
        }
        """, "SRM-APIGW-002")
    assert found == {5} and unknown == {10}


def test_web_acl_rules_from_an_unresolved_dynamic_block_are_unknown(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "main.tf", """\
        variable "managed_rule_groups" {
          type = list(string)
        }

        resource "aws_wafv2_web_acl" "edge" {
          name  = "acme-edge"
          scope = "REGIONAL"

          default_action {
            allow {}
          }

          dynamic "rule" {
            for_each = var.managed_rule_groups
            content {
              name     = rule.value
              priority = rule.key
              override_action {
                none {}
              }
              statement {
                managed_rule_group_statement {
                  name        = rule.value
                  vendor_name = "AWS"
                }
              }
              visibility_config {
                cloudwatch_metrics_enabled = true
                metric_name                = rule.value
                sampled_requests_enabled   = true
              }
            }
          }

          visibility_config {
            cloudwatch_metrics_enabled = true
            metric_name                = "acme-edge"
            sampled_requests_enabled   = true
          }
        }
        """, "SRM-WAF-001")
    assert found == set() and unknown == {13}
