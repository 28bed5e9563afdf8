"""Every check against its annotated fixtures: the exact set of (line, id) pairs, with only that
check selected (srm_lint/fixtures.py, the same code `srm-lint test` runs for users' policies)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CHECKS, annotated

from srm_lint.fixtures import fixtures_of, run_fixture

FIXTURES = fixtures_of(CHECKS)


@pytest.mark.parametrize(("check_id", "fixture"), FIXTURES, ids=lambda v: v if isinstance(v, str) else v.name)
def test_findings_match_annotations(check_id: str, fixture: Path) -> None:
    result = run_fixture(fixture, check_id)
    assert result.errors == ()
    # todo-ok and todo-expect fail this test once the engine improves: the annotation gets promoted
    assert result.found == result.expected, result.describe()
    assert not result.found & annotated(fixture, "ok"), "a line marked ok carries a finding"
