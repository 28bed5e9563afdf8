"""Users' own policies: --policy-dir, `srm-lint test`, and plugins loaded only when named."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT

from srm_lint.cli import main
from srm_lint.predicates import PREDICATES

POLICY = """\
id: ACME-S3-001
title: Bucket names carry the team prefix
category: governance
severity: low
kind: attr
default: "on"
resource: aws.s3.bucket
predicate: acme.bucket_name_prefix
params: {prefix: "acme-"}
message: "{detail}"
why: Naming is the customer's governance duty; the prefix routes cost and incident reports.
remediation: {terraform: Rename the bucket., cloudformation: Rename the bucket.}
references: [https://example.com/acme/naming]
since: "1.0.0"
"""

FAIL_TF = 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs" # srm: expect ACME-S3-001\n}\n'
PASS_TF = 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs" # srm: ok ACME-S3-001\n}\n'


@pytest.fixture
def policy_dir(tmp_path: Path, monkeypatch) -> Iterator[Path]:
    monkeypatch.syspath_prepend(str(ROOT / "tests"))
    monkeypatch.chdir(tmp_path)
    before = dict(PREDICATES)
    directory = tmp_path / "acme"
    (directory / "fixtures" / "ACME-S3-001").mkdir(parents=True)
    (directory / "ACME-S3-001.yaml").write_text(POLICY)
    (directory / "fixtures" / "ACME-S3-001" / "fail.tf").write_text(FAIL_TF)
    (directory / "fixtures" / "ACME-S3-001" / "pass.tf").write_text(PASS_TF)
    yield directory
    PREDICATES.clear()  # a plugin registers into the shared table: leave it as it was
    PREDICATES.update(before)


def test_a_policy_naming_an_unloaded_plugin_is_an_error(policy_dir: Path, capsys) -> None:
    assert main(["check", ".", "--policy-dir", str(policy_dir)]) == 2
    assert "predicate: unknown predicate 'acme.bucket_name_prefix'" in capsys.readouterr().err


def test_policy_dir_with_its_plugin(policy_dir: Path, capsys) -> None:
    Path("main.tf").write_text('resource "aws_s3_bucket" "b" {\n  bucket = "data"\n}\n')
    code = main(["check", "main.tf", "--policy-dir", str(policy_dir), "--plugin", "plugin_example.acme_checks",
                 "--select", "ACME"])
    out = capsys.readouterr().out
    assert code == 1
    assert "main.tf:2:3: ACME-S3-001 [low] bucket name 'data' lacks the 'acme-' prefix (aws_s3_bucket.b)" in out


def test_srm_lint_test_reports_each_fixture(policy_dir: Path, capsys) -> None:
    code = main(["test", str(policy_dir), "--plugin", "plugin_example.acme_checks:PLUGIN"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "PASS" in out and "2 passed, 0 failed" in out
    (policy_dir / "fixtures" / "ACME-S3-001" / "pass.tf").write_text(PASS_TF.replace("acme-logs", "logs"))
    assert main(["test", str(policy_dir), "--plugin", "plugin_example.acme_checks"]) == 1
    assert "FAIL" in capsys.readouterr().out


def test_bundled_policies_pass_srm_lint_test(capsys, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    assert main(["test", "policies", "--fixtures", "tests/checks"]) == 0, capsys.readouterr().out


def test_an_unknown_plugin_is_a_usage_error(capsys) -> None:
    assert main(["check", ".", "--plugin", "no_such_module:X"]) == 2
    assert "cannot import plugin module 'no_such_module'" in capsys.readouterr().err
