"""Which checks run: profiles, absence checks, categories, severities, users' policy directories."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT

from srm_lint.engine import scan, selected_checks
from srm_lint.loader import aws_provider_major
from srm_lint.parsers.terraform import parse_text
from srm_lint.parsers.tf_module import ModuleSource
from srm_lint.policies import load_policies
from srm_lint.settings import Settings

S3_002 = (ROOT / "policies" / "s3" / "SRM-S3-002.yaml").read_text()

ABSENCE = """\
id: ACME-S3-001
title: The account has a versioned bucket
category: resilience
severity: medium
kind: absence
default: opt-in
resource: aws.s3.bucket
require:
  resource: aws.s3.bucket
  where: {path: versioning.status, equals: Enabled}
message: "no bucket in this account keeps versions"
why: Backups are the customer's duty under the shared responsibility model.
remediation: {terraform: Add aws_s3_bucket_versioning., cloudformation: Set VersioningConfiguration.}
references: [https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html]
since: "0.1.0"
"""


def _registry(tmp_path: Path) -> dict:
    (tmp_path / "policies").mkdir(exist_ok=True)
    (tmp_path / "policies" / "ACME-S3-001.yaml").write_text(ABSENCE)
    return load_policies([ROOT / "policies", tmp_path / "policies"])


def test_opt_in_checks_need_their_id_the_strict_profile_or_absence(tmp_path: Path) -> None:
    registry = _registry(tmp_path)
    ids = lambda settings: [c.id for c in selected_checks(registry, settings)]  # noqa: E731
    assert "ACME-S3-001" not in ids(Settings())
    assert "ACME-S3-001" not in ids(Settings(select=("ACME",)))
    assert ids(Settings(select=("ACME-S3-001",))) == ["ACME-S3-001"]
    assert "ACME-S3-001" in ids(Settings(profile="strict"))
    assert "ACME-S3-001" in ids(Settings(absence=True))


def test_category_and_severity_narrow_the_selection() -> None:
    registry = load_policies()
    checks = selected_checks(registry, Settings(categories=("network",), severities=("critical",)))
    assert checks and {(c.category, c.severity) for c in checks} == {("network", "critical")}


def test_an_absence_check_reports_once_at_the_first_scanned_file(tmp_path: Path, monkeypatch) -> None:
    _registry(tmp_path)
    monkeypatch.chdir(tmp_path)
    Path("b.tf").write_text('resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n')
    Path("a.tf").write_text('resource "aws_s3_bucket" "a" {\n  bucket = "a"\n}\n')
    settings = Settings(select=("ACME-S3-001",), policy_dirs=(Path("policies"),))
    report = scan([Path("a.tf"), Path("b.tf")], settings)
    assert [(f.check_id, f.location.path, f.location.line, f.message) for f in report.findings] == [
        ("ACME-S3-001", "a.tf", 1, "no bucket in this account keeps versions")]
    Path("v.tf").write_text('resource "aws_s3_bucket_versioning" "b" {\n  bucket = aws_s3_bucket.b.id\n'
                            '  versioning_configuration {\n    status = "Enabled"\n  }\n}\n')
    report = scan([Path(".")], settings)
    assert report.findings == []


def _source(text: str) -> ModuleSource:
    return ModuleSource(".", None, tuple(parse_text(text, "versions.tf")))


def test_aws_provider_major_version(tmp_path: Path) -> None:
    pinned = 'terraform {\n  required_providers {\n    aws = {\n      source = "hashicorp/aws"\n' \
             '      version = "{}"\n    }\n  }\n}\n'
    assert aws_provider_major(tmp_path, _source(pinned.replace("{}", ">= 6.0"))) == 6
    assert aws_provider_major(tmp_path, _source(pinned.replace("{}", "~> 6.2"))) == 6
    assert aws_provider_major(tmp_path, _source(pinned.replace("{}", ">= 5.0"))) == 5
    assert aws_provider_major(tmp_path, _source(pinned.replace("{}", ">= 4.0, < 7.0"))) == 5
    assert aws_provider_major(tmp_path, _source("")) == 5
    (tmp_path / ".terraform.lock.hcl").write_text(
        'provider "registry.terraform.io/hashicorp/aws" {\n  version     = "6.4.0"\n  hashes = []\n}\n')
    assert aws_provider_major(tmp_path, _source(pinned.replace("{}", ">= 5.0"))) == 6
