"""Policy-document helpers (catalogue 3.4): `restricting`, public principals, unresolved parts."""

from __future__ import annotations

import json

import pytest

from srm_lint.jsonpos import decode_json
from srm_lint.model import PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN, Location, Node, Unknown
from srm_lint.predicates import policy_document as pd

HERE = Location("policy.json", 1)


def statement(**elements) -> Node:
    return decode_json(json.dumps({"Effect": "Allow", "Principal": "*", **elements}), Node("", HERE))


@pytest.mark.parametrize("condition,service,expected", [
    ({"StringEquals": {"aws:SourceVpce": "vpce-0a1b2c3d"}}, "", True),
    ({"ForAnyValue:StringLike": {"aws:PrincipalOrgPaths": "o-a1b2c3/r-ab12/ou-ab12-11111111/*"}}, "", True),
    ({"StringEqualsIfExists": {"aws:SourceVpce": "vpce-0a1b2c3d"}}, "", False),
    ({"StringEquals": {"aws:SourceVpce": "*"}}, "", False),
    ({"StringLike": {"aws:SourceArn": ["arn:aws:sns:eu-west-1:111122223333:t", "*"]}}, "", False),
    ({"IpAddress": {"aws:SourceIp": "::/0"}}, "", False),
    ({"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}, "", True),
    ({"StringLike": {"aws:userid": "AROAEXAMPLEID:*"}}, "", True),
    ({"StringLike": {"aws:userid": "*:alice"}}, "", False),
    ({"Bool": {"aws:SecureTransport": "true"}}, "", False),
    ({"StringEquals": {"sts:ExternalId": "acme"}}, "", False),
    ({"StringEquals": {"kms:CallerAccount": "111122223333"}}, "kms", True),
    ({"StringEquals": {"kms:CallerAccount": "111122223333"}}, "s3", False),
    ({"StringEquals": {"s3:DataAccessPointAccount": "111122223333"}}, "s3", True),
    ({"StringEquals": {"s3:DataAccessPointAccount": "111122223333"}}, "sqs", False),
])
def test_restricting(condition: dict, service: str, expected: bool) -> None:
    assert pd.is_restricting(statement(Condition=condition), service) is expected


def _unknown(reason: str, text: str | None = None) -> Node:
    return Node(Unknown(reason, (), text), HERE, "unknown")


def test_values_aws_assigns_at_deploy_time_are_fixed_but_parameters_are_not() -> None:
    deploy = _unknown("pseudo parameter AWS::AccountId is known at deploy time")
    parameter = _unknown("parameter Account has no Default and no value was given")
    for value, expected in ((deploy, True), (parameter, None)):
        node = statement(Condition={"StringEquals": {"aws:SourceAccount": "x"}})
        node.get("Condition").get("StringEquals").value["aws:SourceAccount"] = value
        assert pd.is_restricting(node) is expected


def test_an_unresolved_terraform_condition_is_unknown_not_public() -> None:
    node = statement()
    node.value["Condition"] = Node({pd.UNRESOLVED_OPERATOR: Node({}, HERE)}, HERE)
    assert pd.is_restricting(node) is None
    assert pd.grants_everyone(node) is None


def test_partly_unknown_principal_arn_is_not_public() -> None:
    text = f"arn:aws:iam::{PLACEHOLDER_OPEN}var.account has no default{PLACEHOLDER_CLOSE}:root"
    node = statement()
    node.value["Principal"] = Node({"AWS": _unknown("variable 'account' has no default", text)}, HERE)
    assert pd.is_public_principal(node) is False
    node.value["Principal"] = Node({"AWS": _unknown("variable 'account' has no default")}, HERE)
    assert pd.is_public_principal(node) is None


@pytest.mark.parametrize("not_principal,expected", [
    ({"AWS": "arn:aws:iam::111122223333:role/blocked"}, True),
    ({}, False),
])
def test_allow_with_not_principal_is_public_unless_empty(not_principal: dict, expected: bool) -> None:
    node = decode_json(json.dumps({"Effect": "Allow", "NotPrincipal": not_principal, "Action": "s3:GetObject"}),
                       Node("", HERE))
    assert pd.grants_everyone(node) is expected


def test_null_not_resource_is_not_set() -> None:
    node = statement(NotResource=None)
    assert pd.present(node, "NotResource") is False
    assert pd.present(statement(NotResource="arn:aws:s3:::b/*"), "NotResource") is True
