"""Golden snapshots of the bundled examples in every format. They prove determinism and make any
change in findings, locations or wording visible in review. Refresh with
`pytest tests/test_examples_snapshot.py --update-snapshots` and read the diff."""

from __future__ import annotations

import pytest
from conftest import ROOT

from srm_lint.cli import main

SNAPSHOTS = ROOT / "tests" / "snapshots"


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_examples_snapshot(fmt: str, capsys, monkeypatch, request) -> None:
    monkeypatch.chdir(ROOT)
    code = main(["check", "examples", "--format", fmt])
    out = capsys.readouterr().out
    assert code == 1
    snapshot = SNAPSHOTS / f"examples.{'txt' if fmt == 'text' else fmt}"
    if request.config.getoption("--update-snapshots"):
        snapshot.write_text(out, encoding="utf-8")
    assert out == snapshot.read_text(encoding="utf-8")


def test_fixed_examples_are_clean(capsys, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    code = main(["check", "examples/terraform/secure", "examples/cloudformation/secure.yaml", "--show-unknown"])
    out = capsys.readouterr().out
    assert code == 0
    assert out == "\n0 findings in 3 files\n"
