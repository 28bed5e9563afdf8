"""Reading IAM-style policy documents (identity, resource and trust policies), catalogue 3.4.

Every answer is three-valued: True, False, or None when an element is unknown.
"""

from __future__ import annotations

import fnmatch
import ipaddress
import re
from collections.abc import Iterator

from ..jsonpos import decode_json
from ..model import PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN, Node
from ..values import all3, any3

_PLACEHOLDER = re.compile(PLACEHOLDER_OPEN + "[^" + PLACEHOLDER_CLOSE + "]*" + PLACEHOLDER_CLOSE)

RESTRICTING_OPERATORS = {"stringequals", "stringequalsignorecase", "stringlike", "arnequals", "arnlike", "ipaddress"}
RESTRICTING_KEYS = {
    "aws:sourcearn", "aws:sourceaccount", "aws:sourceowner", "aws:sourcevpc", "aws:sourcevpce", "aws:sourceip",
    "aws:userid", "aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn",
    "aws:sourceorgid", "aws:sourceorgpaths",
}
# keys that restrict only in one service's resource policies
SERVICE_RESTRICTING_KEYS = {
    # S3 also counts access-point delegation (s3:DataAccessPointArn/Account) as non-public
    "s3": {"s3:x-amz-server-side-encryption-aws-kms-key-id", "s3:dataaccesspointarn", "s3:dataaccesspointaccount"},
    "kms": {"kms:calleraccount"},
}
# the operator name the Terraform policy-document parser gives a condition whose test or variable
# is not resolved statically
UNRESOLVED_OPERATOR = "?"


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


def present(statement: Node, key: str) -> bool | None:
    """Whether the statement sets an element: null or empty is not set; unknown is None."""
    if statement.unknown:
        return None
    node = statement.get(key) if isinstance(statement.value, dict) else None
    if node is None or node.value is None:
        return False
    if node.unknown:
        return None
    return node.value not in ([], {}, "")


def any_element(statement: Node, key: str, match, partial=None) -> bool | None:
    """Whether some element of Action/Resource/… satisfies match; None when one is unknown.
    `partial(literal)` may decide an element that is partly unknown from its known text."""
    if statement.unknown:
        return None
    results: list[bool | None] = []
    for element in elements(statement, key):
        if element.unknown:
            text = element.value.text
            results.append(partial(_PLACEHOLDER.sub("", text)) if partial and text is not None else None)
        elif isinstance(element.value, str):
            results.append(match(element.value))
        else:
            results.append(False)
    return any3(results)


def wildcard_only(literal: str) -> bool | None:
    """For a string with unknown parts: it cannot be `*` or `*:*` when its known text has
    anything else; otherwise it is undecided."""
    return None if set(literal.strip()) <= {"*", ":"} else False


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
    return any3([_star(n) for n in aws.items()])


def _star(node: Node) -> bool | None:
    if not node.unknown:
        return isinstance(node.value, str) and node.value.strip() == "*"
    if deploy_time(node):
        return False  # an account id or ARN
    literal = literal_text(node)
    return None if literal is None or literal.strip().strip("*") == "" else False


def is_restricting(statement: Node, service: str = "") -> bool | None:
    """Some condition pins the caller to fixed sources, accounts or organisations (3.4).
    `service` ("s3", "kms") adds the keys that restrict only in that service's policies."""
    if statement.unknown:
        return None
    condition = statement.get("Condition")
    if condition is None:
        return False
    if condition.unknown or not isinstance(condition.value, dict):
        return None
    keys = RESTRICTING_KEYS | SERVICE_RESTRICTING_KEYS.get(service, set())
    results: list[bool | None] = []
    for operator, tests in condition.value.items():
        if operator == UNRESOLVED_OPERATOR:
            results.append(None)
            continue
        name = operator_name(operator)
        if name not in RESTRICTING_OPERATORS or tests.unknown or not isinstance(tests.value, dict):
            results.append(None if tests.unknown else False)
            continue
        for key, values in tests.value.items():
            if key.lower() not in keys:
                continue
            results.append(_fixed_values(key.lower(), values))
    return any3(results)


def operator_name(operator: str) -> str:
    """A condition operator in lower case without its ForAllValues:/ForAnyValue: prefix."""
    name = operator.lower()
    for prefix in ("forallvalues:", "foranyvalue:"):
        name = name.removeprefix(prefix)
    return name


def conditions(statement: Node) -> Iterator[tuple[str, str, Node]]:
    """(operator, key, values) of each condition test of a resolved Condition block; an unresolved
    block or operator yields ("?", "?", node)."""
    condition = statement.get("Condition") if isinstance(statement.value, dict) else None
    if condition is None:
        return
    if condition.unknown or not isinstance(condition.value, dict):
        yield UNRESOLVED_OPERATOR, UNRESOLVED_OPERATOR, condition
        return
    for operator, tests in condition.value.items():
        if operator == UNRESOLVED_OPERATOR or tests.unknown or not isinstance(tests.value, dict):
            yield UNRESOLVED_OPERATOR, UNRESOLVED_OPERATOR, tests
            continue
        for key, values in tests.value.items():
            yield operator, key, values


def grants_everyone(statement: Node, service: str = "") -> bool | None:
    """An Allow statement open to anyone: the public principal (or NotPrincipal, which allows
    every principal not listed, anonymous users included) without a restricting condition."""
    public = any3([is_public_principal(statement), has_not_principal(statement)])
    restricting = is_restricting(statement, service)
    return all3([is_allow(statement), public, None if restricting is None else not restricting])


def has_not_principal(statement: Node) -> bool | None:
    """A NotPrincipal that names someone (an empty one, e.g. from a dynamic block over nothing,
    does not count)."""
    if statement.unknown:
        return None
    node = statement.get("NotPrincipal")
    if node is None:
        return False
    if node.unknown:
        return None
    if isinstance(node.value, dict):
        return any(v.unknown or v.items() for v in node.value.values())
    return bool(node.value)






# reasons of values AWS assigns at deploy time (resource attributes, Ref/GetAtt of resources,
# data sources, pseudo parameters): concrete values, never wildcards. Variables, parameters and
# imports may hold anything.
_DEPLOY_TIME = re.compile(r"^(pseudo parameter \S+ is known at deploy time|(Ref|Fn::GetAtt) \S+ is known after "
                          r"deployment|\S+ is known after apply|data\.\S+ is read at deploy time)$")


def deploy_time(node: Node) -> bool:
    """Whether every unresolved part of an unknown value is assigned by AWS at deploy time."""
    if not node.unknown:
        return False
    text = node.value.text
    if text is None:
        return _DEPLOY_TIME.match(node.value.reason) is not None
    parts = [m.group(0)[1:-1] for m in _PLACEHOLDER.finditer(text)]
    return bool(parts) and all(_DEPLOY_TIME.match(part) for part in parts)


def literal_text(node: Node) -> str | None:
    """The known text of a partly unknown string (unknown parts removed)."""
    return _PLACEHOLDER.sub("", node.value.text) if node.unknown and node.value.text is not None else None


def _fixed_values(key: str, values: Node) -> bool | None:
    if values.unknown:
        return True if deploy_time(values) else None
    items = values.items()
    if not items:
        return False
    for item in items:
        if item.unknown:
            if deploy_time(item) and key != "aws:sourceip":
                continue
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
