from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECKS = Path(__file__).resolve().parent / "checks"
ANNOTATION = re.compile(r"#\s*srm:\s*(expect|ok|unknown|todo-expect|todo-ok)\s+(SRM-[A-Z0-9]+-\d{3})")


def annotated(path: Path, kind: str) -> set[tuple[int, str]]:
    """(line, check id) pairs of one annotation kind, read from the raw text."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {(number, match[2]) for number, line in enumerate(lines, 1)
            for match in ANNOTATION.finditer(line) if match[1] == kind}


def pytest_addoption(parser) -> None:
    parser.addoption("--update-snapshots", action="store_true", help="rewrite tests/snapshots from current output")
