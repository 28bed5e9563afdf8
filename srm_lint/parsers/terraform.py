"""Terraform: `.tf` and `.tf.json` files of one module directory → native resources.

The only module that imports python-hcl2. Positions come from its Lark parse tree
(python-hcl2's `with_meta` records none for attributes). A module is a directory: variables,
locals and the resources a file refers to live in its sibling files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lark import Token, Tree
from lark.exceptions import LarkError, UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from .. import jsonpos
from ..model import (
    TERRAFORM,
    InputError,
    Location,
    NativeResource,
    Node,
    Reference,
    unknown_node,
)
from .hcl_expr import Context, apply_steps, evaluate, identifier_name, location_of, template_text
from .tf_policy_document import policy_document

# Resource arguments that steer Terraform rather than describe the resource.
META_BLOCKS = {"lifecycle", "provisioner", "connection"}
META_ATTRIBUTES = {"depends_on", "provider"}


class TerraformSyntaxError(Exception):
    def __init__(self, message: str, line: int | None, column: int | None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


@dataclass
class Block:
    """A top-level block (resource, data, variable, locals, module, output, …) of one file."""

    type: str
    labels: list[str]
    body: Tree | Node  # a Lark `body` tree, or a Node for `.tf.json`
    location: Location


def _parser():
    import hcl2.api  # imported on first use: a CloudFormation-only run never pays for it

    return hcl2.api


def parse_text(text: str, path: str) -> list[Block]:
    """Parse one `.tf` file's text into its top-level blocks."""
    try:
        tree = _parser().parses_to_tree(text)
    except UnexpectedInput as error:
        raise TerraformSyntaxError(_describe(error), error.line if error.line != -1 else None,
                                   error.column if error.column != -1 else None) from None
    except (LarkError, RecursionError, ValueError) as error:
        raise TerraformSyntaxError(f"cannot parse HCL: {type(error).__name__}", None, None) from None
    body = tree.children[0]
    blocks: list[Block] = []
    for item in body.children:
        if isinstance(item, Tree) and item.data == "block":
            parts = _trees(item)
            labels = [_label(p) for p in parts[1:-1]]
            blocks.append(Block(identifier_name(parts[0]), labels, parts[-1], location_of(item, path)))
        elif isinstance(item, Tree) and item.data == "attribute":
            loc = location_of(item, path)
            raise TerraformSyntaxError("attributes are not allowed at the top level of a Terraform file",
                                       loc.line, loc.column)
    return blocks


def _describe(error: UnexpectedInput) -> str:
    if isinstance(error, UnexpectedEOF):
        return "unexpected end of file (unclosed block or string?)"
    if isinstance(error, UnexpectedToken) and error.token.type == "$END":
        return "unexpected end of file (unclosed block or string?)"
    if isinstance(error, UnexpectedToken):
        text = str(error.token)
        if text.lstrip(" \t").startswith(("\n", "#", "//")) or text == "":
            return "unexpected end of line (missing value?)"
        return f"unexpected {text.splitlines()[0][:40]!r}"
    if isinstance(error, UnexpectedCharacters):
        return f"unexpected character {error.char!r}"
    return "invalid HCL syntax"


def parse_json_text(text: str, path: str) -> list[Block]:
    """Parse a `.tf.json` file: the JSON form of the same blocks."""
    try:
        root = jsonpos.loads(text, path)
    except jsonpos.JSONPositionError as error:
        raise TerraformSyntaxError(str(error), error.line, error.column) from None
    if not isinstance(root.value, dict):
        raise TerraformSyntaxError("a .tf.json file must hold a JSON object", root.location.line, root.location.column)
    blocks: list[Block] = []
    for block_type, content in root.value.items():
        depth = {"resource": 2, "data": 2, "variable": 1, "module": 1, "output": 1, "provider": 1}.get(block_type, 0)
        for labels, body in _json_labelled(content, depth):
            blocks.append(Block(block_type, labels, body, body.location))
    return blocks


