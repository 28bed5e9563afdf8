"""Terraform: `.tf` and `.tf.json` files of one module directory → native resources.

The only module that imports python-hcl2. Positions come from its Lark parse tree
(python-hcl2's `with_meta` records none for attributes). A module is a directory: variables,
locals and the resources a file refers to live in its sibling files.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lark import Token, Tree
from lark.exceptions import LarkError, UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from .. import jsonpos
from ..model import (
    Location,
    Node,
    unknown_node,
)
from .hcl_expr import Context, evaluate, identifier_name, location_of, template_text

# Resource arguments that steer Terraform rather than describe the resource.
META_BLOCKS = {"lifecycle", "provisioner", "connection"}
META_ATTRIBUTES = {"depends_on", "provider", "count", "for_each"}


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


def _parse_tree(text: str) -> Tree:
    """python-hcl2's Lark tree of a file; every parser failure becomes a TerraformSyntaxError."""
    try:
        return _parser().parses_to_tree(text)
    except UnexpectedInput as error:
        raise TerraformSyntaxError(_describe(error), error.line if error.line != -1 else None,
                                   error.column if error.column != -1 else None) from None
    except (LarkError, RecursionError, ValueError) as error:
        raise TerraformSyntaxError(f"cannot parse HCL: {type(error).__name__}", None, None) from None


def parse_text(text: str, path: str) -> list[Block]:
    """Parse one `.tf` file's text into its top-level blocks."""
    body = _parse_tree(text).children[0]
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


def attributes(block: Block) -> list[tuple[str, Any, Location]]:
    if isinstance(block.body, Node):
        if not isinstance(block.body.value, dict):
            return []
        return [(k, v, v.location) for k, v in block.body.value.items()]
    out = []
    for item in block.body.children:
        if isinstance(item, Tree) and item.data == "attribute":
            parts = _trees(item)
            path = getattr(item.meta, "srm_path", None) or block.location.path
            out.append((identifier_name(parts[0]), parts[-1], location_of(item, path)))
    return out


def evaluate_any(expression: Any, ctx: Context, location: Location | None) -> Node:
    if isinstance(expression, Node):
        node = _json_value(expression, ctx)
    else:
        node = evaluate(expression, ctx)
    if location is not None:
        node = node.at(location)
    return node


def evaluate_body(block: Block, ctx: Context) -> Node:
    """A block body as a dict Node: attributes by name, nested blocks as lists."""
    if isinstance(block.body, Node):
        return _json_body(block.body, ctx)
    return _body(block.body, ctx, block.location)


def _body(body: Tree, ctx: Context, location: Location) -> Node:
    members: dict[str, Node] = {}
    outer = ctx
    for item in body.children:
        if not isinstance(item, Tree):
            continue
        # an argument merged in from an override file is located in that file
        ctx = outer.in_file(getattr(item.meta, "srm_path", None) or outer.path)
        if item.data == "attribute":
            parts = _trees(item)
            name = identifier_name(parts[0])
            if name in META_ATTRIBUTES:
                continue
            value = evaluate(parts[-1], ctx)
            if value.value is None:
                continue  # `x = null` (or a variable that is null) leaves the argument unset
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


def parse_expression(text: str) -> Tree | None:
    """Parse a lone expression (from inside a heredoc or a `.tf.json` string)."""
    try:
        tree = _parser().parses_to_tree(f"x = {text.strip()}\n")
    except (LarkError, RecursionError, ValueError):
        return None
    for item in tree.children[0].children:
        if isinstance(item, Tree) and item.data == "attribute":
            return _trees(item)[-1]
    return None


# -- override files -------------------------------------------------------------------------------


def is_override_file(name: str) -> bool:
    stem = name.removesuffix(".json").removesuffix(".tf")
    return stem == "override" or stem.endswith("_override")


def merge_overrides(primary: list[Block], overrides: list[Block]) -> list[Block]:
    """Apply override files the way Terraform does: an override block's arguments replace the
    primary block's arguments of the same name, and its nested blocks replace all nested blocks
    of the same type; locals are overridden one by one."""
    merged = list(primary)
    for override in overrides:
        if override.type == "locals":
            merged = _override_locals(merged, override)
            continue
        for index, block in enumerate(merged):
            if block.type == override.type and block.labels == override.labels:
                merged[index] = Block(block.type, block.labels,
                                      _merge_bodies(block.body, override.body, override.location.path),
                                      block.location)
                break
    return merged


def _override_locals(blocks: list[Block], override: Block) -> list[Block]:
    names = {name for name, _, _ in attributes(override)}
    out = []
    for block in blocks:
        if block.type == "locals" and names & {name for name, _, _ in attributes(block)}:
            block = Block(block.type, block.labels,
                          _merge_bodies(block.body, override.body, override.location.path, only_existing=True),
                          block.location)
        out.append(block)
    return out


def _merge_bodies(primary: Tree | Node, override: Tree | Node, override_path: str,
                  only_existing: bool = False) -> Tree | Node:
    if isinstance(primary, Node) or isinstance(override, Node):
        if isinstance(primary, Node) and isinstance(override, Node) and isinstance(primary.value, dict) \
                and isinstance(override.value, dict):
            names = primary.value.keys() if only_existing else override.value.keys()
            return Node({**primary.value, **{k: override.value[k] for k in names if k in override.value}},
                        primary.location)
        return primary  # a JSON file overriding native syntax (or the reverse): kept as declared
    items = [c for c in override.children if isinstance(c, Tree) and c.data in ("attribute", "block")]
    existing = {_item_name(c) for c in primary.children if isinstance(c, Tree) and c.data in ("attribute", "block")}
    if only_existing:
        items = [c for c in items if _item_name(c) in existing]
    for item in items:
        item.meta.srm_path = override_path
    replaced = {_item_name(c) for c in items}
    kept = [c for c in primary.children if not (isinstance(c, Tree) and c.data in ("attribute", "block")
                                               and _item_name(c) in replaced)]
    return Tree("body", kept + items, primary.meta)


def _item_name(item: Tree) -> str:
    return identifier_name(_trees(item)[0])


# -- tfvars ---------------------------------------------------------------------------------------


def parse_tfvars(text: str, path: str) -> dict[str, Node]:
    """Variable values from a `.tfvars` file: literal expressions, located where written."""
    tree = _parse_tree(text)
    ctx = Context(path, _no_references, parse_expression)
    values: dict[str, Node] = {}
    for item in tree.children[0].children:
        if isinstance(item, Tree) and item.data == "attribute":
            parts = _trees(item)
            values[identifier_name(parts[0])] = evaluate(parts[-1], ctx).at(location_of(item, path))
        elif isinstance(item, Tree) and item.data == "block":
            loc = location_of(item, path)
            raise TerraformSyntaxError("blocks are not allowed in a variable definitions file", loc.line, loc.column)
    return values


def parse_tfvars_json(text: str, path: str) -> dict[str, Node]:
    try:
        root = jsonpos.loads(text, path)
    except jsonpos.JSONPositionError as error:
        raise TerraformSyntaxError(str(error), error.line, error.column) from None
    if not isinstance(root.value, dict):
        raise TerraformSyntaxError("a .tfvars.json file must hold a JSON object", root.location.line,
                                   root.location.column)
    return dict(root.value)


def _no_references(root: str, steps: list, location: Location, ctx: Context) -> Node:
    return unknown_node(f"a variable definitions file cannot refer to {root!r}", location)
