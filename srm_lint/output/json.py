"""The JSON report: a documented, stable contract (docs/json-report.md). Byte-identical for
identical input: sorted keys, sorted lists, no timestamps, relative POSIX paths."""

from __future__ import annotations

import json

from .. import __version__
from ..engine import counts_by_category
from ..model import Location, Report
from ..policies import Check

SCHEMA_VERSION = 1


def _location(location: Location) -> dict:
    return {"path": location.path, "line": location.line, "column": location.column}


def as_dict(report: Report, registry: dict[str, Check]) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "srm-lint", "version": __version__},
        "findings": [
            {
                "check_id": f.check_id,
                "title": f.title,
                "category": f.category,
                "severity": f.severity,
                **_location(f.location),
                "resource": f.resource,
                "kind": f.kind,
                "message": f.message,
                "related": [_location(r) for r in f.related],
            }
            for f in report.findings
        ],
        "unknowns": [
            {"check_id": u.check_id, **_location(u.location), "resource": u.resource, "reason": u.reason}
            for u in report.unknowns
        ],
        "errors": [
            {"path": e.path, "line": e.line, "column": e.column, "message": e.message} for e in report.errors
        ],
        "notices": [
            {"path": n.path, "line": n.line, "column": n.column, "message": n.message} for n in report.notices
        ],
        "checks": [
            {
                "id": registry[check_id].id,
                "title": registry[check_id].title,
                "category": registry[check_id].category,
                "severity": registry[check_id].severity,
            }
            for check_id in report.checks
        ],
        "summary": {
            "files": len(report.files),
            "findings": len(report.findings),
            "unknowns": len(report.unknowns),
            "errors": len(report.errors),
            "notices": len(report.notices),
            "by_category": counts_by_category(report.findings),
        },
    }


def render(report: Report, registry: dict[str, Check]) -> str:
    return json.dumps(as_dict(report, registry), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
