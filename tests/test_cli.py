"""The command line as a user meets it: exit codes, formats, selection, errors without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from srm_lint.cli import main

INSECURE_TF = """\
resource "aws_s3_bucket_acl" "site" {
  bucket = "static-site"
  acl    = "public-read"
}

resource "aws_security_group" "web" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
"""

SECURE_TF = """\
resource "aws_s3_bucket_acl" "site" {
  bucket = "static-site"
  acl    = "private"
}
"""


def run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "insecure").mkdir()
    (tmp_path / "insecure" / "main.tf").write_text(INSECURE_TF)
    (tmp_path / "secure").mkdir()
    (tmp_path / "secure" / "main.tf").write_text(SECURE_TF)
    return tmp_path


def test_findings_are_printed_in_the_quickfix_format_and_exit_1(project: Path, capsys) -> None:
    code, out, _ = run(["check", "insecure"], capsys)
    assert code == 1
    assert "insecure/main.tf:3:3: SRM-S3-002 [critical] bucket ACL grants public access (acl is 'public-read') " \
           "(aws_s3_bucket_acl.site)" in out
    assert "insecure/main.tf:7:3: SRM-NET-001 [high] ingress from 0.0.0.0/0 reaches 22/tcp (aws_security_group.web)" \
        in out
    assert "2 findings in 1 file" in out
    assert "identity-access" in out and "network" in out


def test_clean_code_exits_0(project: Path, capsys) -> None:
    code, out, _ = run(["check", "secure"], capsys)
    assert code == 0
    assert out.startswith("\n0 findings in 1 file")


def test_fail_on_raises_the_threshold(project: Path, capsys) -> None:
    assert run(["check", "insecure", "--fail-on", "critical"], capsys)[0] == 1
    assert run(["check", "insecure", "--fail-on", "critical", "--ignore", "SRM-S3"], capsys)[0] == 0


def test_select_takes_prefixes_and_ignore_the_longest_prefix_wins(project: Path, capsys) -> None:
    _, out, _ = run(["check", "insecure", "--select", "SRM-NET", "--format", "json"], capsys)
    report = json.loads(out)
    assert {f["check_id"] for f in report["findings"]} == {"SRM-NET-001"}
    assert {"SRM-NET-001", "SRM-NET-002"} <= {c["id"] for c in report["checks"]}
    assert all(c["id"].startswith("SRM-NET-") for c in report["checks"])
    _, out, _ = run(["check", "insecure", "--select", "SRM", "--ignore", "SRM-NET", "--select", "SRM-NET-001",
                     "--format", "json"], capsys)
    checks = [c["id"] for c in json.loads(out)["checks"]]
    assert "SRM-NET-001" in checks and "SRM-NET-002" not in checks and "SRM-S3-002" in checks


def test_unknown_check_id_is_a_usage_error(project: Path, capsys) -> None:
    code, _, err = run(["check", "insecure", "--select", "SRM-NOPE"], capsys)
    assert code == 2
    assert "no check matches SRM-NOPE" in err


def test_json_report_contract(project: Path, capsys) -> None:
    _, out, _ = run(["check", "insecure", "--format", "json"], capsys)
    report = json.loads(out)
    assert {"findings", "unknowns", "errors", "checks", "summary", "schema_version", "tool"} <= set(report)
    finding = report["findings"][0]
    assert finding == {
        "check_id": "SRM-S3-002", "title": "Bucket ACL grants public access", "category": "identity-access",
        "severity": "critical", "path": "insecure/main.tf", "line": 3, "column": 3,
        "resource": "aws_s3_bucket_acl.site", "kind": "aws.s3.bucket",
        "message": "bucket ACL grants public access (acl is 'public-read')",
        "related": [],
    }
    assert report["summary"]["by_category"]["network"]["high"] == 1


def test_output_is_byte_identical_across_runs(project: Path, capsys) -> None:
    first = run(["check", ".", "--format", "json"], capsys)[1]
    second = run(["check", ".", "--format", "json"], capsys)[1]
    assert first == second


def test_output_file(project: Path, capsys) -> None:
    code, out, _ = run(["check", "insecure", "--format", "json", "-o", "report.json"], capsys)
    assert code == 1 and out == ""
    assert json.loads((project / "report.json").read_text())["summary"]["findings"] == 2


def test_bad_input_is_an_error_with_file_and_line_and_the_scan_goes_on(project: Path, capsys) -> None:
    (project / "broken").mkdir()
    (project / "broken" / "main.tf").write_text('resource "aws_s3_bucket" "b" {\n  bucket = \n}\n')
    (project / "broken.yaml").write_text("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A: [\n")
    code, out, err = run(["check", "broken", "broken.yaml", "insecure"], capsys)
    assert code == 2
    assert "broken/main.tf:2:12: error: unexpected end of line (missing value?)" in out
    assert "broken.yaml:4:1: error: " in out
    assert "SRM-S3-002" in out  # the good file is still reported
    assert "Traceback" not in out + err


def test_duplicate_keys_are_reported(project: Path, capsys) -> None:
    (project / "dup.yaml").write_text(
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A:\n    Type: AWS::S3::Bucket\n"
        "  A:\n    Type: AWS::S3::Bucket\n")
    code, out, _ = run(["check", "dup.yaml"], capsys)
    assert code == 2
    assert "dup.yaml:3:3: error: Duplicate found 'A'" in out


def test_a_named_json_file_that_is_not_a_template_is_an_error(project: Path, capsys) -> None:
    (project / "package.json").write_text('{"name": "x", "Resources": {"AWS::": 1}}')
    code, out, _ = run(["check", "package.json"], capsys)
    assert code == 2
    assert "package.json: error: not a CloudFormation template" in out


def test_unrecognised_files_in_a_directory_are_skipped(project: Path, capsys) -> None:
    (project / "secure" / "package.json").write_text('{"name": "x"}')
    (project / "secure" / "values.yaml").write_text("replicas: 3\n")
    assert run(["check", "secure"], capsys)[0] == 0


def test_skip_unrecognised_for_hooks(project: Path, capsys) -> None:
    (project / "values.yaml").write_text("replicas: 3\n")
    assert run(["check", "values.yaml", "secure/main.tf"], capsys)[0] == 2
    assert run(["check", "--skip-unrecognised", "values.yaml", "secure/main.tf"], capsys)[0] == 0


def test_missing_path_exits_2(project: Path, capsys) -> None:
    code, out, _ = run(["check", "nowhere"], capsys)
    assert code == 2
    assert "nowhere: error: no such file or directory" in out


def test_templates_are_recognised_by_content_not_extension(project: Path, capsys) -> None:
    (project / "stack.template").write_text(
        '{"Resources": {"Site": {"Type": "AWS::S3::Bucket", "Properties": {"AccessControl": "PublicRead"}}}}')
    code, out, _ = run(["check", ".", "--select", "SRM-S3-002"], capsys)
    assert code == 1
    assert "stack.template:1:" in out and "(Site)" in out


def test_checks_lists_the_catalogue(capsys) -> None:
    code, out, _ = run(["checks"], capsys)
    assert code == 0
    row = next(line for line in out.splitlines() if line.startswith("SRM-S3-002 "))
    assert row.split(None, 3) == ["SRM-S3-002", "identity-access", "critical", "Bucket ACL grants public access"]


def test_explain_prints_why_and_both_remediations(capsys) -> None:
    code, out, _ = run(["explain", "srm-net-002"], capsys)
    assert code == 0
    for heading in ("Why this is the customer's responsibility", "Fix in Terraform", "Fix in CloudFormation",
                    "References"):
        assert heading in out
    assert run(["explain", "SRM-NOPE-001"], capsys)[0] == 2


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["check"])
    assert exit_info.value.code == 2
    assert main([]) == 2


def test_the_module_runs_as_a_program_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tf"
    bad.write_bytes(b"\xff\xfe not text")
    result = subprocess.run([sys.executable, "-m", "srm_lint", "check", str(bad)], capture_output=True, text=True,
                            cwd=ROOT)
    assert result.returncode == 2
    assert "not UTF-8 text" in result.stdout
    assert "Traceback" not in result.stderr
