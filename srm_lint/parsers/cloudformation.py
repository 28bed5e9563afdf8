"""CloudFormation: YAML or JSON templates → native resources, through cfn-lint's decoder.

The only module that imports cfnlint. cfn-lint's decoder keeps a mark on every mapping, list
and string; values it leaves unmarked (numbers, booleans) take the position of their key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import CLOUDFORMATION, InputError, Location, NativeResource, Node, Reference, unknown_node
from ..values import join_text, refs_of

_REMOVED = object()  # AWS::NoValue: the property is not set at all


class NotATemplate(Exception):
    """The file parsed but is not a CloudFormation template."""


def looks_like_template(text: str) -> bool:
    """A cheap sniff before paying for a parse: does the text mention what a template needs?"""
    return "AWSTemplateFormatVersion" in text or ("Resources" in text and "AWS::" in text)


def parse_text(text: str, path: str) -> tuple[Node | None, list[InputError]]:
    """Decode a template. Returns (template, errors); template is None when it did not parse."""
    from cfnlint.decode import decode_str  # heavy: imported only when a template is in scope

    try:
        template, matches = decode_str(text)
    except RecursionError:
        return None, [InputError(path, "template nested too deeply")]
    errors = [InputError(path, m.message, m.linenumber or None, m.columnnumber or None) for m in matches]
    if template is None or errors:
        return None, errors or [InputError(path, "could not decode the template")]
    root = _to_node(template, Location(path, 1, 1), path)
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
    """One decoded template and what its intrinsics can see: parameters and logical ids."""

    path: str
    root: Node
    errors: list[InputError] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.parameters = _section(self.root, "Parameters")
        self.resources = _section(self.root, "Resources")
        self.mappings = _section(self.root, "Mappings")

    def native_resources(self) -> list[NativeResource]:
        found: list[NativeResource] = []
        for logical_id, resource in self.resources.items():
            type_node = resource.get("Type") if isinstance(resource.value, dict) else None
            if type_node is None or not isinstance(type_node.value, str):
                if not logical_id.startswith("Fn::ForEach"):
                    problem = "has no Type" if type_node is None else \
                        "has a Type that is not a string (pre-processor syntax such as a rain module?)"
                    self.errors.append(InputError(self.path, f"resource {logical_id!r} {problem}; not scanned",
                                                  resource.location.line, resource.location.column))
                continue
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
            references = [Reference(logical_id, target, loc) for target, loc in refs if target != logical_id]
            found.append(NativeResource(logical_id, type_node.value, CLOUDFORMATION, resource.location, body,
                                        references, scope=self.path))
        return found

    # -- intrinsic functions ---------------------------------------------------------------------

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
                    return result
            members = {}
            for key, value in node.value.items():
                resolved = self.resolve(value, refs)
                if resolved is not _REMOVED:
                    members[key] = resolved
            return Node(members, node.location)
        if isinstance(node.value, list):
            items = [self.resolve(v, refs) for v in node.value]
            return Node([i for i in items if i is not _REMOVED], node.location)
        return Node(node.value, node.location)

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

    def _parameter(self, name: str, location: Location) -> Node:
        parameter = self.parameters[name]
        default = parameter.get("Default") if isinstance(parameter.value, dict) else None
        if default is None:
            return unknown_node(f"parameter {name} has no Default", location)
        value = default.value
        if isinstance(value, str) and _is_list_parameter(parameter):
            return Node([Node(v.strip(), location, origin=default.location) for v in value.split(",")], location,
                        origin=default.location)
        return Node(value, location, origin=default.location)

    def _get_att(self, target: Node, location: Location, refs: list) -> Node:
        if isinstance(target.value, str):
            name = target.value.split(".", 1)[0]
        elif isinstance(target.value, list) and target.value and isinstance(target.value[0].value, str):
            name = target.value[0].value
        else:
            return unknown_node("Fn::GetAtt with a computed name", location)
        refs.append((name, location))
        return unknown_node(f"Fn::GetAtt {name} is known after deployment", location, (name,))

    def _sub(self, argument: Node, location: Location, refs: list) -> Node:
        variables: dict[str, Node] = {}
        template = argument
        if isinstance(argument.value, list) and argument.value:
            template = argument.value[0]
            if len(argument.value) > 1 and isinstance(argument.value[1].value, dict):
                variables = {k: self.resolve(v, refs) for k, v in argument.value[1].value.items()}
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
        return _join([p for p in pieces if p != ""], "", location)

    def _join(self, argument: Node, location: Location, refs: list) -> Node:
        if not isinstance(argument.value, list) or len(argument.value) != 2:
            return unknown_node("malformed Fn::Join", location)
        delimiter = self.resolve(argument.value[0], refs)
        items = self.resolve(argument.value[1], refs)
        if not isinstance(delimiter.value, str) or not isinstance(items.value, list):
            return unknown_node("Fn::Join over a computed list", location, refs_of(items))
        return _join(items.value, delimiter.value, location)

    def _select(self, argument: Node, location: Location, refs: list) -> Node:
        if not isinstance(argument.value, list) or len(argument.value) != 2:
            return unknown_node("malformed Fn::Select", location)
        index = self.resolve(argument.value[0], refs)
        items = self.resolve(argument.value[1], refs)
        try:
            position = int(index.value)
        except (TypeError, ValueError):
            return unknown_node("Fn::Select index is not resolved statically", location, refs_of(items))
        if isinstance(items.value, list) and 0 <= position < len(items.value):
            return items.value[position]
        return unknown_node("Fn::Select over a computed list", location, refs_of(items))

    def _base64(self, argument: Node, location: Location, refs: list) -> Node:
        # checks read the text, not its encoding
        return self.resolve(argument, refs)

    def _find_in_map(self, argument: Node, location: Location, refs: list) -> Node:
        if not isinstance(argument.value, list) or len(argument.value) < 3:
            return unknown_node("malformed Fn::FindInMap", location)
        keys = [self.resolve(k, refs) for k in argument.value[:3]]
        if any(not isinstance(k.value, str) for k in keys):
            return unknown_node("Fn::FindInMap key is not resolved statically", location)
        node: Node | None = Node(self.mappings, location)
        for key in keys:
            node = node.get(key.value) if node is not None else None
        if node is None:
            return unknown_node("Fn::FindInMap entry not found", location)
        return self.resolve(node, refs)

    def _unresolved(self, argument: Node, location: Location, refs: list) -> Node:
        resolved = self.resolve(argument, refs)
        inner = refs_of(resolved) if resolved is not _REMOVED else ()
        return unknown_node("intrinsic function is not resolved statically", location, inner)

    def _import_value(self, argument: Node, location: Location, refs: list) -> Node:
        return unknown_node("Fn::ImportValue is known at deploy time", location)


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
    "Fn::Base64": Template._base64,
    "Fn::FindInMap": Template._find_in_map,
    "Fn::ImportValue": Template._import_value,
    "Fn::If": Template._unresolved,
    "Fn::Split": Template._unresolved,
    "Fn::GetAZs": Template._unresolved,
    "Fn::Cidr": Template._unresolved,
    "Fn::Transform": Template._unresolved,
    "Fn::Length": Template._unresolved,
    "Fn::ToJsonString": Template._unresolved,
}
