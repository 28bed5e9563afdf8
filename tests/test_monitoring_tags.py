"""SRM-GOV-002 beyond its fixtures: provider default tags and aliases, custom required keys, types
that take no tags, tags from unresolved conditions; and unknowns exactly where annotated."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CHECKS, annotated

from srm_lint.discovery import discover
from srm_lint.engine import Settings, scan
from srm_lint.graph import Graph
from srm_lint.loader import load
from srm_lint.predicates.monitoring import required_tags


def _write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def _graph(directory: Path) -> Graph:
    candidates, _ = discover([directory])
    loaded = load(candidates, Settings())
    return Graph(loaded.natives, loaded.facts)


def test_required_tags_use_the_unaliased_provider_and_a_custom_list(tmp_path: Path) -> None:
    _write(tmp_path, "main.tf", """
provider "aws" {
  default_tags {
    tags = { team = "payments" }
  }
}

provider "aws" {
  alias = "us_east_1"
  default_tags {
    tags = { cost-center = "1234" }
  }
}

resource "aws_cloudwatch_log_group" "api" {
  name = "/ecs/api"
  tags = { cost-center = "1234" }
}

resource "aws_secretsmanager_secret" "db" {
  name = "prod/db"
}

data "aws_cloudwatch_log_group" "existing" {
  name = "/ecs/legacy"
}
""")
    graph = _graph(tmp_path)
    params = {"required_tags": ["team", "cost-center"]}
    hits = {r.address: [h.message for h in required_tags(r, graph, params)]
            for r in graph.kinds(["aws.logs.log_group", "aws.secretsmanager.secret"])}
    assert hits == {"aws_cloudwatch_log_group.api": [],
                    "aws_secretsmanager_secret.db": ["missing required tag cost-center"]}


def test_required_tags_skip_types_that_take_none(tmp_path: Path) -> None:
    _write(tmp_path, "template.yaml", """
Resources:
  Filter:
    Type: AWS::Logs::MetricFilter
    Properties:
      LogGroupName: app
      FilterPattern: ERROR
      MetricTransformations:
        - {MetricName: Errors, MetricNamespace: App, MetricValue: "1"}
  Group:
    Type: AWS::Logs::LogGroup
    Properties:
      Tags:
        - {Key: owner, Value: x}
        - !If [IsProd, {Key: data-classification, Value: internal}, !Ref AWS::NoValue]
Conditions:
  IsProd: !Equals [!Ref AWS::Region, eu-west-1]
""")
    report = scan([tmp_path], Settings(select=("SRM-GOV-002",)))
    assert report.findings == []
    assert [(u.resource, u.location.line) for u in report.unknowns] == [("Group", 13)]


@pytest.mark.parametrize("fixture", sorted((CHECKS / "SRM-GOV-002").iterdir()), ids=lambda p: p.name)
def test_unknowns_match_annotations(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copyfile(fixture, copy)
    report = scan([copy], Settings(select=("SRM-GOV-002",)))
    assert {(u.location.line, u.check_id) for u in report.unknowns} == annotated(fixture, "unknown")
