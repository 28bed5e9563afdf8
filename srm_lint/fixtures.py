"""Annotated fixtures: how srm-lint tests its own checks, and how `srm-lint test` tests yours.

A fixture is a Terraform file or CloudFormation template whose lines carry same-line comments:

    acl = "public-read" # srm: expect SRM-S3-002     a finding of that check must land here
    acl = "private"     # srm: ok SRM-S3-002         a near miss that must stay clean
                        # srm: unknown ID            the check must report an unknown here
                        # srm: todo-expect ID        a known gap (must stay silent until fixed)
                        # srm: todo-ok ID            a known false positive (still reported)

The fixture is scanned alone, with only its check selected, and the exact set of (line, id)
pairs must match.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

ANNOTATION = re.compile(r"#\s*srm:\s*(expect|ok|unknown|todo-expect|todo-ok)\s+([A-Z][A-Z0-9]*-[A-Z0-9]+-\d{3})")
FIXTURE_SUFFIXES = (".tf", ".yaml", ".yml", ".json", ".template")


def annotated(path: Path, kind: str) -> set[tuple[int, str]]:
    """(line, check id) pairs of one annotation kind, read from the raw text."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {(number, match[2]) for number, line in enumerate(lines, 1)
            for match in ANNOTATION.finditer(line) if match[1] == kind}


@dataclass(frozen=True)
class FixtureResult:
    fixture: Path
    check_id: str
    expected: frozenset[tuple[int, str]]
    found: frozenset[tuple[int, str]]
    errors: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.errors and self.expected == self.found

    def describe(self) -> str:
        if self.errors:
            return "input errors: " + "; ".join(self.errors)
        missing = sorted(self.expected - self.found)
        extra = sorted(self.found - self.expected)
        parts = [f"missing finding on line {line}" for line, _ in missing]
        parts += [f"unexpected finding on line {line}" for line, _ in extra]
        return ", ".join(parts) or "ok"


def run_fixture(fixture: Path, check_id: str, policy_dirs: tuple[Path, ...] = ()) -> FixtureResult:
    """Scan one fixture alone (copied into an empty directory: a Terraform module is a
    directory, and fail.tf must not see pass.tf) with only `check_id` selected."""
    from .engine import scan
    from .settings import Settings

    with tempfile.TemporaryDirectory() as directory:
        copy = Path(directory) / fixture.name
        shutil.copyfile(fixture, copy)
        report = scan([copy], Settings(select=(check_id,), policy_dirs=policy_dirs))
    found = frozenset((f.location.line, f.check_id) for f in report.findings)
    # todo-ok: a known false positive (still reported); todo-expect: a known gap (stays silent).
    expected = frozenset(annotated(fixture, "expect") | annotated(fixture, "todo-ok"))
    return FixtureResult(fixture, check_id, expected, found, tuple(e.message for e in report.errors))


def fixtures_of(directory: Path) -> list[tuple[str, Path]]:
    """(check id, fixture) for every `<ID>/<name>` file below a fixture directory."""
    return [(path.parent.name, path) for path in sorted(directory.glob("*/*"))
            if path.is_file() and path.suffix in FIXTURE_SUFFIXES]
