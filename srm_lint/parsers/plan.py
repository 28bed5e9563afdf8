"""Terraform plan JSON (`terraform show -json plan.out > plan.json`) → native resources.

A plan holds the values Terraform will apply, already evaluated: variables, locals, module
inputs, `count` and `for_each` are resolved, and names are literal, so S3 companions link to
their bucket by name. What the plan does not know yet ("known after apply") is listed in each
`resource_changes[].change.after_unknown`; such a value becomes an Unknown carrying the
resources its configuration expression refers to.

Every value is located in the plan file itself (the plan does not record .tf line numbers).
`terraform show -json` prints the plan on one line: positions are then line 1 and a column;
pretty-print it (`terraform show -json plan.out | jq . > plan.json`) for readable lines.

Format: https://developer.hashicorp.com/terraform/internals/json-format (format_version 0.x, 1.x).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .. import jsonpos
from ..model import TERRAFORM, InputError, Location, NativeResource, Node, Reference, unknown_node
from .tf_policy_document import policy_document

SUPPORTED_MAJOR_VERSIONS = ("0", "1")
# parse_text's only error for well-formed JSON that is not a plan: a loader may drop it for a file
# it only found by walking a directory, as it does for JSON that is not a CloudFormation template
NOT_A_PLAN = "not a Terraform plan (no format_version and planned_values; write one with " \
             "`terraform show -json plan.out > plan.json`)"
# data sources whose values are scanned: the rest describe existing infrastructure, not the plan
SCANNED_DATA_SOURCES = ("aws_iam_policy_document",)

_KEY = r'(?:\d+|"(?:[^"\\]|\\.)*")'
_MODULE_STEP = re.compile(rf"module\.([A-Za-z_][A-Za-z0-9_-]*)(\[{_KEY}\])?")
_RESOURCE_REFERENCE = re.compile(rf"(data\.)?([A-Za-z_][A-Za-z0-9_-]*)\.([A-Za-z_][A-Za-z0-9_-]*)(?:\[({_KEY})\])?")
_NOT_RESOURCES = {"var", "local", "module", "count", "each", "path", "terraform", "self"}


def looks_like_plan(text: str) -> bool:
    """A cheap sniff before paying for a parse: does the text have what every plan has?"""
    return '"planned_values"' in text and '"format_version"' in text


def parse_text(text: str, path: str) -> tuple[list[NativeResource], list[InputError]]:
    """The managed resources (and policy document data sources) a plan will apply, and the
    problems met. Invalid JSON is an error with its line and column; well-formed JSON that is not
    a plan returns ([], [InputError(path, NOT_A_PLAN)]); a plan of another major format version
    returns one error at its format_version. Never raises for bad input."""
    try:
        root = jsonpos.loads(text, path)
    except jsonpos.JSONPositionError as error:
        return [], [InputError(path, f"invalid plan JSON: {error}", error.line, error.column)]
    if not isinstance(root.value, dict) or "format_version" not in root.value or "planned_values" not in root.value:
        return [], [InputError(path, NOT_A_PLAN)]
    version = root.value["format_version"]
    if not isinstance(version.value, str) or version.value.split(".")[0] not in SUPPORTED_MAJOR_VERSIONS:
        return [], [InputError(path, f"unsupported plan format_version {version.value!r} (srm-lint reads "
                                     f"{', '.join(v + '.x' for v in SUPPORTED_MAJOR_VERSIONS)})",
                               version.location.line, version.location.column)]
    reader = _PlanReader(path, root)
    return reader.native_resources(), reader.errors


# -- addresses --------------------------------------------------------------------------------------


def module_steps(address: str) -> list[tuple[str, Any, str]] | None:
    """`module.a["x"].module.b` → [("a", "x", 'module.a["x"]'), ("b", None, 'module.a["x"].module.b')]:
    each call name, its instance key and the module instance address up to it. None when it is
    not a module address."""
    steps: list[tuple[str, Any, str]] = []
    position = 0
    while position < len(address):
        if steps:
            if not address.startswith(".", position):
                return None
            position += 1
        match = _MODULE_STEP.match(address, position)
        if match is None:
            return None
        position = match.end()
        key = match.group(2)[1:-1] if match.group(2) else None
        steps.append((match.group(1), _key_value(key), address[:position]))
    return steps


def _key_value(text: str | None) -> Any:
    """An instance key as the plan's `index` holds it: 0 or "name"; None for no key."""
    if text is None:
        return None
    return json.loads(text)


