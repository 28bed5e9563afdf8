"""Resolution cases: small Terraform projects and CloudFormation templates that prove a value is
resolved (or left unknown) the way the deploy tools would, by the finding, non-finding or
unknown it leads to, at the exact file and line.

Each case is a directory under tests/resolution/ with a `case.json`:

    {"select": ["SRM-S3-002"],              checks to run (required)
     "scan": ["main.tf"],                   paths to scan, relative to the case (default ["."])
     "settings": {"variables": [["acl", "public-read"]], "var_files": ["prod.tfvars"],
                  "parameters": [["Env", "prod"]], "parameter_files": ["params.json"],
                  "env_vars": false},
     "env": {"TF_VAR_acl": "public-read"},  environment for the scan
     "expect": [["plan.json", 12, "SRM-S3-002"]],     findings in files that cannot hold comments
     "unknown": [["plan.json", 20, "SRM-S3-002"]],
     "errors": [["bad.yaml", 3]]}           expected input errors (file, line or null)

and same-line annotations in the case's files: `# srm: expect ID` (a finding on this line),
`# srm: unknown ID` (an unknown on this line), `# srm: ok ID` (documents a clean line). Findings
and unknowns must match exactly.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import annotated

from srm_lint.engine import scan
from srm_lint.settings import Settings

CASES = Path(__file__).resolve().parent / "resolution"
CASE_FILES = sorted(CASES.rglob("case.json"))


def _settings(case: dict, root: Path) -> Settings:
    raw = case.get("settings", {})
    return Settings(
        select=tuple(case["select"]),
        var_files=tuple(root / p for p in raw.get("var_files", [])),
        variables=tuple(tuple(pair) for pair in raw.get("variables", [])),
        env_vars=raw.get("env_vars", False),
        parameters=tuple(tuple(pair) for pair in raw.get("parameters", [])),
        parameter_files=tuple(root / p for p in raw.get("parameter_files", [])),
    )


def _annotations(root: Path, kind: str) -> set[tuple[str, int, str]]:
    found = set()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.name != "case.json" and path.suffix != ".json":
            rel = path.relative_to(root).as_posix()
            found |= {(rel, line, check) for line, check in annotated(path, kind)}
    return found


@pytest.mark.parametrize("case_file", CASE_FILES, ids=lambda p: p.parent.relative_to(CASES).as_posix())
def test_resolution_case(case_file: Path, monkeypatch) -> None:
    root = case_file.parent
    case = json.loads(case_file.read_text(encoding="utf-8"))
    for name in [n for n in os.environ if n.startswith("TF_VAR_")]:
        monkeypatch.delenv(name)
    for name, value in case.get("env", {}).items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(root)
    report = scan([Path(p) for p in case.get("scan", ["."])], _settings(case, root))
    assert sorted((e.path, e.line) for e in report.errors) == sorted(
        (p, line) for p, line in case.get("errors", [])), [str(e) for e in report.errors]
    findings = {(f.location.path, f.location.line, f.check_id) for f in report.findings}
    unknowns = {(u.location.path, u.location.line, u.check_id) for u in report.unknowns}
    expected = _annotations(root, "expect") | {tuple(x) for x in case.get("expect", [])}
    expected_unknown = _annotations(root, "unknown") | {tuple(x) for x in case.get("unknown", [])}
    assert findings == expected
    assert unknowns == expected_unknown
