"""`path:line:col: ID [severity] message (resource)`: a quickfix/problem-matcher format, then a
summary grouped by shared-responsibility category."""

from __future__ import annotations

from ..engine import counts_by_category
from ..model import SEVERITIES, InputError, Report
from ..policies import Check


def render(report: Report, registry: dict[str, Check], show_unknown: bool = False) -> str:
    lines: list[str] = []
    for error in report.errors:
        lines.append(f"{_where(error)}: error: {error.message}")
    for f in report.findings:
        lines.append(f"{f.location}: {f.check_id} [{f.severity}] {f.message} ({f.resource})")
    if show_unknown:
        for notice in report.notices:
            lines.append(f"{_where(notice)}: notice: {notice.message}")
        for u in report.unknowns:
            lines.append(f"{u.location}: {u.check_id} [unknown] {u.reason} ({u.resource})")
    lines.append("")
    lines.extend(summary(report))
    return "\n".join(lines) + "\n"


def _by_service(report: Report) -> list[tuple[str, int, str]]:
    from ..profiles import profile_for

    counts: dict[str, list] = {}
    for finding in report.findings:
        profile = profile_for(finding.kind) if finding.kind else None
        if profile is not None:
            counts.setdefault(profile.name, [0, profile])[0] += 1
    return [(name, count, f"{profile.model}; the customer owns {', '.join(profile.categories)}")
            for name, (count, profile) in sorted(counts.items())]


def _where(item: InputError) -> str:
    return item.path + (f":{item.line}" if item.line else "") + (f":{item.column}" if item.column else "")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def summary(report: Report) -> list[str]:
    head = f"{_plural(len(report.findings), 'finding')} in {_plural(len(report.files), 'file')}"
    if report.errors:
        head += f", {_plural(len(report.errors), 'input error')}"
    if report.unknowns or report.notices:
        parts = [f"{len(report.unknowns)} unknown"] if report.unknowns else []
        parts += [_plural(len(report.notices), "notice")] if report.notices else []
        head += f", {' and '.join(parts)} (--show-unknown lists them)"
    lines = [head]
    table = counts_by_category(report.findings)
    services = _by_service(report)
    if services:
        lines.append("By AWS service (`srm-lint explain ID` says who owns what):")
        width = max(len(name) for name, _, _ in services)
        for name, count, profile in services:
            lines.append(f"  {name:<{width}}  {count:>3}  {profile}")
    if table:
        lines.append("By shared-responsibility category (customer-owned):")
        width = max(len(c) for c in table)
        for category, counts in table.items():
            parts = ", ".join(f"{counts[s]} {s}" for s in reversed(SEVERITIES) if counts[s])
            lines.append(f"  {category:<{width}}  {sum(counts.values()):>3}  ({parts})")
    return lines
