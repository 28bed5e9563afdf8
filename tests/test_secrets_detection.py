"""The secrets group's shared detection: secret-looking names, value patterns, redaction, user
data decoding, and what only a unit test can pin down (positions inside heredocs, unknowns)."""

from __future__ import annotations

import base64
import gzip
import shutil
from pathlib import Path

import pytest
from conftest import CHECKS

from srm_lint.engine import Settings, scan
from srm_lint.predicates import secrets

SECRETS_CHECKS = ("SRM-EC2-004", "SRM-LMB-004", "SRM-ECS-002", "SRM-SM-002", "SRM-SSM-001",
                  "SRM-SEC-001", "SRM-SEC-002", "SRM-SEC-003", "SRM-SEC-004")


@pytest.mark.parametrize("name", [
    "db_password", "DB_PASSWORD", "DBPassword", "MasterUserPassword", "api_key", "ApiKey", "apikey",
    "GitHubToken", "slackWebhookToken", "AWS_SECRET_ACCESS_KEY", "client-secret", "spring.datasource.password",
    "credentials", "DATABASE_CONNECTION_STRING", "pwd", "passphrase", "OAuthToken",
])
def test_secret_looking_names(name: str) -> None:
    assert secrets.secret_name(name)


@pytest.mark.parametrize("name", [
    "AWS_ACCESS_KEY_ID", "db_password_arn", "SecretArn", "secret_name", "password_length", "token_ttl",
    "PasswordVersion", "http_tokens", "passport_number", "bypass", "secrets_manager", "KeyName", "",
    "db-password-path", "rotation_enabled",
])
def test_names_that_are_not_secrets(name: str) -> None:
    assert not secrets.secret_name(name)


