"""The check reference, generated from the policies and their fixtures so it cannot drift:
docs/checks/index.md (by shared-responsibility category) and one page per check with its
Terraform and CloudFormation examples. `python scripts/gen_docs.py` writes it; a test fails
when it is stale."""

from __future__ import annotations

import re
from pathlib import Path

from .fixtures import ANNOTATION
from .model import CATEGORIES
from .policies import Check
from .profiles import profile_for

LANGUAGES = {".tf": "hcl", ".yaml": "yaml", ".yml": "yaml", ".json": "json"}
EXAMPLES = (("fail.tf", "Terraform: fails"), ("pass.tf", "Terraform: passes"),
            ("fail.yaml", "CloudFormation: fails"), ("pass.yaml", "CloudFormation: passes"))


def _strip_annotations(text: str) -> str:
    lines = [ANNOTATION.sub("", line).rstrip() for line in text.splitlines()]
    return "\n".join(re.sub(r"\s+#\s*$", "", line) for line in lines).strip("\n") + "\n"


def check_page(check: Check, fixtures: Path) -> str:
    facets = f" / {', '.join(check.facets)}" if check.facets else ""
    lines = [
        f"# {check.id}: {check.title}",
        "",
        "| category | severity | kind | default | applies to |",
        "|---|---|---|---|---|",
        f"| {check.category}{facets} | {check.severity} | {check.kind} | {check.default} | "
        f"{', '.join(f'`{k}`' for k in check.resources)} |",
        "",
    ]
    services = {p.service: p for p in (profile_for(kind) for kind in check.resources) if p is not None}
    if services:
        lines += ["## Who owns what", ""]
        lines += [f"- {profile.summary()}" for profile in services.values()]
        lines += [f"- This check enforces the customer's **{check.category}** duty.", ""]
    lines += ["## Why", "", check.why, "", "## Fix", "",
              f"- **Terraform:** {check.remediation['terraform']}",
              f"- **CloudFormation:** {check.remediation['cloudformation']}", ""]
    for name, heading in EXAMPLES:
        path = fixtures / check.id / name
        if path.is_file():
            language = LANGUAGES.get(path.suffix, "")
            lines += [f"## {heading}", "", f"```{language}", _strip_annotations(path.read_text(encoding='utf-8'))
                      .rstrip("\n"), "```", ""]
    lines += ["## References", ""] + [f"- {ref}" for ref in check.references]
    mapped = [f"- {name}: {', '.join(ids)}" for name, ids in check.mappings.items() if ids]
    if mapped:
        lines += ["", "## Related controls", "", *mapped]
    return "\n".join(lines) + "\n"


def index_page(registry: dict[str, Check]) -> str:
    lines = ["# Checks", "",
             "Every srm-lint check, grouped by the customer-owned category of the AWS Shared Responsibility "
             "Model it enforces. Opt-in checks run when selected by id, with `--profile strict`, or (absence "
             "checks) with `--absence`. Generated from `policies/` by `scripts/gen_docs.py`.", ""]
    for category in CATEGORIES:
        checks = [c for c in registry.values() if c.category == category]
        if not checks:
            continue
        lines += [f"## {category}", "", "| id | severity | title | default |", "|---|---|---|---|"]
        lines += [f"| [{c.id}]({c.id}.md) | {c.severity} | {c.title} | {c.default} |" for c in checks]
        lines.append("")
    return "\n".join(lines)


def generate(registry: dict[str, Check], fixtures: Path) -> dict[str, str]:
    """Relative path under docs/checks → content."""
    pages = {f"{check.id}.md": check_page(check, fixtures) for check in registry.values()}
    pages["index.md"] = index_page(registry)
    return pages