def _json_labelled(node: Node, depth: int) -> list[tuple[list[str], Node]]:
    if depth == 0:
        return [([], item) for item in node.items() if isinstance(item.value, dict)]
    found: list[tuple[list[str], Node]] = []
    for item in node.items():
        if not isinstance(item.value, dict):
            continue
        for label, child in item.value.items():
            found.extend(([label, *labels], body) for labels, body in _json_labelled(child, depth - 1))
    return found


def _trees(tree: Tree) -> list[Tree]:
    return [c for c in tree.children if isinstance(c, Tree) and c.data != "new_line_or_comment"]


def _label(tree: Tree) -> str:
    if tree.data == "string":
        return "".join(str(t) for part in tree.children if isinstance(part, Tree) for t in part.children
                       if isinstance(t, Token))
    return identifier_name(tree)


@dataclass
class Module:
    """The blocks of one module directory and everything needed to evaluate them."""

    directory: str
    blocks: list[Block]
    errors: list[InputError] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.variables: dict[str, Block] = {}
        self.locals: dict[str, tuple[Any, str, Location]] = {}
        self.resources: dict[str, Block] = {}
        self._local_cache: dict[str, tuple[Node, list]] = {}
        self._local_busy: set[str] = set()
        self._document_cache: dict[str, Node] = {}
        for block in self.blocks:
            if block.type == "variable" and block.labels:
                if block.labels[0] in self.variables:
                    self._duplicate(f"variable {block.labels[0]!r}", block.location,
                                    self.variables[block.labels[0]].location)
                self.variables[block.labels[0]] = block
            elif block.type == "locals":
                for name, expression, loc in _attributes(block):
                    if name in self.locals:
                        self._duplicate(f"local value {name!r}", loc, self.locals[name][2])
                    self.locals[name] = (expression, block.location.path, loc)
            elif block.type in ("resource", "data") and len(block.labels) == 2:
                address = ("data." if block.type == "data" else "") + ".".join(block.labels)
                if address in self.resources:
                    self._duplicate(f"{block.type} {address}", block.location, self.resources[address].location)
                    continue
                self.resources[address] = block

    def _duplicate(self, what: str, where: Location, first: Location) -> None:
        """Terraform rejects a second declaration; report it and keep going."""
        self.errors.append(InputError(where.path, f"duplicate {what} (first declared at {first})", where.line,
                                      where.column))

    # -- evaluation ---------------------------------------------------------------------------

    def context(self, path: str) -> Context:
        return Context(path, self.resolve, _parse_expression)

    def resolve(self, root: str, steps: list, location: Location, ctx: Context) -> Node:
        """Resolve a traversal `root.step.step…` met in an expression."""
        names = [arg for kind, arg in steps if kind == "attr"]
        if root == "var" and steps and steps[0][0] == "attr":
            return apply_steps(self._variable(steps[0][1], location), steps[1:], ctx, location)
        if root == "local" and steps and steps[0][0] == "attr":
            return apply_steps(self._local(steps[0][1], location, ctx), steps[1:], ctx, location)
        if root == "data" and len(names) >= 2:
            address = f"data.{names[0]}.{names[1]}"
            ctx.refs.append((address, location))
            attribute = _attribute_after(steps, 2)
            if names[0] == "aws_iam_policy_document" and attribute in ("json", "minified_json") \
                    and address in self.resources:
                document = self.document(address)
                return Node(document.value, location, document.state, origin=document.location)
            return unknown_node(f"{address} is read at deploy time", location, (address,))
        if root == "module" and names:
            address = f"module.{names[0]}"
            ctx.refs.append((address, location))
            return unknown_node(f"output of {address} is not resolved statically", location, (address,))
        if root in ("count", "each", "self"):
            return unknown_node(f"{root}.{'.'.join(names)} depends on the instance", location)
        if root in ("path", "terraform"):
            return unknown_node(f"{root}.{'.'.join(names)} is not resolved statically", location)
        if names and "_" in root:
            address = f"{root}.{names[0]}"
            ctx.refs.append((address, location))
            return unknown_node(f"{address}.{_attribute_after(steps, 1) or 'value'} is known after apply",
                                location, (address,))
        return unknown_node(f"unknown reference {root!r}", location)

    def _variable(self, name: str, location: Location) -> Node:
        block = self.variables.get(name)
        if block is None:
            return unknown_node(f"variable {name!r} is not declared", location)
        for attr_name, expression, attr_location in _attributes(block):
            if attr_name == "default":
                value = self._evaluate_detached(expression, block.location.path)
                if value.value is None:
                    return unknown_node(f"variable {name!r} defaults to null", location)
                return value.at(location, attr_location)
        return unknown_node(f"variable {name!r} has no default", location)

    def _local(self, name: str, location: Location, ctx: Context) -> Node:
        if name not in self.locals:
            return unknown_node(f"local {name!r} is not declared", location)
        if name in self._local_cache:
            node, refs = self._local_cache[name]
            ctx.refs.extend(refs)
            return node.at(location, node.origin or node.location)
        if name in self._local_busy:
            return unknown_node(f"local {name!r} refers to itself", location)
        expression, path, attr_location = self.locals[name]
        self._local_busy.add(name)
        inner = self.context(path)
        inner.depth = ctx.depth
        node = _evaluate_any(expression, inner, attr_location)
        self._local_busy.discard(name)
        self._local_cache[name] = (node, inner.refs)
        ctx.refs.extend(inner.refs)
        return node.at(location, node.origin or node.location)

    def _evaluate_detached(self, expression: Any, path: str) -> Node:
        return _evaluate_any(expression, self.context(path), None)

    def document(self, address: str) -> Node:
        """The JSON policy document a `data.aws_iam_policy_document` produces."""
        if address not in self._document_cache:
            self._document_cache[address] = unknown_node("policy document refers to itself",
                                                         self.resources[address].location)
            block = self.resources[address]
            ctx = self.context(block.location.path)
            self._document_cache[address] = policy_document(self.body(block, ctx), block.location)
        return self._document_cache[address]

    def body(self, block: Block, ctx: Context) -> Node:
        """A block body as a dict Node: attributes by name, nested blocks as lists."""
        if isinstance(block.body, Node):
            return _json_body(block.body, ctx)
        return _body(block.body, ctx, block.location)

    # -- output ---------------------------------------------------------------------------------

    def native_resources(self) -> list[NativeResource]:
        found: list[NativeResource] = []
        for address, block in self.resources.items():
            ctx = self.context(block.location.path)
            body = self.body(block, ctx)
            native_type = block.labels[0]
            if block.type == "data":
                native_type = "data." + native_type
                if native_type == "data.aws_iam_policy_document":
                    body.value["json"] = self.document(address)
            refs = [Reference(address, target, loc) for target, loc in ctx.refs if target != address]
            found.append(NativeResource(address, native_type, TERRAFORM, block.location, body, refs,
                                        scope=self.directory))
        return found


