"""Reading IAM-style policy documents (identity, resource and trust policies), catalogue 3.4.

Every answer is three-valued: True, False, or None when an element is unknown.
"""

from __future__ import annotations

import fnmatch
import ipaddress
import re
from collections.abc import Iterator

from ..jsonpos import decode_json
from ..model import PLACEHOLDER_OPEN, Node

RESTRICTING_OPERATORS = {"stringequals", "stringequalsignorecase", "stringlike", "arnequals", "arnlike", "ipaddress"}
RESTRICTING_KEYS = {
    "aws:sourcearn", "aws:sourceaccount", "aws:sourceowner", "aws:sourcevpc", "aws:sourcevpce", "aws:sourceip",
    "aws:userid", "aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn",
    "aws:sourceorgid", "aws:sourceorgpaths", "s3:x-amz-server-side-encryption-aws-kms-key-id", "kms:calleraccount",
}


def document(node: Node | None) -> Node | None:
    """The policy document a property holds: a JSON string, a structure, or an unknown node."""
    if node is None:
        return None
    if isinstance(node.value, str):
        return decode_json(node.value, node)
    if node.unknown and node.value.text and PLACEHOLDER_OPEN in node.value.text:
        decoded = decode_json(node.value.text, node)
        return decoded if not decoded.unknown else node
    return node


def statements(doc: Node) -> Iterator[Node]:
    """Each statement of a document; an unknown document or statement is yielded as is."""
    if doc.unknown:
        yield doc
        return
    found = doc.get("Statement") if isinstance(doc.value, dict) else None
    if found is None:
        return
    if found.unknown:
        yield found
        return
    yield from found.items()


def elements(statement: Node, key: str) -> list[Node]:
    """Action/Resource/… as a list of nodes (a scalar becomes a one-item list)."""
    node = statement.get(key) if isinstance(statement.value, dict) else statement
    if node is None:
        return []
    return node.items()


def _truth(values: list[bool | None]) -> bool | None:
    """Any-true over three-valued results."""
    if any(v is True for v in values):
        return True
    if any(v is None for v in values):
        return None
    return False


def is_allow(statement: Node) -> bool | None:
    if statement.unknown:
        return None
    effect = statement.get("Effect")
    if effect is None:
        return False
    if effect.unknown:
        return None
    return isinstance(effect.value, str) and effect.value.lower() == "allow"


def has(statement: Node, key: str) -> bool:
    return isinstance(statement.value, dict) and key in statement.value


def any_element(statement: Node, key: str, match) -> bool | None:
    """Whether some element of Action/Resource/… satisfies match; None when one is unknown."""
    if statement.unknown:
        return None
    results: list[bool | None] = []
    for element in elements(statement, key):
        if element.unknown:
            results.append(None)
        elif isinstance(element.value, str):
            results.append(match(element.value))
        else:
            results.append(False)
    return _truth(results)


def action_all(action: str) -> bool:
    return action.strip() in ("*", "*:*")


def service_wildcard(action: str) -> bool:
    return re.fullmatch(r"[a-zA-Z0-9-]+:\*", action.strip()) is not None


def action_matches(action: str, wanted: str) -> bool:
    """Case-insensitive IAM glob: does the statement's `action` grant `wanted`?"""
    return fnmatch.fnmatchcase(wanted.lower(), action.strip().lower())


def resource_all(resource: str) -> bool:
    return resource.strip() == "*"


def is_public_principal(statement: Node) -> bool | None:
    """`Principal: "*"`, or an AWS principal that is or contains "*"."""
    if statement.unknown:
        return None
    principal = statement.get("Principal")
    if principal is None:
        return False
    if principal.unknown:
        return None
    if isinstance(principal.value, str):
        return principal.value.strip() == "*"
    if not isinstance(principal.value, dict):
        return False
    aws = principal.get("AWS")
    if aws is None:
        return False
    return _truth([None if n.unknown else (isinstance(n.value, str) and n.value.strip() == "*") for n in aws.items()])


def is_restricting(statement: Node) -> bool | None:
    """Some condition pins the caller to fixed sources, accounts or organisations (3.4)."""
    if statement.unknown:
        return None
    condition = statement.get("Condition")
    if condition is None:
        return False
    if condition.unknown or not isinstance(condition.value, dict):
        return None
    results: list[bool | None] = []
    for operator, tests in condition.value.items():
        name = operator.lower()
        for prefix in ("forallvalues:", "foranyvalue:"):
            name = name.removeprefix(prefix)
        if name not in RESTRICTING_OPERATORS or tests.unknown or not isinstance(tests.value, dict):
            results.append(None if tests.unknown else False)
            continue
        for key, values in tests.value.items():
            if key.lower() not in RESTRICTING_KEYS:
                continue
            results.append(_fixed_values(key.lower(), values))
    return _truth(results)


def _fixed_values(key: str, values: Node) -> bool | None:
    if values.unknown:
        return None
    items = values.items()
    if not items:
        return False
    for item in items:
        if item.unknown:
            return None
        text = str(item.value).strip()
        if text.replace("*", "").replace("?", "") == "":
            return False
        if key == "aws:sourceip":
            try:
                if ipaddress.ip_network(text, strict=False).prefixlen == 0:
                    return False
            except ValueError:
                return None
        if key == "aws:userid" and "*" in text and not re.fullmatch(r"[A-Z0-9]+:\*", text):
            return False
    return True
