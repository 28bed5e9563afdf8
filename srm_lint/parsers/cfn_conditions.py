"""CloudFormation Conditions, evaluated three-valued (True, False, or None when a value they test
is not known before deployment), and the branch variants of a resource whose Fn::If conditions
do not resolve.

A condition that resolves picks its Fn::If branch in the parser. One that does not resolve
leaves the property unknown (unless both branches are the same); `condition_branches` then gives
one variant of the resource per combination of the unresolved conditions it uses, so that a
caller can report a finding when every variant fails and nothing when every variant passes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from ..model import NativeResource, Node
from ..values import all3, any3, as_text, known

if TYPE_CHECKING:
    from .cloudformation import Template

MAX_VARIANTS = 8

Resolver = Callable[[Node], "Node | None"]  # a resolved operand, or None when AWS::NoValue removed it
Lookup = Callable[[str], "bool | None"]  # the value of a named condition


def evaluate(expression: Node, resolve: Resolver, condition: Lookup) -> bool | None:
    """The value of one condition expression: Fn::Equals, Fn::And, Fn::Or, Fn::Not, Condition.

    Operands of Fn::Equals are resolved with `resolve`; named conditions are looked up with
    `condition`. Anything malformed or unresolved is None, never an exception."""
    value = expression.value
    if isinstance(value, bool):
        return value
    if not isinstance(value, dict) or len(value) != 1:
        return None
    name, argument = next(iter(value.items()))
    if name == "Condition":
        return condition(argument.value) if isinstance(argument.value, str) else None
    if name == "Fn::Equals":
        if not isinstance(argument.value, list) or len(argument.value) != 2:
            return None
        left, right = (resolve(item) for item in argument.value)
        if left is None or right is None or not known(left) or not known(right):
            return None
        return _canonical(left.plain()) == _canonical(right.plain())
    if not isinstance(argument.value, list):
        return None
    values = [evaluate(item, resolve, condition) for item in argument.value]
    if name == "Fn::Not":
        if len(values) != 1 or values[0] is None:
            return None
        return not values[0]
    if name == "Fn::And":
        return all3(values)
    if name == "Fn::Or":
        return any3(values)
    return None




def _canonical(value: Any) -> Any:
    """CloudFormation compares parameter values as strings: 22 equals "22", true equals "true"."""
    if isinstance(value, list):
        return [_canonical(v) for v in value]
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items()}
    return as_text(value)


def if_conditions(node: Node) -> list[str]:
    """The names of the conditions Fn::If tests anywhere under a raw (unresolved) node, in order."""
    found: list[str] = []
    for sub in node.walk():
        if isinstance(sub.value, dict) and len(sub.value) == 1 and "Fn::If" in sub.value:
            argument = sub.value["Fn::If"]
            if isinstance(argument.value, list) and argument.value and isinstance(argument.value[0].value, str):
                name = argument.value[0].value
                if name not in found:
                    found.append(name)
    return found


def condition_branches(template: Template, resource: NativeResource) -> list[tuple[dict[str, bool], NativeResource]]:
    """The variants of a resource, one per combination of the unresolved conditions its Fn::If
    functions test: [(assumptions, variant)], each variant with the same address and location and
    the branch values substituted.

    - No unresolved Fn::If condition: [({}, resource)].
    - Conditions that follow from others (`IsDev: !Not [!Condition IsProd]`) are not branched on:
      they take the value the assumptions imply, and appear in the assumptions with that value.
    - Combinations in which the resource itself is not deployed (its own `Condition` is false
      under the assumptions) are left out.
    - More than MAX_VARIANTS combinations: [({}, resource)], the resource with unknown values.
    """
    logical_id = template.sources.get(resource.address, resource.address)
    raw = template.resources.get(logical_id)
    if raw is None:
        return [({}, resource)]
    names = [n for n in if_conditions(template.raw_properties(logical_id)) if template.condition_value(n) is None]
    if not names:
        return [({}, resource)]
    combinations = list(islice(_combinations(template, names, {}), MAX_VARIANTS + 1))
    if len(combinations) > MAX_VARIANTS:
        return [({}, resource)]
    variants: list[tuple[dict[str, bool], NativeResource]] = []
    for assumed in combinations:
        variant = template.with_assumptions(assumed)
        for native in variant.natives_of(logical_id):
            if native.address == resource.address:
                variants.append((assumed, native))
    return variants


def _combinations(template: Template, names: list[str], assumed: dict[str, bool]) -> Iterator[dict[str, bool]]:
    if not names:
        yield assumed
        return
    name, rest = names[0], names[1:]
    implied = template.with_assumptions(assumed).condition_value(name) if assumed else None
    choices = [implied] if implied is not None else [True, False]
    for choice in choices:
        yield from _combinations(template, rest, {**assumed, name: choice})
