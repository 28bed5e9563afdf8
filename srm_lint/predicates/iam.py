"""Identity and resource policy predicates: admin access, public access."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN, Hit, Node, Resource
from . import policy_document as pd

ADMINISTRATOR_ACCESS = re.compile(r"^arn:aws[a-z-]*:iam::aws:policy/AdministratorAccess$")
# the same ARN with its partition left to deploy time (`${AWS::Partition}`, `data.aws_partition`)
ADMINISTRATOR_ACCESS_ANY_PARTITION = re.compile(
    "^arn:" + PLACEHOLDER_OPEN + "[^" + PLACEHOLDER_CLOSE + "]*" + PLACEHOLDER_CLOSE
    + r":iam::aws:policy/AdministratorAccess$")


def _documents(resource: Resource) -> Iterator[Node]:
    """The identity policy documents a resource carries."""
    direct = resource.properties.get("document")
    if direct is not None:
        yield direct
    inline = resource.properties.get("inline_policies")
    if inline is not None:
        for policy in inline.items():
            document = policy.get("document") if isinstance(policy.value, dict) else policy
            if document is not None:
                yield document


def _arns(resource: Resource) -> Iterator[Node]:
    for name in ("managed_policy_arns", "policy_arn"):
        node = resource.properties.get(name)
        if node is not None:
            yield from node.items()


def admin_access(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """Allow * on * (conditions ignored), or AdministratorAccess attached. SRM-IAM-001."""
    if resource.kind == "aws.iam.policy_document" and graph.is_referenced(resource):
        return  # the policy, role or other document that uses it reports it
    for carrier in _documents(resource):
        doc = pd.document(carrier)
        for statement in pd.statements(doc):
            verdict = _all3([
                pd.is_allow(statement),
                pd.any_element(statement, "Action", pd.action_all),
                pd.any_element(statement, "Resource", pd.resource_all),
            ])
            if verdict is True:
                yield Hit("fail", statement.location, "allows every action on every resource")
            elif verdict is None:
                yield Hit("unknown", statement.location, "statement elements are not resolved statically")
    for arn in _arns(resource):
        if arn.unknown:
            # an unknown ARN is almost never AdministratorAccess (reporting each would be noise),
            # unless only its partition is unknown
            if arn.value.text and ADMINISTRATOR_ACCESS_ANY_PARTITION.match(arn.value.text.strip()):
                yield Hit("fail", arn.location, "attaches the AWS managed AdministratorAccess policy")
            continue
        if isinstance(arn.value, str) and ADMINISTRATOR_ACCESS.match(arn.value.strip()):
            yield Hit("fail", arn.location, "attaches the AWS managed AdministratorAccess policy")


def public_resource_policy(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """An Allow statement whose principal is anyone and whose conditions do not restrict. SRM-S3-003."""
    carrier = resource.properties.get(params.get("property", "policy"))
    if carrier is None:
        return
    for statement in pd.statements(pd.document(carrier)):
        restricting = pd.is_restricting(statement)
        verdict = _all3([pd.is_allow(statement), pd.is_public_principal(statement),
                         None if restricting is None else not restricting])
        if verdict is True:
            yield Hit("fail", statement.location, "allows access to anyone (Principal \"*\") without a "
                      "restricting condition")
        elif verdict is None:
            yield Hit("unknown", statement.location, "statement elements are not resolved statically")


def _all3(values: list[bool | None]) -> bool | None:
    if any(v is False for v in values):
        return False
    if any(v is None for v in values):
        return None
    return True


PREDICATES = {
    "iam.admin_access": admin_access,
    "iam.public_resource_policy": public_resource_policy,
}
TESTS: dict = {}
