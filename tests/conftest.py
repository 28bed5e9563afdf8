from __future__ import annotations

from pathlib import Path

from srm_lint.fixtures import annotated  # noqa: F401  (one reader of annotations for tests and `srm-lint test`)

ROOT = Path(__file__).resolve().parent.parent
CHECKS = Path(__file__).resolve().parent / "checks"


def pytest_addoption(parser) -> None:
    parser.addoption("--update-snapshots", action="store_true", help="rewrite tests/snapshots from current output")
