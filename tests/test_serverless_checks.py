"""Lambda, ECR and ECS checks beyond the annotated fixtures: the as-of date of the runtime
table, unknowns, JSON container definitions, and the containers() reader other checks share."""

from __future__ import annotations

import json
from pathlib import Path
from textwrap import dedent

from srm_lint.discovery import discover
from srm_lint.engine import Settings, scan
from srm_lint.graph import Graph
from srm_lint.loader import load
from srm_lint.policies import bundled_policy_dir
from srm_lint.predicates import serverless

ROLE = dedent("""
    resource "aws_iam_role" "fn" {
      name = "fn"
      assume_role_policy = jsonencode({
        Version = "2012-10-17"
        Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
      })
    }
""")


def _write(tmp_path: Path, text: str, name: str = "main.tf") -> Path:
    path = tmp_path / name
    path.write_text(dedent(text), encoding="utf-8")
    return path


def _function(runtime: str) -> str:
    return ROLE + dedent(f"""
        resource "aws_lambda_function" "f" {{
          function_name = "f"
          role          = aws_iam_role.fn.arn
          runtime       = "{runtime}"
          handler       = "app.handler"
          filename      = "f.zip"
        }}
    """)


def _graph(path: Path) -> Graph:
    candidates, _ = discover([path])
    loaded = load(candidates, Settings())
    return Graph(loaded.natives, loaded.facts)


# -- SRM-LMB-003 ---------------------------------------------------------------------------------


def test_runtime_table_has_an_as_of_date_and_the_catalogue_examples() -> None:
    data = json.loads((bundled_policy_dir() / "data" / "lambda_runtimes.json").read_text(encoding="utf-8"))
    assert data["as_of"] == "2026-07-31"
    runtimes = data["runtimes"]
    assert runtimes["nodejs18.x"]["end_of_support"] == "2025-09-01"
    assert runtimes["python3.9"]["end_of_support"] == "2025-12-15"
    assert runtimes["nodejs20.x"]["end_of_support"] == "2026-04-30"
    assert runtimes["python3.11"]["end_of_support"] == "2027-06-30"


def test_runtime_is_compared_with_the_as_of_date_not_the_clock(tmp_path: Path) -> None:
    _write(tmp_path, _function("python3.9"))
    before = scan([tmp_path], Settings(select=("SRM-LMB-003",), as_of="2025-12-14"))
    on_the_day = scan([tmp_path], Settings(select=("SRM-LMB-003",), as_of="2025-12-15"))
    default = scan([tmp_path], Settings(select=("SRM-LMB-003",)))
    assert before.findings == []
    assert [f.check_id for f in on_the_day.findings] == ["SRM-LMB-003"]
    assert "as of 2025-12-15" in on_the_day.findings[0].message
    assert "as of 2026-07-31" in default.findings[0].message


def test_a_supported_runtime_fails_once_the_as_of_date_passes_its_end(tmp_path: Path) -> None:
    _write(tmp_path, _function("python3.12"))
    assert scan([tmp_path], Settings(select=("SRM-LMB-003",))).findings == []
    later = scan([tmp_path], Settings(select=("SRM-LMB-003",), as_of="2028-11-01"))
    assert [f.location.line for f in later.findings] == [13]


def test_a_runtime_missing_from_the_table_is_unknown(tmp_path: Path) -> None:
    _write(tmp_path, _function("python3.99"))
    report = scan([tmp_path], Settings(select=("SRM-LMB-003",)))
    assert report.findings == []
    assert [u.check_id for u in report.unknowns] == ["SRM-LMB-003"]
    assert "not in the runtime table" in report.unknowns[0].reason


def test_an_unresolved_runtime_is_unknown(tmp_path: Path) -> None:
    _write(tmp_path, _function("python3.9").replace('"python3.9"', "var.runtime")
           + 'variable "runtime" {\n  type = string\n}\n')
    report = scan([tmp_path], Settings(select=("SRM-LMB-003",)))
    assert report.findings == []
    assert [u.check_id for u in report.unknowns] == ["SRM-LMB-003"]


# -- SRM-LMB-005 ---------------------------------------------------------------------------------


def test_an_execution_role_from_an_input_without_default_is_unknown(tmp_path: Path) -> None:
    _write(tmp_path, """
        variable "role_arn" {
          type = string
        }

        resource "aws_lambda_function" "f" {
          function_name = "f"
          role          = var.role_arn
          runtime       = "python3.12"
          handler       = "app.handler"
          filename      = "f.zip"
        }
    """)
    report = scan([tmp_path], Settings(select=("SRM-LMB-005",)))
    assert report.findings == []
    assert [(u.check_id, u.location.line) for u in report.unknowns] == [("SRM-LMB-005", 8)]


def test_a_literal_role_arn_matching_no_role_in_scope_is_unknown(tmp_path: Path) -> None:
    _write(tmp_path, """
        resource "aws_lambda_function" "f" {
          function_name = "f"
          role          = "arn:aws:iam::111122223333:role/shared-lambda"
          runtime       = "python3.12"
          handler       = "app.handler"
          filename      = "f.zip"
        }
    """)
    report = scan([tmp_path], Settings(select=("SRM-LMB-005",)))
    assert report.findings == []
    assert [u.check_id for u in report.unknowns] == ["SRM-LMB-005"]


