"""A small JSON reader that keeps the line and column of every value.

The standard library's json module forgets positions. Terraform's `.tf.json` files and JSON
documents written inside heredocs need them, so that a finding can point at the statement.
"""

from __future__ import annotations

import json
import re

from .model import PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN, UNKNOWN, Location, Node, Unknown, unknown_node

_WS = re.compile(r"[ \t\r\n]*")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?")
_STRING = re.compile(r'"(?:[^"\\\x00-\x1f]|\\.)*"', re.DOTALL)


class JSONPositionError(ValueError):
    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


class _Reader:
    def __init__(self, text: str, path: str, first_line: int, indent: int, max_depth: int) -> None:
        self.text = text
        self.path = path
        self.first_line = first_line
        self.indent = indent
        self.max_depth = max_depth
        self.pos = 0
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def location(self, pos: int) -> Location:
        # bisect by hand: line_starts is sorted
        lo, hi = 0, len(self.line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.line_starts[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        column = pos - self.line_starts[lo] + 1 + self.indent
        return Location(self.path, self.first_line + lo, column)

    def fail(self, message: str) -> JSONPositionError:
        loc = self.location(self.pos)
        return JSONPositionError(message, loc.line, loc.column)

    def skip_ws(self) -> None:
        self.pos = _WS.match(self.text, self.pos).end()

    def value(self, depth: int) -> Node:
        if depth > self.max_depth:
            raise self.fail("JSON nested too deeply")
        self.skip_ws()
        if self.pos >= len(self.text):
            raise self.fail("unexpected end of JSON")
        start = self.pos
        char = self.text[start]
        if char == "{":
            return self.object(depth)
        if char == "[":
            return self.array(depth)
        if char == '"':
            return Node(self.string(), self.location(start))
        match = _NUMBER.match(self.text, start)
        if match:
            self.pos = match.end()
            raw = match.group()
            number = float(raw) if any(c in raw for c in ".eE") else int(raw)
            return Node(number, self.location(start))
        for word, literal in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, start):
                self.pos = start + len(word)
                return Node(literal, self.location(start))
        raise self.fail(f"unexpected character {char!r}")

    def string(self) -> str:
        match = _STRING.match(self.text, self.pos)
        if not match:
            raise self.fail("unterminated or invalid string")
        self.pos = match.end()
        return json.loads(match.group())

    def object(self, depth: int) -> Node:
        location = self.location(self.pos)
        self.pos += 1
        members: dict[str, Node] = {}
        self.skip_ws()
        if self.text.startswith("}", self.pos):
            self.pos += 1
            return Node(members, location)
        while True:
            self.skip_ws()
            if not self.text.startswith('"', self.pos):
                raise self.fail("expected a string key")
            key_pos = self.pos
            key = self.string()
            if key in members:
                loc = self.location(key_pos)
                raise JSONPositionError(f"duplicate key {key!r}", loc.line, loc.column)
            self.skip_ws()
            if not self.text.startswith(":", self.pos):
                raise self.fail("expected ':'")
            self.pos += 1
            member = self.value(depth + 1)
            # a member is located at its key, as a YAML or HCL attribute is
            member.location = self.location(key_pos)
            members[key] = member
            self.skip_ws()
            if self.text.startswith(",", self.pos):
                self.pos += 1
                continue
            if self.text.startswith("}", self.pos):
                self.pos += 1
                return Node(members, location)
            raise self.fail("expected ',' or '}'")

    def array(self, depth: int) -> Node:
        location = self.location(self.pos)
        self.pos += 1
        items: list[Node] = []
        self.skip_ws()
        if self.text.startswith("]", self.pos):
            self.pos += 1
            return Node(items, location)
        while True:
            items.append(self.value(depth + 1))
            self.skip_ws()
            if self.text.startswith(",", self.pos):
                self.pos += 1
                continue
            if self.text.startswith("]", self.pos):
                self.pos += 1
                return Node(items, location)
            raise self.fail("expected ',' or ']'")


def loads(text: str, path: str, first_line: int = 1, indent: int = 0, max_depth: int = 200) -> Node:
    """Parse JSON text into a Node tree. Raises JSONPositionError with a line and column.
    `first_line` and `indent` place text taken from inside a file (a trimmed heredoc)."""
    reader = _Reader(text, path, first_line, indent, max_depth)
    node = reader.value(0)
    reader.skip_ws()
    if reader.pos != len(text):
        raise reader.fail("extra data after the JSON value")
    return node


def decode_json(text: str, carrier: Node) -> Node:
    """Parse the JSON text a string value carries; positions are file positions when the string
    is a heredoc, else every value sits at the string itself."""
    location, body_line = carrier.location, carrier.body_line
    try:
        if body_line is not None:
            node = loads(text, location.path, first_line=body_line, indent=carrier.body_indent)
        else:
            node = loads(text, location.path)
    except JSONPositionError as error:
        return unknown_node(f"invalid JSON: {error}", location)
    if body_line is None:
        # a one-line string cannot point inside itself: every value sits at the attribute
        for sub in node.walk():
            sub.location = location
    for sub in node.walk():
        if isinstance(sub.value, str) and PLACEHOLDER_OPEN in sub.value:
            reason = sub.value.split(PLACEHOLDER_OPEN, 1)[1].split(PLACEHOLDER_CLOSE, 1)[0]
            sub.value = Unknown(reason, (), sub.value)
            sub.state = UNKNOWN
    return node
