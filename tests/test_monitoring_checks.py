"""Monitoring checks beyond their fixtures: GuardDuty's absence part (runs only with --absence or
the strict profile), unknowns in absence checks, the root-activity alarm chain across files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CHECKS, annotated

from srm_lint.discovery import discover
from srm_lint.engine import Settings, scan
from srm_lint.graph import Graph
from srm_lint.loader import load
from srm_lint.predicates.monitoring import records_management_events


def _write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def _found(report) -> set[tuple[str, int, str]]:
    return {(Path(f.location.path).name, f.location.line, f.check_id) for f in report.findings}


DISABLED_DETECTOR = 'resource "aws_guardduty_detector" "primary" {\n  enable = false\n}\n'


def test_guardduty_absence_part_runs_only_with_absence_or_strict(tmp_path: Path) -> None:
    _write(tmp_path, "main.tf", DISABLED_DETECTOR)
    default = scan([tmp_path], Settings(select=("SRM-GD-001",)))
    assert _found(default) == {("main.tf", 2, "SRM-GD-001")}
    for settings in (Settings(select=("SRM-GD-001",), absence=True), Settings(select=("SRM-GD",), profile="strict")):
        report = scan([tmp_path], settings)
        assert _found(report) == {("main.tf", 1, "SRM-GD-001"), ("main.tf", 2, "SRM-GD-001")}
        assert [f.message for f in report.findings if f.location.line == 1] == \
            ["no enabled GuardDuty detector in scope"]


def test_guardduty_absence_part_passes_with_an_enabled_detector_anywhere(tmp_path: Path) -> None:
    _write(tmp_path / "a", "main.tf", DISABLED_DETECTOR)
    _write(tmp_path / "b", "template.yaml", "Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n"
           "    Properties:\n      Enable: true\n")
    report = scan([tmp_path], Settings(select=("SRM-GD-001",), absence=True))
    assert _found(report) == {("main.tf", 2, "SRM-GD-001")}


def test_guardduty_absence_part_with_no_detector_at_all(tmp_path: Path) -> None:
    _write(tmp_path, "main.tf", 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n')
    assert _found(scan([tmp_path], Settings(select=("SRM-GD-001",)))) == set()
    assert _found(scan([tmp_path], Settings(absence=True, select=("SRM-GD",)))) == {("main.tf", 1, "SRM-GD-001")}


def test_an_unresolved_trail_setting_makes_the_absence_unknown(tmp_path: Path) -> None:
    _write(tmp_path, "main.tf", 'variable "multi_region" {\n  type = bool\n}\n\n'
           'resource "aws_cloudtrail" "main" {\n  name = "main"\n  s3_bucket_name = "acme-trail"\n'
           '  is_multi_region_trail = var.multi_region\n}\n')
    report = scan([tmp_path], Settings(select=("SRM-CT-001",)))
    assert report.findings == []
    assert [(u.check_id, u.location.line) for u in report.unknowns] == [("SRM-CT-001", 1)]


ROOT_CHAIN_TRAIL = """
resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-trail"
  is_multi_region_trail      = true
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:org-trail:*"
}
"""

ROOT_CHAIN_ALARM = """
resource "aws_cloudwatch_log_metric_filter" "root" {
  name           = "root"
  log_group_name = "org-trail"
  pattern        = "{ $.userIdentity.type = Root }"
  metric_transformation {
    name      = "RootUsage"
    namespace = "Security"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "root" {
  alarm_name          = "root"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  threshold           = 1
  alarm_actions       = [var.alerts_topic_arn]
  metric_query {
    id          = "m1"
    return_data = true
    metric {
      metric_name = "RootUsage"
      namespace   = "Security"
      period      = 300
      stat        = "Sum"
    }
  }
}

variable "alerts_topic_arn" {
  type = string
}
"""


def test_root_alarm_chain_by_literal_names_across_root_modules(tmp_path: Path) -> None:
    """A literal log group ARN on the trail matches a literal log group name on the filter, even in
    another root module; a metric-math alarm watches the metric; an unknown topic is still an action."""
    _write(tmp_path / "trail", "main.tf", ROOT_CHAIN_TRAIL)
    _write(tmp_path / "alarms", "main.tf", ROOT_CHAIN_ALARM)
    report = scan([tmp_path], Settings(select=("SRM-CW-002",)))
    assert report.findings == [] and report.unknowns == []


def test_root_alarm_chain_breaks_when_the_alarm_is_disabled(tmp_path: Path) -> None:
    _write(tmp_path / "trail", "main.tf", ROOT_CHAIN_TRAIL)
    _write(tmp_path / "alarms", "main.tf", ROOT_CHAIN_ALARM.replace(
        'alarm_actions       = [var.alerts_topic_arn]',
        'alarm_actions       = [var.alerts_topic_arn]\n  actions_enabled     = false'))
    report = scan([tmp_path], Settings(select=("SRM-CW-002",)))
    assert [(f.check_id, f.location.line) for f in report.findings] == [("SRM-CW-002", 1)]


def test_root_alarm_with_an_unresolved_pattern_is_unknown(tmp_path: Path) -> None:
    _write(tmp_path / "trail", "main.tf", ROOT_CHAIN_TRAIL)
    _write(tmp_path / "alarms", "main.tf", ROOT_CHAIN_ALARM.replace(
        'pattern        = "{ $.userIdentity.type = Root }"', "pattern        = var.root_pattern")
        + 'variable "root_pattern" {\n  type = string\n}\n')
    report = scan([tmp_path], Settings(select=("SRM-CW-002",)))
    assert report.findings == []
    assert [u.check_id for u in report.unknowns] == ["SRM-CW-002"]


def test_root_alarm_chain_with_the_stack_name_as_namespace(tmp_path: Path) -> None:
    """Filter and alarm in one template name the same deploy-time namespace (`!Ref AWS::StackName`)."""
    _write(tmp_path, "trail.yaml", """
Resources:
  TrailLogGroup:
    Type: AWS::Logs::LogGroup
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      IsMultiRegionTrail: true
      S3BucketName: acme-trail
      CloudWatchLogsLogGroupArn: !GetAtt TrailLogGroup.Arn
  RootFilter:
    Type: AWS::Logs::MetricFilter
    Properties:
      LogGroupName: !Ref TrailLogGroup
      FilterPattern: '{$.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS}'
      MetricTransformations:
        - {MetricName: RootUserActivityCount, MetricNamespace: !Ref AWS::StackName, MetricValue: "1"}
  Alerts:
    Type: AWS::SNS::Topic
  RootAlarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      MetricName: RootUserActivityCount
      Namespace: !Ref AWS::StackName
      Statistic: Sum
      Period: 300
      EvaluationPeriods: 1
      Threshold: 0
      ComparisonOperator: GreaterThanThreshold
      AlarmActions: [!Ref Alerts]
""")
    report = scan([tmp_path], Settings(select=("SRM-CW-002",)))
    assert report.findings == [] and report.unknowns == []
    other = (tmp_path / "trail.yaml").read_text().replace("\n      Namespace: !Ref AWS::StackName",
                                                          "\n      Namespace: !Ref AWS::Region")
    (tmp_path / "trail.yaml").write_text(other)
    report = scan([tmp_path], Settings(select=("SRM-CW-002",)))
    assert report.findings == [] and [u.check_id for u in report.unknowns] == ["SRM-CW-002"]


MONITORING = ("SRM-CT-001", "SRM-CT-002", "SRM-CT-003", "SRM-CW-001", "SRM-CW-002", "SRM-GD-001", "SRM-CFG-001",
              "SRM-CFG-002", "SRM-SM-001", "SRM-GOV-001")


@pytest.mark.parametrize("fixture", [f for check in MONITORING for f in sorted((CHECKS / check).iterdir())],
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_unknowns_match_annotations(fixture: Path, tmp_path: Path) -> None:
    """An undecidable case is reported as unknown on the annotated line, never passed silently."""
    copy = tmp_path / fixture.name
    shutil.copyfile(fixture, copy)
    report = scan([copy], Settings(select=(fixture.parent.name,)))
    assert {(u.location.line, u.check_id) for u in report.unknowns} == annotated(fixture, "unknown")


def _graph(directory: Path) -> Graph:
    candidates, _ = discover([directory])
    loaded = load(candidates, Settings())
    return Graph(loaded.natives, loaded.facts)


@pytest.mark.parametrize("name", ["fail.tf", "pass.tf", "fail.yaml", "pass.yaml"])
def test_which_trails_record_every_management_event(name: str, tmp_path: Path) -> None:
    shutil.copyfile(CHECKS / "SRM-CT-001" / name, tmp_path / name)
    graph = _graph(tmp_path)
    verdicts = {t.address: records_management_events(t, graph, {}) for t in graph.by_kind["aws.cloudtrail.trail"]}
    recording = {
        "fail.tf": {"aws_cloudtrail.eu_west_1", "aws_cloudtrail.organization"},
        "pass.tf": {"aws_cloudtrail.management", "aws_cloudtrail.data_events", "aws_cloudtrail.organization",
                    "aws_cloudtrail.advanced"},
        "fail.yaml": {"RegionalTrail", "OrganizationTrail"},
        "pass.yaml": {"OrganizationTrail", "ManagementAndDataTrail"},
    }[name]
    assert {address for address, verdict in verdicts.items() if verdict is True} == recording
    assert None not in verdicts.values()
