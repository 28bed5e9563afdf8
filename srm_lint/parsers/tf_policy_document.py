"""`data "aws_iam_policy_document"` → the JSON policy document it renders, statement by statement,
each statement located at its `statement {` block."""

from __future__ import annotations

from ..jsonpos import decode_json
from ..model import Location, Node

# block attribute → JSON element
_LISTS = {
    "actions": "Action",
    "not_actions": "NotAction",
    "resources": "Resource",
    "not_resources": "NotResource",
}


def policy_document(body: Node, location: Location) -> Node:
    statements: list[Node] = []
    for source_name in ("source_policy_documents", "source_json"):
        statements.extend(_statements_of(body.get(source_name)))
    overrides: list[Node] = []
    for override_name in ("override_policy_documents", "override_json"):
        overrides.extend(_statements_of(body.get(override_name)))
    for block in (body.get("statement").items() if body.get("statement") else []):
        statements.append(_statement(block))
    override_sids = {_sid(s) for s in overrides if _sid(s)}
    statements = [s for s in statements if not _sid(s) or _sid(s) not in override_sids] + overrides
    document = {"Version": Node("2012-10-17", location), "Statement": Node(statements, location)}
    if body.get("version") is not None:
        document["Version"] = body.get("version")
    return Node(document, location)


def _sid(statement: Node) -> str | None:
    sid = statement.get("Sid")
    return sid.value if sid is not None and isinstance(sid.value, str) else None


def _statements_of(node: Node | None) -> list[Node]:
    """Statements of source/override documents when they are resolved documents."""
    if node is None:
        return []
    out: list[Node] = []
    for document in node.items():
        if document.unknown:
            # an unresolved source document: one statement whose every element is unknown
            out.append(Node({"Effect": document, "Action": document, "Resource": document}, document.location))
            continue
        if isinstance(document.value, str):
            document = decode_json(document.value, document)
        statements = document.get("Statement")
        if statements is not None:
            out.extend(statements.items())
    return out


def _statement(block: Node) -> Node:
    where = block.location
    statement: dict[str, Node] = {"Effect": Node("Allow", where, "default")}
    for name, element in (("sid", "Sid"), ("effect", "Effect")):
        if block.get(name) is not None:
            statement[element] = block.get(name)
    for name, element in _LISTS.items():
        if block.get(name) is not None:
            statement[element] = block.get(name)
    for name, element in (("principals", "Principal"), ("not_principals", "NotPrincipal")):
        if block.get(name) is not None:
            statement[element] = _principals(block.get(name))
    if block.get("condition") is not None:
        statement["Condition"] = _conditions(block.get("condition"))
    return Node(statement, where)


def _principals(blocks: Node) -> Node:
    """principals { type = "AWS" identifiers = [...] } → {"AWS": [...]}; type "*" → "*"."""
    principal: dict[str, Node] = {}
    for block in blocks.items():
        kind = block.get("type")
        identifiers = block.get("identifiers") or Node([], block.location)
        if kind is None or kind.unknown or not isinstance(kind.value, str):
            return kind if kind is not None and kind.unknown else Node(None, block.location)
        if kind.value == "*":
            return Node("*", block.location)
        existing = principal.get(kind.value)
        merged = (existing.items() if existing else []) + identifiers.items()
        principal[kind.value] = Node(merged, identifiers.location, identifiers.state) \
            if not identifiers.unknown else identifiers
    return Node(principal, blocks.location)


def _conditions(blocks: Node) -> Node:
    """condition { test variable values } → {test: {variable: values}}."""
    condition: dict[str, Node] = {}
    for block in blocks.items():
        test, variable, values = block.get("test"), block.get("variable"), block.get("values")
        if test is None or variable is None or values is None:
            continue
        if test.unknown or variable.unknown:
            condition.setdefault("?", Node({}, block.location))
            continue
        operator = condition.setdefault(str(test.value), Node({}, block.location))
        operator.value[str(variable.value)] = values
    return Node(condition, blocks.location)
