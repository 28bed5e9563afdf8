"""Regenerate docs/checks/ and docs/policy.schema.json from the policies and their fixtures.

    python scripts/gen_docs.py
"""

from __future__ import annotations

import shutil
from pathlib import Path

from srm_lint.docs import generate
from srm_lint.policies import load_policies

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    target = ROOT / "docs" / "checks"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for name, text in generate(load_policies(), ROOT / "tests" / "checks").items():
        (target / name).write_text(text, encoding="utf-8")
    shutil.copyfile(ROOT / "srm_lint" / "schemas" / "policy.schema.json", ROOT / "docs" / "policy.schema.json")


if __name__ == "__main__":
    main()