def _attribute_after(steps: list, index: int) -> str | None:
    """The first attribute name after `index` leading steps, skipping instance indexes."""
    count = 0
    for kind, arg in steps:
        if kind != "attr":
            continue
        if count == index:
            return arg
        count += 1
    return None


def _attributes(block: Block) -> list[tuple[str, Any, Location]]:
    if isinstance(block.body, Node):
        if not isinstance(block.body.value, dict):
            return []
        return [(k, v, v.location) for k, v in block.body.value.items()]
    out = []
    for item in block.body.children:
        if isinstance(item, Tree) and item.data == "attribute":
            parts = _trees(item)
            out.append((identifier_name(parts[0]), parts[-1], location_of(item, block.location.path)))
    return out


def _evaluate_any(expression: Any, ctx: Context, location: Location | None) -> Node:
    if isinstance(expression, Node):
        node = _json_value(expression, ctx)
    else:
        node = evaluate(expression, ctx)
    if location is not None:
        node = node.at(location)
    return node


def _body(body: Tree, ctx: Context, location: Location) -> Node:
    members: dict[str, Node] = {}
    for item in body.children:
        if not isinstance(item, Tree):
            continue
        if item.data == "attribute":
            parts = _trees(item)
            name = identifier_name(parts[0])
            if name in META_ATTRIBUTES:
                continue
            value = evaluate(parts[-1], ctx)
            members[name] = value.at(location_of(item, ctx.path))
        elif item.data == "block":
            parts = _trees(item)
            name = identifier_name(parts[0])
            if name in META_BLOCKS:
                continue
            block_location = location_of(item, ctx.path)
            if name == "dynamic" and len(parts) >= 3:
                label = _label(parts[1])
                members.setdefault(label, Node([], block_location)).value.extend(
                    _dynamic(parts[-1], label, ctx, block_location))
                continue
            members.setdefault(name, Node([], block_location)).value.append(_body(parts[-1], ctx, block_location))
    return Node(members, location)


