"""Evaluate HCL expressions from python-hcl2's Lark parse tree into position-carrying Nodes.

What can be known statically is computed exactly; everything else becomes an Unknown that
remembers why and which resources it refers to. Nothing here raises on odd input: an
expression we do not understand is unknown, never a crash.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from lark import Token, Tree

from ..jsonpos import decode_json
from ..model import LITERAL, Location, Node, unknown_node
from ..values import as_text, join_text, known, refs_of, unknown_from

Step = tuple[str, Any]  # ("attr", name) | ("index", Tree) | ("index_value", key)


@dataclass
class Context:
    """What an expression may look up, and what it records while being evaluated."""

    path: str
    resolve: Callable[[str, list[Step], Location, Context], Node]
    parse_expression: Callable[[str], Tree | None]
    bindings: dict[str, Node] = field(default_factory=dict)  # iterator names of dynamic/for
    refs: list[tuple[str, Location]] = field(default_factory=list)
    depth: int = 0

    def in_file(self, path: str) -> Context:
        if path == self.path:
            return self
        return Context(path, self.resolve, self.parse_expression, self.bindings, self.refs, self.depth)

    def child(self, bindings: dict[str, Node]) -> Context:
        merged = {**self.bindings, **bindings}
        return Context(self.path, self.resolve, self.parse_expression, merged, self.refs, self.depth)


MAX_DEPTH = 200

_ESCAPES = re.compile(r"\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)", re.DOTALL)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}


def _unescape(text: str) -> str:
    def replace(match: re.Match) -> str:
        code = match.group(1)
        if code[0] in "uU" and len(code) > 1:
            return chr(int(code[1:], 16))
        return _SIMPLE_ESCAPES.get(code, "\\" + code)

    return _ESCAPES.sub(replace, text)


def location_of(item: Tree | Token, path: str) -> Location:
    if isinstance(item, Token):
        return Location(path, item.line or 1, item.column or 1)
    meta = item.meta
    if getattr(meta, "empty", True):
        for child in item.children:
            if isinstance(child, (Tree, Token)):
                return location_of(child, path)
        return Location(path, 1, 1)
    return Location(path, meta.line, meta.column)


def _trees(tree: Tree) -> list[Tree]:
    return [c for c in tree.children if isinstance(c, Tree) and c.data != "new_line_or_comment"]


def identifier_name(tree: Tree | Token) -> str:
    """The text of an identifier, keyword or literal_value node."""
    if isinstance(tree, Token):
        return str(tree)
    for child in tree.children:
        if isinstance(child, Token):
            return str(child)
        return identifier_name(child)
    return ""


def to_node(value: Any, location: Location) -> Node:
    """Wrap a plain Python value (from a function result) as Nodes at one location."""
    if isinstance(value, Node):
        return value
    if isinstance(value, dict):
        return Node({str(k): to_node(v, location) for k, v in value.items()}, location)
    if isinstance(value, (list, tuple)):
        return Node([to_node(v, location) for v in value], location)
    return Node(value, location)


def evaluate(tree: Tree | Token, ctx: Context) -> Node:
    """Evaluate one expression tree."""
    if ctx.depth > MAX_DEPTH:
        return unknown_node("expression nested too deeply", location_of(tree, ctx.path))
    ctx.depth += 1
    try:
        return _evaluate(tree, ctx)
    finally:
        ctx.depth -= 1


def _evaluate(tree: Tree | Token, ctx: Context) -> Node:
    location = location_of(tree, ctx.path)
    if isinstance(tree, Token):
        return Node(str(tree), location)
    kind = tree.data
    handler = _HANDLERS.get(kind)
    if handler is not None:
        return handler(tree, ctx, location)
    if kind in ("get_attr_expr_term", "index_expr_term", "identifier"):
        return _traversal(tree, ctx, location)
    # for-expressions, splats, template strings: not resolved statically (yet); keep the refs
    collected = _collect_refs(tree, ctx)
    return unknown_node(f"{kind.replace('_', ' ')} is not resolved statically", location, collected)


def _collect_refs(tree: Tree, ctx: Context) -> tuple[str, ...]:
    """Evaluate sub-traversals only to record what an unresolvable expression refers to."""
    found: list[str] = []
    for sub in tree.iter_subtrees_topdown():
        if sub.data == "get_attr_expr_term":
            node = _traversal(sub, ctx, location_of(sub, ctx.path))
            found.extend(r for r in refs_of(node) if r not in found)
    return tuple(found)


def _expr_term(tree: Tree, ctx: Context, location: Location) -> Node:
    inner = _trees(tree)
    if not inner:
        return unknown_node("empty expression", location)
    node = evaluate(inner[0], ctx)
    return node


def _int(tree: Tree, ctx: Context, location: Location) -> Node:
    return Node(int(str(tree.children[0])), location)


def _float(tree: Tree, ctx: Context, location: Location) -> Node:
    return Node(float(str(tree.children[0])), location)


def _literal(tree: Tree, ctx: Context, location: Location) -> Node:
    word = identifier_name(tree)
    return Node({"true": True, "false": False, "null": None}.get(word), location)


def _string(tree: Tree, ctx: Context, location: Location) -> Node:
    pieces: list[Node | str] = []
    for part in tree.children:
        if not isinstance(part, Tree) or part.data != "string_part":
            continue
        for sub in part.children:
            if isinstance(sub, Token):
                if sub.type == "STRING_CHARS":
                    pieces.append(_unescape(str(sub)))
                elif sub.type in ("ESCAPED_INTERPOLATION", "ESCAPED_DIRECTIVE"):
                    pieces.append(str(sub)[1:])
                else:
                    pieces.append(str(sub))
            elif sub.data == "interpolation":
                pieces.append(evaluate(_trees(sub)[0], ctx))
            else:
                return unknown_node("string template directive is not resolved statically", location,
                                    _collect_refs(tree, ctx))
    return _join_pieces(pieces, location)


def _join_pieces(pieces: list[Node | str], location: Location) -> Node:
    if len(pieces) == 1 and isinstance(pieces[0], Node):
        # "${x}" is x itself, whatever its type
        return pieces[0].at(location)
    return join_text(pieces, location)


_HEREDOC = re.compile(r"<<(-?)([A-Za-z][A-Za-z0-9._-]*)\r?\n(.*?)\r?\n?[ \t]*\2\r?\n?$", re.DOTALL)


def _heredoc(tree: Tree, ctx: Context, location: Location) -> Node:
    token = tree.children[0]
    match = _HEREDOC.match(str(token))
    if not match:
        return unknown_node("unreadable heredoc", location)
    trim, _, body = match.groups()
    cut = 0
    if trim:
        lines = body.split("\n")
        indents = [len(line) - len(line.lstrip(" \t")) for line in lines if line.strip()]
        cut = min(indents, default=0)
        body = "\n".join(line[cut:] for line in lines)
    if "${" not in body.replace("$${", "") and "%{" not in body.replace("%%{", ""):
        node = Node(body.replace("$${", "${").replace("%%{", "%{"), location)
    else:
        node = template_text(body, ctx, location)
    node.body_line = location.line + 1
    node.body_indent = cut
    return node


def template_text(body: str, ctx: Context, location: Location) -> Node:
    """Evaluate the interpolations of template text (heredoc bodies, `.tf.json` strings)."""
    pieces: list[Node | str] = []
    pos = 0
    while pos < len(body):
        start = body.find("${", pos)
        directive = body.find("%{", pos)
        while start > 0 and body[start - 1] == "$":  # $${ is a literal ${
            start = body.find("${", start + 2)
        if directive != -1 and (start == -1 or directive < start) and (directive == 0 or body[directive - 1] != "%"):
            return unknown_node("template directive is not resolved statically", location)
        if start == -1:
            pieces.append(body[pos:])
            break
        pieces.append(body[pos:start])
        end = _matching_brace(body, start + 2)
        if end == -1:
            return unknown_node("unterminated interpolation in heredoc", location)
        expression = ctx.parse_expression(body[start + 2 : end])
        first_ref = len(ctx.refs)
        pieces.append(evaluate(expression, ctx) if expression is not None
                      else unknown_node("unreadable interpolation", location))
        # the sub-parse numbers lines from 1: its references sit at the template instead
        ctx.refs[first_ref:] = [(target, location) for target, _ in ctx.refs[first_ref:]]
        pos = end + 1
    pieces = [p.replace("$${", "${").replace("%%{", "%{") if isinstance(p, str) else p for p in pieces]
    return _join_pieces([p for p in pieces if p != ""], location)


def _matching_brace(text: str, pos: int) -> int:
    depth = 0
    quote = False
    while pos < len(text):
        char = text[pos]
        if quote:
            if char == "\\":
                pos += 1
            elif char == '"':
                quote = False
        elif char == '"':
            quote = True
        elif char == "{":
            depth += 1
        elif char == "}":
            if depth == 0:
                return pos
            depth -= 1
        pos += 1
    return -1


def _for(tree: Tree, ctx: Context, location: Location) -> Node:
    """[for k, v in coll : expr if cond] and {for k, v in coll : key => value... if cond}."""
    parts = _trees(tree)
    intro, rest = parts[0], parts[1:]
    condition = rest[-1] if rest and rest[-1].data == "for_cond" else None
    if condition is not None:
        rest = rest[:-1]
    names = [identifier_name(t) for t in _trees(intro) if t.data == "identifier"]
    collection = evaluate(_trees(intro)[-1], ctx)
    if not isinstance(collection.value, (dict, list)):
        return unknown_node(_reason(collection, "for expression over a value not resolved statically"), location,
                            refs_of(collection))
    pairs = list(collection.value.items()) if isinstance(collection.value, dict) \
        else [(Node(i, location), v) for i, v in enumerate(collection.value)]
    is_object = tree.data == "for_object_expr"
    grouped = any(isinstance(c, Token) and c.type == "ELLIPSIS" for c in tree.children)
    items: list[Node] = []
    members: dict[str, Node] = {}
    for key, value in pairs:
        key_node = key if isinstance(key, Node) else Node(key, location)
        scope = ctx.child({names[0]: value} if len(names) == 1 else {names[0]: key_node, names[1]: value})
        if condition is not None:
            keep = evaluate(_trees(condition)[-1], scope)
            if keep.unknown or not isinstance(keep.value, bool):
                return unknown_node(_reason(keep, "for expression condition is not resolved statically"), location,
                                    refs_of(keep))
            if not keep.value:
                continue
        if not is_object:
            items.append(evaluate(rest[0], scope))
            continue
        member_key, member = evaluate(rest[0], scope), evaluate(rest[1], scope)
        if member_key.unknown or isinstance(member_key.value, (dict, list)):
            return unknown_node("for expression key is not resolved statically", location, refs_of(member_key))
        name = as_text(member_key.value)
        if grouped:
            members.setdefault(name, Node([], member.location)).value.append(member)
        else:
            members[name] = member
    return Node(members if is_object else items, location)


def _reason(node: Node, fallback: str) -> str:
    return node.value.reason if node.unknown else fallback


def _tuple(tree: Tree, ctx: Context, location: Location) -> Node:
    return Node([evaluate(item, ctx) for item in _trees(tree)], location)


def _object(tree: Tree, ctx: Context, location: Location) -> Node:
    members: dict[str, Node] = {}
    for elem in _trees(tree):
        key_tree, value_tree = _trees(elem)[0], _trees(elem)[-1]
        key = _object_key(key_tree, ctx)
        value = evaluate(value_tree, ctx)
        key_location = location_of(key_tree, ctx.path)
        if key is None:
            return unknown_node("object key is not resolved statically", location, refs_of(value))
        members[key] = value.at(key_location)
    return Node(members, location)


def _object_key(tree: Tree, ctx: Context) -> str | None:
    inner = tree
    while isinstance(inner, Tree) and inner.data in ("object_elem_key", "expr_term") and len(_trees(inner)) == 1 \
            and not any(isinstance(c, Token) and c.type == "LPAR" for c in inner.children):
        inner = _trees(inner)[0]
    if isinstance(inner, Tree) and inner.data in ("identifier", "keyword", "literal_value"):
        return identifier_name(inner)
    if isinstance(inner, Tree) and inner.data == "object_elem_key":
        return identifier_name(inner)
    node = evaluate(inner, ctx)
    if node.unknown or isinstance(node.value, (dict, list)):
        return None
    return as_text(node.value)


def _conditional(tree: Tree, ctx: Context, location: Location) -> Node:
    condition, if_true, if_false = _trees(tree)
    test = evaluate(condition, ctx)
    if test.unknown or not isinstance(test.value, bool):
        a, b = evaluate(if_true, ctx), evaluate(if_false, ctx)
        if known(a) and known(b) and a.plain() == b.plain():
            return a
        return unknown_from([test, a, b], "condition is not resolved statically", location)
    return evaluate(if_true if test.value else if_false, ctx)


_BINARY = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    ">": lambda a, b: a > b,
    "<=": lambda a, b: a <= b,
    ">=": lambda a, b: a >= b,
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "%": lambda a, b: a % b,
}


def _binary(tree: Tree, ctx: Context, location: Location) -> Node:
    left_tree, term = _trees(tree)[0], _trees(tree)[1]
    operator = identifier_name(_trees(term)[0])
    right_tree = _trees(term)[-1]
    left = evaluate(left_tree, ctx)
    if operator in ("&&", "||") and not left.unknown and isinstance(left.value, bool):
        if operator == "&&" and left.value is False:
            return Node(False, location)
        if operator == "||" and left.value is True:
            return Node(True, location)
    right = evaluate(right_tree, ctx)
    if not (known(left) and known(right)):
        return unknown_from([left, right], "operand is not resolved statically", location)
    if operator in ("&&", "||"):
        return Node(bool(right.value), location)
    try:
        return to_node(_BINARY[operator](left.plain(), right.plain()), location)
    except Exception:  # type errors in the user's expression: Terraform would reject it too
        return unknown_node(f"cannot evaluate {operator!r} on these values", location)


def _unary(tree: Tree, ctx: Context, location: Location) -> Node:
    operator = str(tree.children[0])
    operand = evaluate(_trees(tree)[-1], ctx)
    if operand.unknown:
        return operand
    if operator == "!" and isinstance(operand.value, bool):
        return Node(not operand.value, location)
    if operator == "-" and isinstance(operand.value, (int, float)) and not isinstance(operand.value, bool):
        return Node(-operand.value, location)
    return unknown_node(f"cannot apply {operator!r}", location)


def _traversal(tree: Tree, ctx: Context, location: Location) -> Node:
    steps: list[Step] = []
    node: Tree | Token = tree
    while True:
        if isinstance(node, Tree) and node.data == "expr_term" and len(_trees(node)) == 1 \
                and not any(isinstance(c, Token) and c.type == "LPAR" for c in node.children):
            node = _trees(node)[0]
        elif isinstance(node, Tree) and node.data == "get_attr_expr_term":
            base, attr = _trees(node)
            steps.insert(0, ("attr", identifier_name(_trees(attr)[0]) if _trees(attr) else ""))
            node = base
        elif isinstance(node, Tree) and node.data == "index_expr_term":
            base, index = _trees(node)
            if index.data == "short_index":
                steps.insert(0, ("index_value", int(str(index.children[-1]))))
            else:
                steps.insert(0, ("index", _trees(index)[0]))
            node = base
        else:
            break
    if isinstance(node, Tree) and node.data == "identifier":
        root = identifier_name(node)
        if root in ctx.bindings:
            return apply_steps(ctx.bindings[root], steps, ctx, location)
        return ctx.resolve(root, steps, location, ctx)
    # an expression followed by attribute/index steps: evaluate it and walk the steps
    return apply_steps(evaluate(node, ctx), steps, ctx, location)


def apply_steps(node: Node, steps: list[Step], ctx: Context, location: Location) -> Node:
    for kind, arg in steps:
        if node.unknown:
            return unknown_node(node.value.reason, location, node.value.refs)
        if kind == "attr":
            key: Any = arg
        elif kind == "index_value":
            key = arg
        else:
            index = evaluate(arg, ctx)
            if index.unknown:
                return unknown_node(index.value.reason, location, refs_of(index, node))
            key = index.value
        if isinstance(node.value, dict) and isinstance(key, str) and key in node.value:
            node = node.value[key]
        elif isinstance(node.value, list) and isinstance(key, int) and not isinstance(key, bool) \
                and -len(node.value) <= key < len(node.value):
            node = node.value[key]
        else:
            return unknown_node(f"no element {key!r}", location)
    return node.at(location, node.origin or node.location) if steps else node


def _function(tree: Tree, ctx: Context, location: Location) -> Node:
    children = _trees(tree)
    name = identifier_name(children[0])
    if len(children) > 1 and children[-1].data == "identifier":  # provider::ns::fn
        name = identifier_name(children[-1])
    arg_trees = _trees(children[-1]) if children[-1].data == "arguments" else []
    expands = children[-1].data == "arguments" and any(
        isinstance(c, Token) and c.type == "ELLIPSIS" for c in children[-1].children)
    args = [evaluate(a, ctx) for a in arg_trees]
    if expands and args and isinstance(args[-1].value, list):
        args = args[:-1] + args[-1].value
    from .hcl_functions import call  # one table of functions, kept apart from the walker

    return call(name, args, location, ctx)


_HANDLERS: dict[str, Callable[[Tree, Context, Location], Node]] = {
    "expr_term": _expr_term,
    "int_lit": _int,
    "float_lit": _float,
    "literal_value": _literal,
    "string": _string,
    "heredoc_template": _heredoc,
    "heredoc_template_trim": _heredoc,
    "tuple": _tuple,
    "object": _object,
    "conditional": _conditional,
    "binary_op": _binary,
    "unary_op": _unary,
    "function_call": _function,
    "for_tuple_expr": _for,
    "for_object_expr": _for,
}

__all__ = ["Context", "evaluate", "apply_steps", "decode_json", "known", "refs_of", "to_node", "LITERAL"]
