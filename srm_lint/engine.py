"""`scan(paths, settings) -> Report`: the library API behind the CLI, the hook and the editor.

Data flows one way: files → parsers → graph → checks → report.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from . import conditions
from .discovery import Candidate, discover, display_path
from .graph import Graph
from .loader import load
from .model import SEVERITIES, Finding, Hit, InputError, Location, Report, Resource, UnknownResult
from .policies import Check, bundled_policy_dir, load_policies
from .predicates import PREDICATES, TESTS
from .settings import Settings


def selected_checks(registry: dict[str, Check], settings: Settings) -> list[Check]:
    """Longest matching prefix wins between --select and --ignore. Without --select the default
    checks run. An opt-in check runs when selected by its exact id, under --profile strict, or,
    for absence checks, with --absence. --category and --severity narrow the result. Under the
    strict profile a check takes its stricter severity and parameters."""
    chosen = []
    for check in registry.values():
        enabled = check.default == "on" or settings.profile == "strict" or \
            (settings.absence and check.kind == "absence")
        rules = [(len(p), p in settings.select, p) for p in (*settings.select, *settings.ignore)
                 if check.id.startswith(p)]
        if rules:
            _, selected, prefix = max(rules)
            keep = selected and (enabled or prefix == check.id)
        else:
            keep = not settings.select and enabled
        if settings.categories and check.category not in settings.categories:
            keep = False
        if keep and settings.profile == "strict" and "strict" in check.profiles:
            strict = check.profiles["strict"]
            check = replace(check, severity=strict.get("severity", check.severity),
                            params={**check.params, **strict.get("params", {})})
        if keep and (not settings.severities or check.severity in settings.severities):
            chosen.append(check)
    return chosen


def scan(paths: list[Path], settings: Settings | None = None) -> Report:
    settings = settings or Settings()
    registry = load_policies([bundled_policy_dir(), *settings.policy_dirs])
    checks = selected_checks(registry, settings)
    candidates, missing = discover(paths)
    if settings.skip_unrecognised:
        candidates = [Candidate(c.path, False) for c in candidates]
    errors = [InputError(display_path(p), "no such file or directory") for p in missing]
    loaded = load(candidates, settings)
    natives, parsed = loaded.natives, loaded.parsed
    errors.extend(loaded.errors)
    in_scope = {display_path(c.path) for c in candidates}
    facts = {**loaded.facts, "": {"as_of": settings.as_of}} if settings.as_of else loaded.facts
    graph = Graph(sorted(natives, key=lambda n: (n.scope, n.address)), facts)
    findings: list[Finding] = []
    unknowns: list[UnknownResult] = []
    for check in checks:
        if check.assertion is None and check.predicate is None:
            continue  # an absence-only check: judged once for the whole scan below
        for resource, hits in _verdicts(check, graph):
            for hit in hits:
                # a finding inside a module counts when the module call that set it up is in scope
                if hit.location.path not in in_scope and not any(r.path in in_scope for r in hit.related):
                    continue
                if hit.state == "fail":
                    message = check.message.format(resource=resource.address, detail=hit.message)
                    if resource.native.condition:
                        message += f" (deployed only if condition {resource.native.condition} is true)"
                    findings.append(Finding(check.id, check.title, check.category, check.severity, hit.location,
                                            resource.address, message, hit.related, resource.kind))
                else:
                    unknowns.append(UnknownResult(check.id, hit.location, resource.address, hit.message))
    scanned = sorted({p for p in parsed if p in in_scope})
    for check in checks:
        if check.require is not None and scanned and (check.kind == "absence" or settings.absence
                                                       or settings.profile == "strict"):
            _absence(check, graph, Location(scanned[0], 1, 1), findings, unknowns)
    return Report(
        findings=sorted(set(findings), key=Finding.sort_key),
        unknowns=sorted(set(unknowns), key=UnknownResult.sort_key),
        errors=sorted(set(errors), key=InputError.sort_key),
        checks=[c.id for c in checks],
        files=scanned,
        notices=sorted(set(loaded.notices), key=InputError.sort_key),
    )


def _absence(check: Check, graph: Graph, where: Location, findings: list[Finding],
             unknowns: list[UnknownResult]) -> None:
    """Something every account needs is missing from the whole scan (taken as one account):
    at most one finding, at the first scanned file."""
    require = check.require
    kinds = require["resource"] if isinstance(require["resource"], list) else [require["resource"]]
    states = [conditions.PASS if "where" not in require else
              conditions.evaluate(require["where"], candidate, graph, TESTS).state
              for candidate in graph.kinds(kinds)]
    if conditions.PASS in states:
        return
    message = require.get("message", check.message).format(resource="(scan)", detail=f"no {' or '.join(kinds)}")
    if conditions.UNKNOWN in states:
        unknowns.append(UnknownResult(check.id, where, "(scan)", f"{message}; a candidate's settings are unknown"))
        return
    findings.append(Finding(check.id, check.title, check.category, check.severity, where, "(scan)", message,
                            kind=kinds[0]))


def _verdicts(check: Check, graph: Graph) -> list[tuple[Resource, list[Hit]]]:
    """Each resource's hits. Variants of one CloudFormation resource (one per combination of
    conditions that do not resolve) are judged together: a failure only when every variant fails,
    an unknown when some do."""
    out: list[tuple[Resource, list[Hit]]] = []
    variants: dict[tuple[str, str], list[tuple[Resource, list[Hit]]]] = {}
    for resource in graph.kinds(list(check.resources)):
        hits = _judge(check, resource, graph)
        if resource.native.assumptions:
            variants.setdefault((resource.native.scope, resource.address), []).append((resource, hits))
        else:
            out.append((resource, hits))
    for group in variants.values():
        out.append(_combine_variants(group))
    return out


def _combine_variants(group: list[tuple[Resource, list[Hit]]]) -> tuple[Resource, list[Hit]]:
    """A place that fails in every variant is a finding; one that fails in some is unknown."""
    names = sorted({name for resource, _ in group for name, _ in resource.native.assumptions})
    conditions_named = f"condition{'s' if len(names) > 1 else ''} {', '.join(names)}"
    failing_in: dict[tuple[str, int], list[tuple[Resource, Hit]]] = {}
    out = [h for _, hits in group for h in hits if h.state == "unknown"]
    for resource, hits in group:
        for hit in hits:
            if hit.state == "fail":
                failing_in.setdefault((hit.location.path, hit.location.line), []).append((resource, hit))
    for variants in failing_in.values():
        resource, hit = variants[0]
        if len({id(r) for r, _ in variants}) == len(group):
            verb = "resolve" if len(names) > 1 else "resolves"
            out.append(Hit("fail", hit.location, f"{hit.message}, whichever way {conditions_named} {verb}",
                           hit.related))
        else:
            assumed = ", ".join(f"{n}={'true' if v else 'false'}" for n, v in resource.native.assumptions)
            out.append(Hit("unknown", hit.location, f"{hit.message} when {assumed}; {conditions_named} "
                           f"{'are' if len(names) > 1 else 'is'} not resolved statically", hit.related))
    return group[0][0], _one_per_line(out)


def _judge(check: Check, resource: Resource, graph: Graph) -> list[Hit]:
    """The failures and unknowns of one check on one resource."""
    applicable = conditions.PASS
    if check.when is not None:
        applicable = conditions.evaluate(check.when, resource, graph, TESTS).state
        if applicable in (conditions.FAIL, conditions.SKIP):
            return []
    related = resource.related
    if check.predicate is not None:
        hits = [Hit(h.state, h.location, h.message, h.related or related)
                for h in PREDICATES[check.predicate](resource, graph, _params(check, graph))]
    else:
        result = conditions.evaluate(check.assertion, resource, graph, TESTS)
        if result.state in (conditions.PASS, conditions.SKIP):
            return []
        state = "fail" if result.state == conditions.FAIL else "unknown"
        hits = [Hit(state, slot.location, slot.detail, related) for slot in result.slots]
    failed = [h for h in hits if h.state == "fail"]
    if failed:
        reason = None
        if applicable == conditions.UNKNOWN:
            reason = "whether the check applies is not resolved statically"
        elif check.unknown_when is not None:
            if conditions.evaluate(check.unknown_when, resource, graph, TESTS).state == conditions.PASS:
                reason = "the outcome depends on a source that is not in the code"
        if reason:
            hits = [Hit("unknown", h.location, f"{h.message}; {reason}", h.related) if h.state == "fail" else h
                    for h in hits]
    return _one_per_line(hits)


def _params(check: Check, graph: Graph) -> dict:
    as_of = graph.facts.get("", {}).get("as_of")
    return {**check.params, "as_of": as_of} if as_of else check.params


def _one_per_line(hits: list[Hit]) -> list[Hit]:
    """One hit per state and line: several problems on one line become one message."""
    merged: dict[tuple[str, str, int], Hit] = {}
    for hit in hits:
        key = (hit.state, hit.location.path, hit.location.line)
        if key not in merged:
            merged[key] = hit
        elif hit.message not in merged[key].message.split(", "):
            first = merged[key]
            merged[key] = Hit(first.state, first.location, f"{first.message}, {hit.message}", first.related)
    return list(merged.values())


def counts_by_category(findings: list[Finding]) -> dict[str, dict[str, int]]:
    """{category: {severity: count}} for summaries."""
    table: dict[str, dict[str, int]] = defaultdict(lambda: {s: 0 for s in SEVERITIES})
    for finding in findings:
        table[finding.category][finding.severity] += 1
    return dict(sorted(table.items()))


__all__ = ["Settings", "scan", "selected_checks", "counts_by_category"]
