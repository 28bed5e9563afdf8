"""Helpers over Node values shared by both parsers: which references an unknown carries, and
joining text whose parts may be unknown."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .model import PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN, UNKNOWN, Hit, Location, Node, Unknown, unknown_node


def known(node: Node) -> bool:
    """True when no part of the node is unknown."""
    return not any(n.unknown for n in node.walk())


def refs_of(*nodes: Node) -> tuple[str, ...]:
    """Every resource an unknown part of the nodes refers to, in first-seen order."""
    found: list[str] = []
    for node in nodes:
        for sub in node.walk():
            if sub.unknown:
                found.extend(r for r in sub.value.refs if r not in found)
    return tuple(found)


def unknown_from(nodes: list[Node], reason: str, location: Location) -> Node:
    """An unknown standing for a value computed from nodes, keeping their first reason and refs."""
    first = next((n.value.reason for node in nodes for n in node.walk() if n.unknown), reason)
    return unknown_node(first, location, refs_of(*nodes))


def as_text(value: Any) -> str:
    """A scalar as Terraform and CloudFormation write it inside a string."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def join_text(pieces: list[Node | str], location: Location) -> Node:
    """Concatenate literal text and values. Unknown parts keep their place as placeholders in
    Unknown.text, so that a JSON document with one unknown ARN can still be read."""
    text: list[str] = []
    unknown_parts: list[Node] = []
    for piece in pieces:
        if isinstance(piece, str):
            text.append(piece)
        elif known(piece) and isinstance(piece.value, (dict, list)):
            text.append(json.dumps(piece.plain(), separators=(",", ":")))
        elif known(piece):
            text.append(as_text(piece.value))
        else:
            unknown_parts.append(piece)
            reason = piece.value.reason if piece.unknown else "structured value"
            text.append(f"{PLACEHOLDER_OPEN}{reason}{PLACEHOLDER_CLOSE}")
    joined = "".join(text)
    if not unknown_parts:
        return Node(joined, location)
    first = unknown_from(unknown_parts, "structured value", location)
    return Node(Unknown(first.value.reason, first.value.refs, joined), location, UNKNOWN)


# -- three-valued logic: True, False, or None for unknown -------------------------------------------


def all3(values: list[bool | None]) -> bool | None:
    """All-true: False wins over unknown."""
    if any(v is False for v in values):
        return False
    if any(v is None for v in values):
        return None
    return True


def any3(values: list[bool | None]) -> bool | None:
    """Any-true: True wins over unknown."""
    if any(v is True for v in values):
        return True
    if any(v is None for v in values):
        return None
    return False


def truthy(node: Node | None) -> bool | None:
    """true (or "true") → True; unset, null or anything else → False; unknown → None."""
    if node is None:
        return False
    if node.unknown:
        return None
    return node.value is True or (isinstance(node.value, str) and node.value.strip().lower() == "true")


def elements(node: Node | None, singular: str, plural: str) -> Iterator[Node | Hit]:
    """The elements of a list property (listeners, policies, origins…), each known element as a
    Node; an unknown list or element as an unknown Hit, since it may hold a failing element."""
    if node is None or node.value is None:
        return
    if node.unknown:
        yield Hit("unknown", node.location, f"{plural} are not resolved statically ({node.value.reason})")
        return
    for element in node.items():
        if element.unknown:
            yield Hit("unknown", element.location, f"{singular} is not resolved statically ({element.value.reason})")
        else:
            yield element
