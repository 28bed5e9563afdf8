"""The generated check reference must match the policies and fixtures (run scripts/gen_docs.py)."""

from __future__ import annotations

from conftest import CHECKS, ROOT

from srm_lint.docs import generate
from srm_lint.policies import load_policies

DOCS = ROOT / "docs" / "checks"


def test_check_docs_are_current() -> None:
    expected = generate(load_policies(), CHECKS)
    actual = {p.name: p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")}
    stale = sorted(name for name in expected.keys() | actual.keys() if expected.get(name) != actual.get(name))
    assert not stale, f"docs/checks is stale for {stale[:5]}: run `python scripts/gen_docs.py`"


def test_published_schema_is_the_one_srm_lint_uses() -> None:
    published = (ROOT / "docs" / "policy.schema.json").read_text(encoding="utf-8")
    assert published == (ROOT / "srm_lint" / "schemas" / "policy.schema.json").read_text(encoding="utf-8")


def test_fixture_annotations_are_stripped_from_examples() -> None:
    page = generate(load_policies(), CHECKS)["SRM-S3-002.md"]
    assert "srm:" not in page and "```hcl" in page and "```yaml" in page