def test_the_finding_relates_the_role_and_the_admin_statement(tmp_path: Path) -> None:
    _write(tmp_path, _function("python3.12") + dedent("""
        resource "aws_iam_role_policy" "admin" {
          role = aws_iam_role.fn.name
          policy = jsonencode({
            Version   = "2012-10-17"
            Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
          })
        }
    """))
    report = scan([tmp_path], Settings(select=("SRM-LMB-005",)))
    [finding] = report.findings
    assert finding.location.line == 12  # the function's role attribute
    assert {r.line for r in finding.related} >= {2, 22}  # the role, the statement


# -- SRM-ECR-001 ---------------------------------------------------------------------------------


def test_a_registry_filter_on_an_unnamed_repository_is_unknown(tmp_path: Path) -> None:
    _write(tmp_path, """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Scanning:
            Type: AWS::ECR::RegistryScanningConfiguration
            Properties:
              ScanType: ENHANCED
              Rules:
                - ScanFrequency: SCAN_ON_PUSH
                  RepositoryFilters:
                    - Filter: prod-*
                      FilterType: WILDCARD
          Repository:
            Type: AWS::ECR::Repository
    """, "template.yaml")
    report = scan([tmp_path], Settings(select=("SRM-ECR-001",)))
    assert report.findings == []
    assert [u.check_id for u in report.unknowns] == ["SRM-ECR-001"]


# -- SRM-ECS-001 and containers() ---------------------------------------------------------------

HEREDOC = """
    resource "aws_ecs_task_definition" "debugger" {
      family                = "debugger"
      container_definitions = <<-JSON
        [
          {
            "name": "debugger",
            "image": "public.ecr.aws/example/debugger:2",
            "privileged": true,
            "environment": [{"name": "LOG_LEVEL", "value": "debug"}]
          }
        ]
      JSON
    }
"""


def test_a_privileged_container_in_a_json_heredoc_is_reported_at_its_line(tmp_path: Path) -> None:
    _write(tmp_path, HEREDOC)
    report = scan([tmp_path], Settings(select=("SRM-ECS-001",)))
    assert [(f.location.line, f.check_id) for f in report.findings] == [(9, "SRM-ECS-001")]
    assert "container 'debugger' runs privileged" in report.findings[0].message


def test_container_definitions_from_file_are_unknown(tmp_path: Path) -> None:
    _write(tmp_path, """
        resource "aws_ecs_task_definition" "app" {
          family                = "app"
          container_definitions = file("${path.module}/containers.json")
        }
    """)
    report = scan([tmp_path], Settings(select=("SRM-ECS-001",)))
    assert report.findings == []
    assert [(u.check_id, u.location.line) for u in report.unknowns] == [("SRM-ECS-001", 4)]


def test_containers_reads_terraform_json_and_cloudformation_alike(tmp_path: Path) -> None:
    _write(tmp_path, HEREDOC)
    _write(tmp_path, """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: debugger
                  Image: public.ecr.aws/example/debugger:2
                  Privileged: true
                  Environment:
                    - Name: LOG_LEVEL
                      Value: debug
    """, "template.yaml")
    graph = _graph(tmp_path)
    tasks = graph.by_kind["aws.ecs.task_definition"]
    assert len(tasks) == 2
    for task in tasks:
        [container] = serverless.containers(task)
        assert serverless.container_field(container, "name").value == "debugger"
        assert serverless.container_field(container, "privileged").value is True
        [variable] = serverless.container_field(container, "environment").value
        assert (variable.get("name").value, variable.get("value").value) == ("LOG_LEVEL", "debug")


def test_lambda_environment_is_a_name_to_value_map_in_both_frameworks(tmp_path: Path) -> None:
    _write(tmp_path, ROLE + dedent("""
        resource "aws_lambda_function" "f" {
          function_name = "f"
          role          = aws_iam_role.fn.arn
          runtime       = "python3.12"
          handler       = "app.handler"
          filename      = "f.zip"
          environment {
            variables = { STAGE = "prod" }
          }
        }
    """))
    _write(tmp_path, """
        AWSTemplateFormatVersion: "2010-09-09"
        Transform: AWS::Serverless-2016-10-31
        Globals:
          Function:
            Environment:
              Variables:
                STAGE: prod
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: app.handler
              CodeUri: s3://example-artifacts/f.zip
    """, "template.yaml")
    functions = _graph(tmp_path).by_kind["aws.lambda.function"]
    assert len(functions) == 2
    for function in functions:
        assert function.properties.get("environment").plain() == {"STAGE": "prod"}


def test_interpolations_in_a_json_heredoc_leave_only_their_values_unknown(tmp_path: Path) -> None:
    _write(tmp_path, """
        variable "image" {
          type = string
        }

        variable "cpu" {
          type = number
        }

        resource "aws_ecs_task_definition" "app" {
          family                = "app"
          container_definitions = <<EOT
        [
          {
            "name": "app",
            "image": "${var.image}",
            "cpu": ${var.cpu},
            "privileged": true
          }
        ]
        EOT
        }
    """)
    report = scan([tmp_path], Settings(select=("SRM-ECS-001",)))
    assert [(f.location.line, f.check_id) for f in report.findings] == [(18, "SRM-ECS-001")]
    [task] = _graph(tmp_path).by_kind["aws.ecs.task_definition"]
    [container] = serverless.containers(task)
    assert serverless.container_field(container, "cpu").unknown
    assert serverless.container_field(container, "image").unknown
