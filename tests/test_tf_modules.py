"""Module instances, count/for_each addresses and what a finding inside a module carries."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT

from srm_lint.engine import scan
from srm_lint.model import Location
from srm_lint.settings import Settings

CASES = ROOT / "tests" / "resolution" / "terraform"


def findings(case: str, check: str, monkeypatch, paths: tuple[str, ...] = ("main.tf",)):
    monkeypatch.chdir(CASES / case)
    report = scan([Path(p) for p in paths], Settings(select=(check,)))
    return report


def test_a_finding_inside_a_module_names_the_instance_and_the_call(monkeypatch) -> None:
    report = findings("module-inputs", "SRM-S3-002", monkeypatch)
    [finding] = report.findings
    assert finding.resource == "module.public_site.aws_s3_bucket.this"  # the ACL folded into its bucket
    assert finding.location == Location("modules/bucket/main.tf", 16, 3)
    assert Location("main.tf", 1, 1) in finding.related  # the module call that set acl


def test_for_each_module_instances_have_keyed_addresses(monkeypatch) -> None:
    report = findings("module-inputs", "SRM-NET-001", monkeypatch)
    assert [(f.resource, f.message) for f in report.findings] == [
        ('module.web["admin"].aws_security_group.web', "ingress from 0.0.0.0/0 reaches 22/tcp")]


def test_count_and_for_each_instances_and_companions(monkeypatch) -> None:
    report = findings("count-for-each", "SRM-S3-002", monkeypatch)
    assert [f.resource for f in report.findings] == ["aws_s3_bucket.numbered[1]"]
    report = findings("count-for-each", "SRM-S3-001", monkeypatch)
    assert [f.resource for f in report.findings] == ['aws_s3_bucket.site["blog"]']


def test_remote_module_is_a_notice(monkeypatch) -> None:
    report = findings("remote-module", "SRM-S3-002", monkeypatch)
    assert [(n.path, n.line) for n in report.notices] == [("main.tf", 2)]
    assert "remote source, not fetched" in report.notices[0].message
    assert report.errors == []


def test_installed_module_is_scanned(monkeypatch) -> None:
    report = findings("installed-module", "SRM-S3-002", monkeypatch)
    assert report.notices == []
    assert [f.resource for f in report.findings] == ["module.s3.aws_s3_bucket_acl.this"]


def test_count_beyond_the_bound_is_one_unknown_instance(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("main.tf").write_text('resource "aws_s3_bucket_acl" "many" {\n  count  = 100000\n  bucket = "b'
                               '${count.index}"\n  acl    = "public-read"\n}\n')
    report = scan([Path("main.tf")], Settings(select=("SRM-S3-002",)))
    assert [f.resource for f in report.findings] == ["aws_s3_bucket_acl.many"]
    assert [n.line for n in report.notices] == [2]


def test_for_expressions_over_known_collections(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("main.tf").write_text(
        'locals {\n'
        '  ports = { ssh = 22, web = 443 }\n'
        '  rules = [for name, port in local.ports : { port = port, cidrs = ["0.0.0.0/0"] } if name != "web"]\n'
        '  acls  = { for name in ["a", "b"] : name => name == "b" ? "public-read" : "private" }\n'
        '}\n'
        'resource "aws_security_group" "web" {\n'
        '  dynamic "ingress" {\n'
        '    for_each = local.rules\n'
        '    content {\n'
        '      from_port   = ingress.value.port\n'
        '      to_port     = ingress.value.port\n'
        '      protocol    = "tcp"\n'
        '      cidr_blocks = ingress.value.cidrs\n'
        '    }\n'
        '  }\n'
        '}\n'
        'resource "aws_s3_bucket_acl" "each" {\n'
        '  for_each = local.acls\n'
        '  bucket   = each.key\n'
        '  acl      = each.value\n'
        '}\n')
    report = scan([Path("main.tf")], Settings(select=("SRM-NET-001", "SRM-S3-002")))
    assert [(f.check_id, f.location.line, f.resource) for f in report.findings] == [
        ("SRM-NET-001", 7, "aws_security_group.web"),
        ("SRM-S3-002", 20, 'aws_s3_bucket_acl.each["b"]'),
    ]
    assert report.unknowns == []