@pytest.mark.parametrize("text, pattern", [
    ("key=AKIAIOSFODNN7EXAMPLE;", "aws-access-key-id"),
    ("ASIAY34FZKBOKMUTVV7A", "aws-access-key-id"),
    ("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----", "private-key"),
    ("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "private-key"),
    ("ghp_abcdefghijklmnopqrstuvwxyz0123456789", "github-token"),
    ("xoxb-123456789012-abcdefghijkl", "slack-token"),
    ("postgres://orders:Orders-Pw-1@db:5432/orders", "url-credentials"),
])
def test_value_patterns(text: str, pattern: str) -> None:
    assert [m.pattern.id for m in secrets.pattern_matches(text)] == [pattern]


@pytest.mark.parametrize("text", [
    "AKIA1234", "akiaiosfodnn7example", "XAKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLEX",
    "-----BEGIN RSA PRIVATE KEY-----\n" + secrets.HOLE + "\n-----END RSA PRIVATE KEY-----",
    "postgres://orders:${DB_PASSWORD}@db/orders", "postgres://orders:" + secrets.HOLE + "@db/orders",
    "https://user@example.com/path", "ghp_short",
])
def test_near_misses_of_value_patterns(text: str) -> None:
    assert secrets.pattern_matches(text) == []


@pytest.mark.parametrize("value", ["", "abc", "<password>", "${DB_PASSWORD}", "changeme", "CHANGE_ME", "xxxx",
                                   "{{resolve:ssm-secure:/a/b}}"])
def test_ignored_values(value: str) -> None:
    assert secrets.ignored(value)


def test_redaction_never_shows_the_secret() -> None:
    for secret in ("Orders-Db-Pw-2024", "AKIAIOSFODNN7EXAMPLE", "hunter22", "abcd"):
        shown = secrets.redact(secret)
        assert secret not in shown
        assert f"({len(secret)} characters)" in shown
        assert len(shown.split("…")[0].strip("'")) <= len(secret) // 8


def test_user_data_is_decoded_from_base64_and_gzip() -> None:
    script = "#!/bin/bash\nexport DB_PASSWORD=Orders-Db-Pw-2024\n"
    plain = base64.b64encode(script.encode()).decode()
    zipped = base64.b64encode(gzip.compress(script.encode())).decode()
    assert secrets.decoded_user_data(plain) == script
    assert secrets.decoded_user_data(zipped) == script
    assert secrets.decoded_user_data(script) == script
    assert secrets.decoded_user_data("test") == "test"  # base64-shaped, not text


def test_user_data_assignments() -> None:
    found = secrets.user_data_findings(
        "#!/bin/bash\n"
        "export DB_PASSWORD='Orders-Db-Pw-2024'\n"          # line 2: literal
        "export API_TOKEN=$(aws ssm get-parameter)\n"       # command substitution
        "if [ \"$PASSWORD\" == \"x\" ]; then :; fi\n"       # a comparison
        "$env:ADMIN_PASSWORD = \"Windows-Pw-42\"\n"         # line 5: PowerShell
        "PASSWORD_FILE=/run/secrets/db\n"                   # excluded suffix
        "java -Dapp.client.secret=Client-S3cret-1 -jar app.jar\n")  # line 7
    assert [line for line, _ in found] == [2, 5, 7]
    assert all("Orders-Db-Pw-2024" not in message for _, message in found)


def _scan_text(tmp_path: Path, name: str, text: str, check: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return scan([path], Settings(select=(check,)))


def test_json_heredoc_container_entries_are_located_line_by_line(tmp_path: Path) -> None:
    report = _scan_text(tmp_path, "main.tf", '''resource "aws_ecs_task_definition" "worker" {
  family = "worker"
  container_definitions = <<-JSON
    [
      {
        "name": "worker",
        "image": "python:3.12",
        "environment": [
          {"name": "QUEUE_URL", "value": "https://sqs.eu-west-1.amazonaws.com/123456789012/jobs"},
          {"name": "BROKER_PASSWORD", "value": "Worker-Pw-99"},
          {"name": "ECS_ENGINE_AUTH_DATA", "value": "{}"}
        ]
      }
    ]
  JSON
}
''', "SRM-ECS-002")
    assert [(f.location.line, f.location.column) for f in report.findings] == [(10, 39), (11, 12)]


def test_user_data_built_by_an_unevaluated_function_is_unknown(tmp_path: Path) -> None:
    report = _scan_text(tmp_path, "main.tf", '''resource "aws_launch_template" "web" {
  image_id  = "ami-0abcdef1234567890"
  user_data = base64encode(file("boot.sh"))
}

resource "random_password" "db" {
  length = 16
}

resource "aws_instance" "web" {
  ami       = "ami-0abcdef1234567890"
  user_data = random_password.db.result
}
''', "SRM-EC2-004")
    assert report.findings == []
    assert [(u.location.line, u.resource) for u in report.unknowns] == [(3, "aws_launch_template.web")]


def test_unmapped_natives_are_scanned_once_and_named(tmp_path: Path) -> None:
    report = _scan_text(tmp_path, "main.tf", '''provider "aws" {
  region = "eu-west-1"
}

resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}

resource "aws_glue_job" "etl" {
  name     = "etl"
  role_arn = "arn:aws:iam::123456789012:role/glue"
  command {
    script_location = "s3://logs/etl.py"
  }
  default_arguments = {
    "--aws-key" = "AKIAIOSFODNN7EXAMPLE"
  }
}
''', "SRM-SEC-001")
    assert [(f.location.line, f.resource) for f in report.findings] == [(16, "provider.aws")]
    assert "aws_glue_job.etl" in report.findings[0].message


@pytest.mark.parametrize("check_id", SECRETS_CHECKS)
def test_findings_never_echo_the_secret(check_id: str, tmp_path: Path) -> None:
    leaked = ("Orders-Db-Pw-2024", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI", "Sup3rS3cretOrders", "rk_live_51Hx",
              "ghp_abcdefghijklmnopqrstuvwxyz", "xoxb-123456789012", "Worker-Pw-99", "Reporting-App-Pw-77",
              "k-live-2f8a9c0d1e", "tok-live-0a1b2c3d4e5f", "Bastion-Console-Pw", "Legacy-Db-Pw-1")
    for fixture in sorted((CHECKS / check_id).glob("fail.*")):
        copy = tmp_path / fixture.name
        shutil.copyfile(fixture, copy)
        report = scan([copy], Settings(select=(check_id,)))
        assert report.findings
        for finding in report.findings:
            assert not any(secret in finding.message for secret in leaked), finding.message


def test_sec_001_sweeps_with_the_kinds_it_lists() -> None:
    from srm_lint.policies import load_policies

    check = load_policies()["SRM-SEC-001"]
    assert list(check.resources) == check.params["kinds"]


def test_user_data_through_base64encode_is_read(tmp_path: Path) -> None:
    report = _scan_text(tmp_path, "main.tf", '''resource "aws_launch_template" "web" {
  image_id  = "ami-0abcdef1234567890"
  user_data = base64encode("#!/bin/bash\\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLF\\n")
}
''', "SRM-EC2-004")
    assert [f.location.line for f in report.findings] == [3]