def _qualify(module: str, local: str) -> str:
    return f"{module}.{local}" if module else local


@dataclass
class _Planned:
    """One resource instance of planned_values (or a data source read into prior_state)."""

    module: str  # module instance address, "" for the root module
    node: Node  # the resource object in the plan
    address: str
    mode: str
    type: str
    name: str
    key: Any  # the instance key (`index`), None without count/for_each

    @property
    def local(self) -> str:
        """The resource's address in its module's configuration: aws_s3_bucket.b, data.x.y."""
        return ("data." if self.mode == "data" else "") + f"{self.type}.{self.name}"


@dataclass
class _PlanReader:
    path: str
    root: Node
    errors: list[InputError] = field(default_factory=list)

    def __post_init__(self) -> None:
        # configuration: module call path → local resource address → resource configuration
        self.config: dict[tuple[str, ...], dict[str, Node]] = {}
        self.calls: dict[tuple[str, ...], dict[str, Node]] = {}
        configuration = self._object(self.root.get("configuration"), "configuration")
        if configuration is not None:
            self._index_configuration(self._object(configuration.get("root_module"), "configuration.root_module"), ())
        self.changes: dict[str, Node] = {}
        for change in self._list(self.root.get("resource_changes"), "resource_changes"):
            address = change.get("address") if isinstance(change.value, dict) else None
            if address is None or not isinstance(address.value, str) or change.get("deposed") is not None:
                continue
            inner = change.get("change")
            if inner is not None and isinstance(inner.value, dict):
                self.changes[address.value] = inner
        planned_values = self._object(self.root.get("planned_values"), "planned_values")
        self.planned: list[_Planned] = []
        if planned_values is not None:
            self.planned.extend(self._module_resources(planned_values.get("root_module"), "", "planned_values"))
        # data sources read while planning are in the prior state, not in planned_values
        seen = {p.address for p in self.planned}
        prior = self._object(self.root.get("prior_state"), "prior_state")
        values = self._object(prior.get("values"), "prior_state.values") if prior is not None else None
        if values is not None:
            for found in self._module_resources(values.get("root_module"), "", "prior_state.values"):
                if found.mode == "data" and found.address not in seen:
                    self.planned.append(found)
        # (module instance, local address) → instance key → address: what a reference can name
        self.instances: dict[tuple[str, str], dict[Any, str]] = {}
        self.by_address = {found.address: found for found in self.planned}
        self._bodies: dict[str, Node] = {}
        self._documents: dict[str, Node] = {}
        self._busy: set[str] = set()
        for found in self.planned:
            self.instances.setdefault((found.module, found.local), {})[found.key] = found.address

    # -- reading the structure ----------------------------------------------------------------

    def _problem(self, node: Node, message: str) -> None:
        self.errors.append(InputError(self.path, message, node.location.line, node.location.column))

    def _object(self, node: Node | None, what: str) -> Node | None:
        if node is None or node.value is None:
            return None
        if not isinstance(node.value, dict):
            self._problem(node, f"plan: {what} is not an object")
            return None
        return node

    def _list(self, node: Node | None, what: str) -> list[Node]:
        if node is None or node.value is None:
            return []
        if not isinstance(node.value, list):
            self._problem(node, f"plan: {what} is not a list")
            return []
        return node.value

    def _string(self, node: Node, name: str) -> str | None:
        value = node.get(name)
        return value.value if value is not None and isinstance(value.value, str) else None

    def _module_resources(self, module: Node | None, address: str, what: str) -> Iterator[_Planned]:
        module = self._object(module, what)
        if module is None:
            return
        for resource in self._list(module.get("resources"), f"{what} resources"):
            found = self._resource(resource, address)
            if found is not None:
                yield found
        for child in self._list(module.get("child_modules"), f"{what} child_modules"):
            child_address = self._string(child, "address") if isinstance(child.value, dict) else None
            if child_address is None or module_steps(child_address) is None:
                self._problem(child, "plan: a child module without a valid module address; not scanned")
                continue
            yield from self._module_resources(child, child_address, child_address)

    def _resource(self, resource: Node, module: str) -> _Planned | None:
        if not isinstance(resource.value, dict):
            self._problem(resource, "plan: a resource that is not an object; not scanned")
            return None
        fields = {name: self._string(resource, name) for name in ("address", "mode", "type", "name")}
        if None in fields.values():
            missing = ", ".join(name for name, value in fields.items() if value is None)
            self._problem(resource, f"plan: a resource without {missing}; not scanned")
            return None
        index = resource.get("index")
        return _Planned(module, resource, fields["address"], fields["mode"], fields["type"], fields["name"],
                        index.value if index is not None else None)

    def _index_configuration(self, module: Node | None, calls: tuple[str, ...]) -> None:
        if module is None:
            return
        resources = self.config.setdefault(calls, {})
        for resource in self._list(module.get("resources"), "configuration resources"):
            if not isinstance(resource.value, dict):
                continue
            mode, kind, name = (self._string(resource, k) for k in ("mode", "type", "name"))
            if kind is not None and name is not None:
                resources[("data." if mode == "data" else "") + f"{kind}.{name}"] = resource
        module_calls = self._object(module.get("module_calls"), "configuration module_calls")
        if module_calls is None:
            return
        self.calls[calls] = {}
        for name, call in module_calls.value.items():
            if isinstance(call.value, dict):
                self.calls[calls][name] = call
                self._index_configuration(self._object(call.get("module"), f"module call {name}"), (*calls, name))

    # -- native resources ---------------------------------------------------------------------

    def native_resources(self) -> list[NativeResource]:
        natives: list[NativeResource] = []
        for found in self.planned:
            if found.mode == "managed" or (found.mode == "data" and found.type in SCANNED_DATA_SOURCES):
                natives.append(self._native(found))
        return natives

    def _native(self, found: _Planned) -> NativeResource:
        location = (found.node.get("address") or found.node).location
        body = self._body(found)
        native_type = found.type
        if found.mode == "data":
            native_type = "data." + found.type
            if found.type == "aws_iam_policy_document":
                body.value["json"] = self._document(found.address) or body.value.get("json")
        refs = self._references(found, self._configuration(found), body, location)
        return NativeResource(found.address, native_type, TERRAFORM, location, body, refs, scope=self.path)

    def _body(self, found: _Planned) -> Node:
        """The resource's values with what is known only after apply marked unknown."""
        if found.address in self._bodies:
            return self._bodies[found.address]
        location = (found.node.get("address") or found.node).location
        values = found.node.get("values")
        body = _without_nulls(values) if values is not None and isinstance(values.value, dict) \
            else Node({}, location)
        self._bodies[found.address] = body
        config = self._configuration(found)
        expressions = config.get("expressions") if config is not None else None
        if config is not None and (expressions is None or not isinstance(expressions.value, dict)):
            expressions = Node({}, config.location)  # a resource block with no arguments
        change = self.changes.get(found.address)
        after_unknown = change.get("after_unknown") if change is not None else None
        if after_unknown is not None and isinstance(after_unknown.value, dict):
            for name, marker in after_unknown.value.items():
                self._unknown(body, name, marker, [name], found, expressions)
        return body

    def _document(self, address: str) -> Node | None:
        """The policy document a data.aws_iam_policy_document of the plan renders."""
        if address not in self._documents:
            found = self.by_address.get(address)
            if found is None or found.mode != "data" or found.type != "aws_iam_policy_document" \
                    or address in self._busy:
                return None
            self._busy.add(address)
            body = self._body(found)
            self._documents[address] = _document(body, (found.node.get("address") or found.node).location)
            self._busy.discard(address)
        return self._documents[address]

    def _rendered(self, found: _Planned, references: list[str]) -> Node | None:
        """The document an expression that is exactly `data.aws_iam_policy_document.x.json`
        reads (the plan lists it with its implied prefixes), as the Terraform parser resolves it."""
        parsed = [_resource_reference(r) for r in references]
        if not parsed or None in parsed or len({local for local, _, _ in parsed}) != 1:
            return None
        local = parsed[0][0]
        keys = {key for _, key, _ in parsed if key is not None}
        attributes = {rest for _, _, rest in parsed}
        if not local.startswith("data.aws_iam_policy_document.") or len(keys) > 1 \
                or not attributes & {".json", ".minified_json"} or not attributes <= {"", ".json", ".minified_json"}:
            return None
        targets = self._instances_named(found.module, found.key, local, next(iter(keys), None))
        return self._document(targets[0]) if len(targets) == 1 else None

    def _configuration(self, found: _Planned) -> Node | None:
        steps = module_steps(found.module) if found.module else []
        calls = tuple(name for name, _, _ in steps or [])
        return self.config.get(calls, {}).get(found.local)

    # -- known after apply --------------------------------------------------------------------

    def _unknown(self, parent: Node, key: str | int, marker: Node, steps: list, found: _Planned,
                 expressions: Node | None) -> None:
        """Overlay one after_unknown entry on the body: `true` marks an unknown value, objects and
        arrays descend (known leaves are false or omitted)."""
        current = parent.value.get(key) if isinstance(parent.value, dict) else parent.value[key]
        if marker.value is True:
            written, references = _expression_at(expressions, steps)
            if not written:
                # computed by the provider (an ARN, an id, a default it picks): not part of the
                # configuration, as it would be absent from the .tf source
                if isinstance(parent.value, dict):
                    parent.value.pop(key, None)
                return
            where = current.location if current is not None else marker.location
            document = self._rendered(found, references)
            if document is not None:
                parent.value[key] = document.at(where, document.location)
                return
            targets = self._targets(found.module, found.key, references)
            shown = _path_text(steps)
            named = next((r for r in references if _resource_reference(r) is not None), None)
            what = _qualify(found.module, named) if named else f"{found.address}.{shown}"
            parent.value[key] = unknown_node(f"{what} is known after apply", where, tuple(targets))
            return
        if isinstance(marker.value, dict):
            if current is None or not isinstance(current.value, dict):
                if current is not None or not any(m.value is True for m in marker.walk()):
                    return
                current = Node({}, marker.location)
                parent.value[key] = current
            for name, inner in marker.value.items():
                self._unknown(current, name, inner, [*steps, name], found, expressions)
        elif isinstance(marker.value, list):
            if current is None or not isinstance(current.value, list):
                return
            for index, inner in enumerate(marker.value):
                if index < len(current.value):
                    self._unknown(current, index, inner, [*steps, index], found, expressions)

    # -- references -----------------------------------------------------------------------------

    def _references(self, found: _Planned, config: Node | None, body: Node, location: Location) -> list[Reference]:
        """An edge for each resource the configuration's expressions name, at the attribute."""
        if config is None:
            return []
        refs: list[Reference] = []
        seen: set[str] = set()
        sources: list[tuple[Node, Location]] = []
        expressions = config.get("expressions")
        if expressions is not None and isinstance(expressions.value, dict):
            for name, expression in expressions.value.items():
                attribute = body.get(name)
                sources.append((expression, attribute.location if attribute is not None else location))
        for meta in ("count_expression", "for_each_expression"):
            if config.get(meta) is not None:
                sources.append((config.get(meta), location))
        for expression, where in sources:
            for target in self._targets(found.module, found.key, _all_references(expression)):
                if target != found.address and target not in seen:
                    seen.add(target)
                    refs.append(Reference(found.address, target, where))
        return refs

    def _targets(self, module: str, key: Any, references: list[str], depth: int = 0) -> list[str]:
        """The resource instances references name from a resource (instance key `key`) of a
        module instance; `var.x` inside a module follows the module call's argument up."""
        targets: list[str] = []
        for reference in references:
            parsed = _resource_reference(reference)
            if parsed is not None:
                found = self._instances_named(module, key, parsed[0], parsed[1])
            elif reference.startswith("var.") and module and depth < 16:
                found = self._through_module_call(module, reference.split(".")[1].split("[")[0], depth)
            else:
                found = []
            targets.extend(t for t in found if t not in targets)
        return targets

    def _instances_named(self, module: str, key: Any, local: str, wanted: Any) -> list[str]:
        instances = self.instances.get((module, local), {})
        if wanted is not None:
            return [instances[wanted]] if wanted in instances else []
        if len(instances) == 1:
            return list(instances.values())
        if key is not None and key in instances:
            # aws_s3_bucket.b[count.index] or [each.key]: the plan lists only "aws_s3_bucket.b"
            return [instances[key]]
        return list(instances.values())

    def _through_module_call(self, module: str, variable: str, depth: int) -> list[str]:
        steps = module_steps(module) or []
        if not steps:
            return []
        calls = tuple(name for name, _, _ in steps)
        call = self.calls.get(calls[:-1], {}).get(calls[-1])
        expressions = call.get("expressions") if call is not None else None
        if expressions is None or not isinstance(expressions.value, dict) or variable not in expressions.value:
            return []
        caller = steps[-2][2] if len(steps) > 1 else ""
        # in the calling module, the module instance key plays the part of the resource instance
        # key: module "site" { for_each = … bucket = aws_s3_bucket.b[each.key].id }
        return self._targets(caller, steps[-1][1], _all_references(expressions.value[variable]), depth + 1)


