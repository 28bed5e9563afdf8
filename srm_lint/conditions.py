"""The small, closed condition language of policies, evaluated three-valued over canonical
properties (plus SKIP: nothing to judge on a partial resource).

    {path: acl, in: [public-read]}          leaf: equals, not_equals, in, not_in, matches,
    {path: x, present: true}                present, absent
    {test: s3.access_log_destination}       a named boolean test from predicates
    {kind: aws.rds.instance}                the resource's canonical kind
    {all: [...]}, {any: [...]}, {not: {...}}

A path descends canonical properties with dots; lists on the way fan out and every element
must satisfy the leaf. An absent value takes the mapping's default when it has one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .model import Location, Node, Resource

PASS, FAIL, UNKNOWN, SKIP = "pass", "fail", "unknown", "skip"

LEAF_OPERATORS = ("equals", "not_equals", "in", "not_in", "matches", "present", "absent")


@dataclass
class Slot:
    state: str
    location: Location
    detail: str


@dataclass
class Result:
    state: str
    slots: list[Slot] = field(default_factory=list)  # the slots that decided the state

    def failures(self) -> list[Slot]:
        return [s for s in self.slots if s.state == FAIL]


@dataclass
class Target:
    """One value a path leads to, or the place where it would be written."""

    node: Node | None
    anchor: Location
    path: str


def targets(resource: Resource, path: str) -> list[Target]:
    current = [Target(resource.properties, resource.location, "")]
    for segment in path.split("."):
        following: list[Target] = []
        for target in current:
            if target.node is None or target.node.unknown:
                following.append(Target(target.node, target.anchor, _join(target.path, segment)))
                continue
            elements = target.node.items() if isinstance(target.node.value, list) else [target.node]
            if not elements:
                following.append(Target(None, target.node.location, _join(target.path, segment)))
            for element in elements:
                child = element.get(segment) if not element.unknown else element
                anchor = element.location if isinstance(element.value, dict) else target.anchor
                following.append(Target(child, child.location if child is not None else anchor,
                                        _join(target.path, segment)))
        current = following
    return current


def _join(prefix: str, segment: str) -> str:
    return f"{prefix}.{segment}" if prefix else segment


def _normal(value: Any, like: Any) -> Any:
    """Compare as CloudFormation does: "true" is true, "22" is 22."""
    if isinstance(like, bool) and isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    if isinstance(like, (int, float)) and not isinstance(like, bool) and isinstance(value, str):
        try:
            return type(like)(value)
        except ValueError:
            return value
    return value


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, str) else str(value)


def _leaf(condition: dict, resource: Resource) -> Result:
    operator = next(op for op in LEAF_OPERATORS if op in condition)
    expected = condition[operator]
    slots: list[Slot] = []
    found = targets(resource, condition["path"])
    if operator in ("present", "absent"):
        # presence is a statement about the whole path, not about each element
        # a written value is present even when its content is unknown; a null is not written
        written = [t for t in found if t.node is not None and (t.node.unknown or t.node.value is not None)]
        is_present = bool(written)
        want_present = bool(expected) if operator == "present" else not bool(expected)
        anchor = written[0].anchor if written else found[0].anchor
        detail = f"{condition['path'].rsplit('.', 1)[-1]} is {'set' if is_present else 'not set'}"
        if not is_present and resource.partial:
            return Result(SKIP, [Slot(SKIP, anchor, detail)])
        state = PASS if is_present == want_present else FAIL
        return Result(state, [Slot(state, anchor, detail)])
    for target in found:
        slots.append(_compare(operator, expected, target, resource))
    return _all_slots(slots)


def _compare(operator: str, expected: Any, target: Target, resource: Resource) -> Slot:
    name = target.path.rsplit(".", 1)[-1]
    if target.node is None:
        if resource.partial:
            return Slot(SKIP, target.anchor, f"{name} is not set here")
        value = None
    elif target.node.unknown:
        return Slot(UNKNOWN, target.anchor, f"{name}: {target.node.value.reason}")
    else:
        value = target.node.value
    if operator in ("equals", "not_equals"):
        holds = _normal(value, expected) == expected
        holds = holds if operator == "equals" else not holds
    elif operator in ("in", "not_in"):
        holds = any(_normal(value, e) == e for e in expected)
        holds = holds if operator == "in" else not holds
    else:  # matches
        holds = isinstance(value, str) and re.search(expected, value) is not None
    shown = "not set" if target.node is None else f"{_describe(value)}"
    return Slot(PASS if holds else FAIL, target.anchor, f"{name} is {shown}")


def _all_slots(slots: list[Slot]) -> Result:
    for state in (FAIL, UNKNOWN, SKIP):
        chosen = [s for s in slots if s.state == state]
        if chosen:
            return Result(state, chosen)
    return Result(PASS, slots)


Test = Callable[[Resource, Any, dict], "bool | None"]


def evaluate(condition: dict, resource: Resource, graph: Any, tests: dict[str, Test]) -> Result:
    if "all" in condition:
        return _combine_all([evaluate(c, resource, graph, tests) for c in condition["all"]])
    if "any" in condition:
        results = [evaluate(c, resource, graph, tests) for c in condition["any"]]
        for state in (PASS, UNKNOWN, SKIP):
            chosen = [r for r in results if r.state == state]
            if chosen:
                return Result(state, [s for r in chosen for s in r.slots])
        return Result(FAIL, [s for r in results[:1] for s in r.slots])
    if "not" in condition:
        inner = evaluate(condition["not"], resource, graph, tests)
        flipped = {PASS: FAIL, FAIL: PASS}.get(inner.state, inner.state)
        return Result(flipped, [Slot(flipped, s.location, s.detail) for s in inner.slots])
    if "kind" in condition:
        state = PASS if resource.kind == condition["kind"] else FAIL
        return Result(state, [Slot(state, resource.location, f"resource kind is {resource.kind}")])
    if "test" in condition:
        verdict = tests[condition["test"]](resource, graph, condition.get("params", {}))
        state = UNKNOWN if verdict is None else PASS if verdict else FAIL
        return Result(state, [Slot(state, resource.location, condition["test"])])
    return _leaf(condition, resource)


def _combine_all(results: list[Result]) -> Result:
    for state in (FAIL, UNKNOWN, SKIP):
        chosen = [r for r in results if r.state == state]
        if chosen:
            return Result(state, [s for r in chosen for s in r.slots if s.state == state])
    return Result(PASS, [s for r in results for s in r.slots])
