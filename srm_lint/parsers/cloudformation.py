"""CloudFormation: YAML or JSON templates → native resources, through cfn-lint's decoder.

The only module that imports cfnlint. cfn-lint's decoder keeps a mark on every mapping, list
and string; values it leaves unmarked (numbers, booleans) take the position of their key.

Resolution follows what CloudFormation does at deploy time, as far as it can be known before:
parameters take their value from the parent stack, a parameter file or `--parameter` (later
sources win), else their Default; Conditions are evaluated three-valued (cfn_conditions); the
intrinsic functions fold when their inputs are known; SAM templates are expanded (cfn_sam).
Anything that depends on the account, the region or another stack is an Unknown with a reason.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from ..model import (
    CLOUDFORMATION,
    UNKNOWN,
    InputError,
    Location,
    NativeResource,
    Node,
    Reference,
    Unknown,
    unknown_node,
)
from ..values import as_text, join_text, known, refs_of
from . import cfn_conditions, cfn_sam

_REMOVED = object()  # AWS::NoValue: the property is not set at all

# Pseudo native types for a template's declarations (not AWS resource types)
PARAMETER_TYPE = "CloudFormation::Parameter"
OUTPUT_TYPE = "CloudFormation::Output"

DYNAMIC_REFERENCE = re.compile(r"\{\{resolve:([a-z-]+):[^}]*\}\}")
MULTIPLE_DOCUMENTS = re.compile(r"but found another document\s+in \"[^\"]*\", line (\d+), column (\d+)")


class NotATemplate(Exception):
    """The file parsed but is not a CloudFormation template."""


def looks_like_template(text: str) -> bool:
    """A cheap sniff before paying for a parse: does the text mention what a template needs?"""
    return "AWSTemplateFormatVersion" in text or ("Resources" in text and "AWS::" in text)


def decode_document(text: str, path: str, what: str = "template") -> tuple[Node | None, list[InputError]]:
    """Decode YAML or JSON into a located Node tree. Returns (root, errors); root is None when
    the text did not decode."""
    from cfnlint.decode import decode_str  # heavy: imported only when a template is in scope

    try:
        data, matches = decode_str(text)
    except RecursionError:
        return None, [InputError(path, f"{what} nested too deeply")]
    errors = [_decode_error(path, m, what) for m in matches]
    if data is None or errors:
        return None, errors or [InputError(path, f"could not decode the {what}")]
    return _to_node(data, Location(path, 1, 1), path), []


def _decode_error(path: str, match: Any, what: str) -> InputError:
    several = MULTIPLE_DOCUMENTS.search(match.message or "")
    if several:
        # cfn-lint refuses a stream of several YAML documents, but without the line of the second
        return InputError(path, f"the {what} holds more than one YAML document; a second one starts here",
                          int(several[1]), int(several[2]))
    message = match.message if what == "template" else f"not a readable {what}: {match.message}"
    return InputError(path, message, match.linenumber or None, match.columnnumber or None)


def parse_text(text: str, path: str) -> tuple[Node | None, list[InputError]]:
    """Decode a template. Returns (template, errors); template is None when it did not parse."""
    root, errors = decode_document(text, path)
    if root is None:
        return None, errors
    if not _is_template(root):
        raise NotATemplate(path)
    return root, []


def _is_template(root: Node) -> bool:
    if not isinstance(root.value, dict):
        return False
    if "AWSTemplateFormatVersion" in root.value:
        return True
    resources = root.get("Resources")
    if resources is None or not isinstance(resources.value, dict):
        return False
    return any(
        isinstance(r.value, dict) and isinstance(getattr(r.get("Type"), "value", None), str)
        and r.get("Type").value.startswith(("AWS::", "Alexa::", "Custom::"))
        for r in resources.value.values()
    )


def _mark(item: Any, path: str) -> Location | None:
    mark = getattr(item, "start_mark", None)
    if mark is None:
        return None
    return Location(path, mark.line + 1, mark.column + 1)


def _to_node(item: Any, fallback: Location, path: str) -> Node:
    location = _mark(item, path) or fallback
    if isinstance(item, dict):
        members = {}
        for key, value in item.items():
            key_location = _mark(key, path) or location
            child = _to_node(value, key_location, path)
            # a property is located at its key, like a Terraform attribute
            child.location = key_location
            members[str(key)] = child
        return Node(members, location)
    if isinstance(item, list):
        return Node([_to_node(v, location, path) for v in item], location)
    if isinstance(item, str):
        return Node(str(item), location)
    return Node(item, location)


@dataclass
class Template:
    """One decoded template and what its intrinsics can see: parameters, conditions, mappings and
    logical ids.

    `overrides` are parameter values given from outside (parent stack, parameter files,
    `--parameter`): a Node located where it is written, or a bare string (a command-line value,
    located at the parameter's declaration). Names the template does not declare are ignored.
    `scope` is what addresses are unique within (the path, or a nested-stack instance).
    `assumed` fixes the value of conditions (branch variants, see cfn_conditions).

    After native_resources():
      conditional  {address: condition name} of resources whose `Condition` is not resolved
                   statically (a resource whose condition is false is not returned at all)
      sources      {address: logical id} of the resource each native came from (SAM expands one
                   logical id into several natives)
    """

    path: str
    root: Node
    errors: list[InputError] = field(default_factory=list)
    overrides: dict[str, Node | str] = field(default_factory=dict)
    scope: str = ""
    assumed: dict[str, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.scope = self.scope or self.path
        self.parameters = _section(self.root, "Parameters")
        self.resources = _section(self.root, "Resources")
        self.mappings = _section(self.root, "Mappings")
        self.conditions = _section(self.root, "Conditions")
        self.sam = cfn_sam.is_sam(self.root)
        # NoEcho parameters (name → declaration), for the secrets checks
        self.no_echo: dict[str, Location] = {
            name: p.location for name, p in self.parameters.items()
            if isinstance(p.value, dict) and getattr(p.get("NoEcho"), "value", None) in (True, "true", "True")}
        self._given: dict[str, Node] = {}
        for name, value in self.overrides.items():
            if name in self.parameters:
                self._given[name] = value if isinstance(value, Node) else Node(value, self.parameters[name].location)
        self.conditional: dict[str, str] = {}
        self.sources: dict[str, str] = {}
        self._condition_values: dict[str, bool | None] = {}
        self._evaluating: set[str] = set()

    # -- resources -------------------------------------------------------------------------------

    def native_resources(self) -> list[NativeResource]:
        found: list[NativeResource] = []
        for logical_id in self.resources:
            found.extend(self.natives_of(logical_id))
        return found

    def declarations(self) -> list[NativeResource]:
        """Parameters and Outputs as pseudo-resources, so checks can read them like resources
        (a secret-looking parameter without NoEcho, an output exposing a secret key)."""
        found: list[NativeResource] = []
        for section, native_type in (("Parameters", PARAMETER_TYPE), ("Outputs", OUTPUT_TYPE)):
            for name, declared in _section(self.root, section).items():
                if not isinstance(declared.value, dict):
                    continue
                refs: list[tuple[str, Location]] = []
                body = declared if section == "Parameters" else self.resolve(declared, refs)
                if body is _REMOVED or not isinstance(body.value, dict):
                    continue
                body = Node({**body.value, "Name": Node(name, declared.location)}, declared.location)
                found.append(NativeResource(f"{section}.{name}", native_type, CLOUDFORMATION, declared.location, body,
                                            [Reference(f"{section}.{name}", t, loc) for t, loc in refs],
                                            scope=self.scope))
        return found

    def natives_of(self, logical_id: str) -> list[NativeResource]:
        """The natives one logical id deploys: none when its Condition is false, several for a
        SAM resource."""
        resource = self.resources[logical_id]
        type_node = resource.get("Type") if isinstance(resource.value, dict) else None
        if type_node is None or not isinstance(type_node.value, str):
            if not logical_id.startswith("Fn::ForEach"):
                problem = "has no Type" if type_node is None else \
                    "has a Type that is not a string (pre-processor syntax such as a rain module?)"
                self.errors.append(InputError(self.path, f"resource {logical_id!r} {problem}; not scanned",
                                              resource.location.line, resource.location.column))
            return []
        condition = resource.get("Condition")
        conditional = None
        if condition is not None and isinstance(condition.value, str):
            deployed = self.condition_value(condition.value)
            if deployed is False:
                return []
            if deployed is None:
                conditional = condition.value
        natives = self._sam_natives(logical_id, type_node.value, resource) if self.sam else None
        if natives is None:
            natives = [self._plain_native(logical_id, type_node.value, resource)]
        for native in natives:
            self.sources[native.address] = logical_id
            if conditional is not None:
                self.conditional[native.address] = conditional
        return natives

    def _plain_native(self, logical_id: str, native_type: str, resource: Node) -> NativeResource:
        refs: list[tuple[str, Location]] = []
        properties = resource.get("Properties")
        if properties is None or not isinstance(properties.value, dict):
            body = Node({}, resource.location)
        else:
            body = self.resolve(properties, refs)
            if body is _REMOVED or not isinstance(body.value, dict):
                body = Node({}, resource.location)
            # a property that is not written is reported at the resource, as in Terraform
            body.location = resource.location
        return self._native(logical_id, native_type, resource.location, body, refs)

    def _sam_natives(self, logical_id: str, native_type: str, resource: Node) -> list[NativeResource] | None:
        if not native_type.startswith("AWS::Serverless::"):
            return None
        properties = cfn_sam.merge_globals(self.root.get("Globals"), native_type, resource)
        derived = cfn_sam.expand(self, logical_id, native_type, properties, resource.location)
        if derived is None:
            return None
        return [self._native(d.address, d.native_type, d.location, Node(d.body, d.location), d.refs) for d in derived]

    def _native(self, address: str, native_type: str, location: Location, body: Node,
                refs: list[tuple[str, Location]]) -> NativeResource:
        references = [Reference(address, target, loc) for target, loc in refs if target != address]
        return NativeResource(address, native_type, CLOUDFORMATION, location, body, references, scope=self.scope)

    def raw_properties(self, logical_id: str) -> Node:
        """The properties of a resource as written (with SAM Globals merged in), unresolved."""
        resource = self.resources[logical_id]
        type_node = resource.get("Type") if isinstance(resource.value, dict) else None
        kind = type_node.value if type_node is not None else None
        if self.sam and isinstance(kind, str) and kind.startswith("AWS::Serverless::"):
            return Node(cfn_sam.merge_globals(self.root.get("Globals"), kind, resource), resource.location)
        properties = resource.get("Properties") if isinstance(resource.value, dict) else None
        return properties if properties is not None else Node({}, resource.location)

    def with_assumptions(self, assumed: dict[str, bool]) -> Template:
        """The same template with the value of some conditions fixed."""
        return Template(self.path, self.root, [], self.overrides, self.scope, {**self.assumed, **assumed})

    # -- conditions and parameters ---------------------------------------------------------------

    def condition_value(self, name: str) -> bool | None:
        """True, False, or None when the condition depends on something not known statically."""
        if name in self.assumed:
            return self.assumed[name]
        if name in self._condition_values:
            return self._condition_values[name]
        expression = self.conditions.get(name)
        if expression is None or name in self._evaluating:
            return None
        self._evaluating.add(name)
        try:
            value = cfn_conditions.evaluate(expression, lambda n: self.resolve_value(n, []), self.condition_value)
        finally:
            self._evaluating.discard(name)
        self._condition_values[name] = value
        return value

    def parameter_value(self, name: str) -> Node:
        """The value of a declared parameter, located at its declaration."""
        return self._parameter(name, self.parameters[name].location)

    def no_echo_origins(self) -> dict[Location, str]:
        """Where the values of NoEcho parameters are written (their Default, a parameter file, the
        parent stack, or the declaration when there is no value) → parameter name. A resolved
        Node whose `origin` is one of these came from a NoEcho parameter."""
        found: dict[Location, str] = {}
        for name in self.no_echo:
            value = self.parameter_value(name)
            found[value.origin or value.location] = name
        return found

    def _parameter(self, name: str, location: Location) -> Node:
        parameter = self.parameters[name]
        declared = parameter.location
        label = f"parameter {name}" + (" (NoEcho)" if name in self.no_echo else "")
        kind = parameter.get("Type") if isinstance(parameter.value, dict) else None
        if kind is not None and isinstance(kind.value, str) and kind.value.startswith("AWS::SSM::Parameter::Value<"):
            return Node(Unknown(f"{label} is read from SSM Parameter Store at deploy time"), location, UNKNOWN,
                        origin=declared)
        source = self._given.get(name)
        if source is None:
            source = parameter.get("Default") if isinstance(parameter.value, dict) else None
        if source is None:
            return Node(Unknown(f"{label} has no Default and no value was given"), location, UNKNOWN,
                        origin=declared)
        origin = source.origin or source.location
        if source.unknown:
            return Node(source.value, location, UNKNOWN, origin=origin)
        value = source.value
        if _is_list_parameter(parameter):
            items = [v.strip() for v in value.split(",")] if isinstance(value, str) else \
                [v.value for v in value] if isinstance(value, list) else [value]
            return Node([Node(v, location, origin=origin) for v in items], location, origin=origin)
        if isinstance(value, list):
            value = ",".join(as_text(v.value) for v in value)
        return _dynamic(Node(value, location, origin=origin))

    # -- intrinsic functions ---------------------------------------------------------------------

    def resolve_value(self, node: Node, refs: list[tuple[str, Location]]) -> Node | None:
        """Like resolve, with None for a value AWS::NoValue removed."""
        resolved = self.resolve(node, refs)
        return None if resolved is _REMOVED else resolved

    def resolve(self, node: Node, refs: list[tuple[str, Location]]) -> Any:
        """A copy of node with the intrinsics that can be resolved statically, resolved."""
        if isinstance(node.value, dict):
            if len(node.value) == 1:
                name = next(iter(node.value))
                handler = _INTRINSICS.get(name)
                if handler is not None:
                    result = handler(self, node.value[name], node.location, refs)
                    if result is _REMOVED:
                        return _REMOVED
                    result.location = node.location
                    return _dynamic(result)
            members = {}
            for key, value in node.value.items():
                resolved = self.resolve(value, refs)
                if resolved is not _REMOVED:
                    members[key] = resolved
            return Node(members, node.location)
        if isinstance(node.value, list):
            items = [self.resolve(v, refs) for v in node.value]
            return Node([i for i in items if i is not _REMOVED], node.location)
        return _dynamic(Node(node.value, node.location))

    def _ref(self, target: Node, location: Location, refs: list) -> Any:
        name = target.value if isinstance(target.value, str) else None
        if name is None:
            return unknown_node("Ref to a computed name", location)
        if name == "AWS::NoValue":
            return _REMOVED
        if name.startswith("AWS::"):
            return unknown_node(f"pseudo parameter {name} is known at deploy time", location)
        if name in self.parameters:
            return self._parameter(name, location)
        refs.append((name, location))
        return unknown_node(f"Ref {name} is known after deployment", location, (name,))

    def _get_att(self, target: Node, location: Location, refs: list) -> Node:
        if isinstance(target.value, str):
            name, _, attribute = target.value.partition(".")
        elif isinstance(target.value, list) and target.value and isinstance(target.value[0].value, str):
            name = target.value[0].value
            attribute = target.value[1].value if len(target.value) > 1 and isinstance(target.value[1].value, str) \
                else ""
        else:
            return unknown_node("Fn::GetAtt with a computed name", location)
        refs.append((name, location))
        # the attribute stays in the reason: checks tell a VPC's DefaultSecurityGroup from its id
        shown = f"{name}.{attribute}" if attribute else name
        return unknown_node(f"Fn::GetAtt {shown} is known after deployment", location, (name,))

    def _sub(self, argument: Node, location: Location, refs: list) -> Node:
        variables: dict[str, Node] = {}
        template = argument
        if isinstance(argument.value, list) and argument.value:
            template = argument.value[0]
            if len(argument.value) > 1 and isinstance(argument.value[1].value, dict):
                for key, value in argument.value[1].value.items():
                    resolved = self.resolve(value, refs)
                    variables[key] = Node("", location) if resolved is _REMOVED else resolved
        if not isinstance(template.value, str):
            return unknown_node("Fn::Sub of a computed template", location)
        text, pos, pieces = template.value, 0, []
        while pos < len(text):
            start = text.find("${", pos)
            if start == -1:
                pieces.append(text[pos:])
                break
            end = text.find("}", start)
            if end == -1:
                pieces.append(text[pos:])
                break
            pieces.append(text[pos:start])
            name = text[start + 2 : end]
            if name.startswith("!"):
                pieces.append("${" + name[1:] + "}")
            elif name in variables:
                pieces.append(variables[name])
            else:
                head = name.split(".", 1)[0]
                if "." in name and head not in self.parameters:
                    pieces.append(self._get_att(Node(name, location), location, refs))
                else:
                    pieces.append(self._ref(Node(name, location), location, refs))
            pos = end + 1
        return _join([p for p in pieces if p != "" and p is not _REMOVED], "", location)

    def _join(self, argument: Node, location: Location, refs: list) -> Node:
        if not isinstance(argument.value, list) or len(argument.value) != 2:
            return unknown_node("malformed Fn::Join", location)
        delimiter = self.resolve(argument.value[0], refs)
        items = self.resolve(argument.value[1], refs)
        if delimiter is _REMOVED or items is _REMOVED:
            return unknown_node("malformed Fn::Join", location)
        if not isinstance(delimiter.value, str) or not isinstance(items.value, list):
            return unknown_node("Fn::Join over a computed list", location, refs_of(items))
        return _join(items.value, delimiter.value, location)

    def _select(self, argument: Node, location: Location, refs: list) -> Node:
        if not isinstance(argument.value, list) or len(argument.value) != 2:
            return unknown_node("malformed Fn::Select", location)
        index = self.resolve(argument.value[0], refs)
        items = self.resolve(argument.value[1], refs)
        if index is _REMOVED or items is _REMOVED:
            return unknown_node("malformed Fn::Select", location)
        try:
            position = int(index.value) if not isinstance(index.value, (bool, Unknown)) else None
        except (TypeError, ValueError):
            position = None
        if position is None:
            return unknown_node("Fn::Select index is not resolved statically", location, refs_of(items))
        if isinstance(items.value, list) and 0 <= position < len(items.value):
            return items.value[position]
        return unknown_node("Fn::Select over a computed list", location, refs_of(items))

    def _split(self, argument: Node, location: Location, refs: list) -> Node:
        if not isinstance(argument.value, list) or len(argument.value) != 2:
            return unknown_node("malformed Fn::Split", location)
        delimiter = self.resolve(argument.value[0], refs)
        source = self.resolve(argument.value[1], refs)
        if delimiter is _REMOVED or source is _REMOVED or not isinstance(delimiter.value, str) \
                or not delimiter.value:
            return unknown_node("malformed Fn::Split", location)
        if not isinstance(source.value, str):
            return unknown_node("Fn::Split of a value that is not resolved statically", location, refs_of(source))
        return Node([Node(part, location, origin=source.origin) for part in source.value.split(delimiter.value)],
                    location, origin=source.origin)

    def _if(self, argument: Node, location: Location, refs: list) -> Any:
        if not isinstance(argument.value, list) or len(argument.value) != 3 \
                or not isinstance(argument.value[0].value, str):
            return unknown_node("malformed Fn::If", location)
        name = argument.value[0].value
        state = self.condition_value(name)
        if state is not None:
            branch = argument.value[1 if state else 2]
            chosen = self.resolve(branch, refs)
            if chosen is not _REMOVED and chosen.origin is None:
                chosen.origin = branch.location  # used at the Fn::If, written in the branch
            return chosen
        when_true = self.resolve(argument.value[1], refs)
        when_false = self.resolve(argument.value[2], refs)
        if when_true is _REMOVED and when_false is _REMOVED:
            return _REMOVED
        reason = f"condition {name} is not resolved statically"
        if when_true is _REMOVED or when_false is _REMOVED:
            present = when_false if when_true is _REMOVED else when_true
            return unknown_node(reason, location, refs_of(present))
        return _agreement(when_true, when_false, reason)

    def _base64(self, argument: Node, location: Location, refs: list) -> Any:
        # checks read the text, not its encoding
        return self.resolve(argument, refs)

    def _find_in_map(self, argument: Node, location: Location, refs: list) -> Node:
        if not isinstance(argument.value, list) or len(argument.value) < 3:
            return unknown_node("malformed Fn::FindInMap", location)
        keys = [self.resolve(k, refs) for k in argument.value[:3]]
        if any(k is _REMOVED or not isinstance(k.value, (str, int)) or isinstance(k.value, bool) for k in keys):
            return unknown_node("Fn::FindInMap key is not resolved statically", location)
        node: Node | None = Node(self.mappings, location)
        for key in keys:
            node = node.get(as_text(key.value)) if node is not None else None
        if node is None:
            return unknown_node("Fn::FindInMap entry not found", location)
        resolved = self.resolve(node, refs)
        return unknown_node("Fn::FindInMap entry not found", location) if resolved is _REMOVED else resolved

    def _length(self, argument: Node, location: Location, refs: list) -> Node:
        items = self.resolve(argument, refs)
        if items is not _REMOVED and isinstance(items.value, list):
            return Node(len(items.value), location)
        return unknown_node("Fn::Length of a list that is not resolved statically", location,
                            () if items is _REMOVED else refs_of(items))

    def _cidr(self, argument: Node, location: Location, refs: list) -> Node:
        resolved = self.resolve(argument, refs)
        if resolved is _REMOVED or not isinstance(resolved.value, list) or len(resolved.value) != 3 \
                or not known(resolved):
            return unknown_node("Fn::Cidr over values not resolved statically", location,
                                () if resolved is _REMOVED else refs_of(resolved))
        block, count, bits = (item.value for item in resolved.value)
        try:
            network = ipaddress.ip_network(str(block), strict=False)
            count, bits = int(count), int(bits)
            prefix = network.max_prefixlen - bits
            if not 1 <= count <= 256 or bits < 1 or prefix < network.prefixlen:
                raise ValueError
            subnets = [str(s) for s in islice(network.subnets(new_prefix=prefix), count)]
        except (TypeError, ValueError):
            return unknown_node("malformed Fn::Cidr", location)
        return Node([Node(s, location) for s in subnets], location)

    def _to_json_string(self, argument: Node, location: Location, refs: list) -> Node:
        resolved = self.resolve(argument, refs)
        if resolved is _REMOVED or not isinstance(resolved.value, (dict, list, Unknown)):
            return unknown_node("malformed Fn::ToJsonString", location)
        return join_text([resolved], location)

    def _unresolved(self, argument: Node, location: Location, refs: list) -> Node:
        resolved = self.resolve(argument, refs)
        inner = refs_of(resolved) if resolved is not _REMOVED else ()
        return unknown_node("intrinsic function is not resolved statically", location, inner)

    def _get_azs(self, argument: Node, location: Location, refs: list) -> Node:
        return unknown_node("Fn::GetAZs depends on the account and region", location)

    def _import_value(self, argument: Node, location: Location, refs: list) -> Node:
        return unknown_node("Fn::ImportValue is known at deploy time", location)


def _agreement(first: Node, second: Node, reason: str) -> Node:
    """What two Fn::If branches agree on: the value where they are the same, an unknown (with the
    branches' references) wherever they differ, down to the keys and items of structures. A key
    that only one branch sets is unknown: it may be absent."""
    if first.unknown or second.unknown:
        return unknown_node(reason, first.location, refs_of(first, second))
    if isinstance(first.value, dict) and isinstance(second.value, dict):
        members: dict[str, Node] = {}
        for key in [*first.value, *(k for k in second.value if k not in first.value)]:
            one, other = first.value.get(key), second.value.get(key)
            if one is None or other is None:
                present = one if one is not None else other
                members[key] = unknown_node(reason, present.location, refs_of(present))
            else:
                members[key] = _agreement(one, other, reason)
        return Node(members, first.location)
    if isinstance(first.value, list) and isinstance(second.value, list) and len(first.value) == len(second.value):
        return Node([_agreement(a, b, reason) for a, b in zip(first.value, second.value, strict=True)], first.location)
    if not isinstance(first.value, (dict, list)) and type(first.value) is type(second.value) \
            and first.value == second.value:
        return first
    return unknown_node(reason, first.location, refs_of(first, second))


def _dynamic(node: Node) -> Node:
    """A string with a dynamic reference ({{resolve:ssm:...}}) is read at deploy time: its known
    text is kept, each reference becomes an unknown part."""
    if not isinstance(node.value, str) or "{{resolve:" not in node.value:
        return node
    pieces: list[Node | str] = []
    pos = 0
    for match in DYNAMIC_REFERENCE.finditer(node.value):
        pieces.append(node.value[pos : match.start()])
        pieces.append(unknown_node(f"dynamic reference to {match[1]} is read at deploy time", node.location))
        pos = match.end()
    if pos == 0:
        return node
    pieces.append(node.value[pos:])
    joined = join_text([p for p in pieces if p != ""], node.location)
    joined.origin = node.origin
    return joined


def _is_list_parameter(parameter: Node) -> bool:
    kind = parameter.get("Type")
    return kind is not None and isinstance(kind.value, str) and kind.value.startswith(("List<", "CommaDelimitedList"))


def _section(root: Node, name: str) -> dict[str, Node]:
    section = root.get(name)
    if section is None or not isinstance(section.value, dict):
        return {}
    return section.value


def _join(pieces: list, delimiter: str, location: Location) -> Node:
    parts: list[Node | str] = []
    for piece in pieces:
        if isinstance(piece, Node) and not piece.unknown and isinstance(piece.value, (dict, list, bool)):
            piece = unknown_node("a joined element is not a string", location)
        parts.extend([piece, delimiter] if delimiter else [piece])
    if delimiter and parts:
        parts.pop()
    return join_text(parts, location)


_INTRINSICS = {
    "Ref": Template._ref,
    "Fn::GetAtt": Template._get_att,
    "Fn::Sub": Template._sub,
    "Fn::Join": Template._join,
    "Fn::Select": Template._select,
    "Fn::Split": Template._split,
    "Fn::If": Template._if,
    "Fn::Base64": Template._base64,
    "Fn::FindInMap": Template._find_in_map,
    "Fn::ImportValue": Template._import_value,
    "Fn::Length": Template._length,
    "Fn::Cidr": Template._cidr,
    "Fn::ToJsonString": Template._to_json_string,
    "Fn::GetAZs": Template._get_azs,
    "Fn::Transform": Template._unresolved,
}

to_node = _to_node