def _dynamic(body: Tree, label: str, ctx: Context, location: Location) -> list[Node]:
    """Expand a `dynamic` block over a known collection; over an unknown one, keep one
    instance whose iterator values are unknown."""
    for_each: Node | None = None
    iterator = label
    content: Tree | None = None
    for item in body.children:
        if isinstance(item, Tree) and item.data == "attribute":
            parts = _trees(item)
            name = identifier_name(parts[0])
            if name == "for_each":
                for_each = evaluate(parts[-1], ctx)
            elif name == "iterator":
                iterator = identifier_name(_trees(parts[-1])[0]) if _trees(parts[-1]) else iterator
        elif isinstance(item, Tree) and item.data == "block" and identifier_name(_trees(item)[0]) == "content":
            content = _trees(item)[-1]
    if content is None:
        return []
    if for_each is None or for_each.unknown or not isinstance(for_each.value, (list, dict)):
        reason = for_each.value.reason if for_each is not None and for_each.unknown else "dynamic block"
        refs = for_each.value.refs if for_each is not None and for_each.unknown else ()
        element = unknown_node(f"dynamic {label!r} iterates over a value not resolved statically ({reason})",
                               location, refs)
        binding = Node({"key": element, "value": element}, location)
        return [_body(content, ctx.child({iterator: binding}), location)]
    pairs = for_each.value.items() if isinstance(for_each.value, dict) else enumerate(for_each.value)
    out = []
    for key, value in pairs:
        binding = Node({"key": Node(key, location), "value": value}, location)
        out.append(_body(content, ctx.child({iterator: binding}), location))
    return out


def _json_body(node: Node, ctx: Context) -> Node:
    if not isinstance(node.value, dict):
        return _json_value(node, ctx)
    members = {}
    for key, value in node.value.items():
        if key in META_ATTRIBUTES or key in META_BLOCKS:
            continue
        members[key] = _json_body(value, ctx) if isinstance(value.value, dict) else _json_value(value, ctx)
    return Node(members, node.location)


def _json_value(node: Node, ctx: Context) -> Node:
    """Strings in `.tf.json` are templates: `"${var.x}"` is an expression."""
    if isinstance(node.value, str) and ("${" in node.value or "%{" in node.value):
        evaluated = template_text(node.value, ctx, node.location)
        return Node(evaluated.value, node.location, evaluated.state, origin=evaluated.origin)
    if isinstance(node.value, list):
        return Node([_json_value(v, ctx) for v in node.value], node.location)
    if isinstance(node.value, dict):
        return _json_body(node, ctx)
    return node


def _parse_expression(text: str) -> Tree | None:
    """Parse a lone expression (from inside a heredoc or a `.tf.json` string)."""
    try:
        tree = _parser().parses_to_tree(f"x = {text.strip()}\n")
    except (LarkError, RecursionError, ValueError):
        return None
    for item in tree.children[0].children:
        if isinstance(item, Tree) and item.data == "attribute":
            return _trees(item)[-1]
    return None