# -- helpers ------------------------------------------------------------------------------------------


def _without_nulls(node: Node) -> Node:
    """Plan values as the .tf source would have them: an attribute that is null is not set.
    (Nulls inside lists keep their place: they can be unknown elements.)"""
    if isinstance(node.value, dict):
        return Node({k: _without_nulls(v) for k, v in node.value.items() if v.value is not None}, node.location)
    if isinstance(node.value, list):
        return Node([_without_nulls(v) for v in node.value], node.location)
    return node


def _is_expression(node: Node) -> bool:
    """An <expression-representation>: {"constant_value": …} and/or {"references": [...]}, or {}
    for an expression that is neither. (A block's expressions are objects of these.)"""
    if not isinstance(node.value, dict) or not set(node.value) <= {"constant_value", "references"}:
        return False
    references = node.value.get("references")
    return references is None or (isinstance(references.value, list)
                                  and all(isinstance(r.value, str) for r in references.value))


def _expression_at(expressions: Node | None, steps: list) -> tuple[bool, list[str]]:
    """Whether the configuration writes the value at `steps` (attribute names and list indexes),
    and the references of the expression that does.

    Not written: a top-level attribute the configuration does not mention, or an attribute
    missing from a nested block the configuration shows. Both are computed by the provider.
    Written (conservatively): no configuration for the resource; a nested value under a
    top-level block the configuration does not show (dynamic blocks and attributes written as
    blocks, such as security group `ingress`, are left out of the plan's configuration)."""
    if expressions is None:
        return True, []
    node = expressions
    for depth, step in enumerate(steps):
        if depth and _is_expression(node):
            break
        if isinstance(node.value, dict) and isinstance(step, str):
            child = node.value.get(step)
            if child is None:
                return (depth == 0 and len(steps) > 1), []
            node = child
        elif isinstance(node.value, list) and isinstance(step, int):
            if step < len(node.value):
                node = node.value[step]
            elif len(node.value) == 1:
                node = node.value[0]
            else:
                return True, []
        else:
            return True, []
    return True, _all_references(node)  # an expression's, or every reference of a block's


def _all_references(node: Node) -> list[str]:
    """Every reference string in an expression or in a block's expressions."""
    found: list[str] = []
    if isinstance(node.value, dict):
        references = node.value.get("references")
        if _is_expression(node) and references is not None:
            return [r.value for r in references.value]
        for child in node.value.values():
            found.extend(r for r in _all_references(child) if r not in found)
    elif isinstance(node.value, list):
        for child in node.value:
            found.extend(r for r in _all_references(child) if r not in found)
    return found


def _resource_reference(reference: str) -> tuple[str, Any, str] | None:
    """"aws_s3_bucket.b[0].id" → ("aws_s3_bucket.b", 0, ".id"); "data.x.y" → ("data.x.y", None, "");
    None for var., local., module., count., each. and other references that name no resource."""
    match = _RESOURCE_REFERENCE.match(reference)
    if match is None or (match.group(1) is None and match.group(2) in _NOT_RESOURCES):
        return None
    rest = reference[match.end():]
    if rest and rest[0] not in ".[":
        return None
    local = ("data." if match.group(1) else "") + f"{match.group(2)}.{match.group(3)}"
    return local, _key_value(match.group(4)), rest


def _path_text(steps: list) -> str:
    text = ""
    for step in steps:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


def _document(body: Node, location: Location) -> Node:
    """The policy a data.aws_iam_policy_document renders: its `json` decoded; when the plan reads
    it only at apply, the document its statement blocks describe, unknown parts kept."""
    rendered = body.get("json")
    if rendered is not None and isinstance(rendered.value, str):
        return jsonpos.decode_json(rendered.value, rendered)
    statements = body.get("statement")
    if statements is None or statements.unknown:
        return rendered if rendered is not None else unknown_node("policy document is read at apply", location)
    written = Node({k: v for k, v in body.value.items() if k != "json"}, body.location)
    written.value["statement"] = Node([_set_only(s) for s in statements.items()], statements.location)
    return policy_document(written, location)


def _set_only(node: Node) -> Node:
    """A statement block without the empty lists and strings a plan shows for unset arguments."""
    if not isinstance(node.value, dict):
        return node
    kept = {k: _set_only(v) for k, v in node.value.items()
            if not (isinstance(v.value, (list, str)) and len(v.value) == 0)}
    return Node(kept, node.location)


__all__ = ["NOT_A_PLAN", "SCANNED_DATA_SOURCES", "looks_like_plan", "module_steps", "parse_text"]
