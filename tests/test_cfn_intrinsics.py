"""CloudFormation intrinsic functions added to the resolver: Fn::Split, Fn::Select over split
lists, Fn::Length, Fn::Cidr, Fn::ToJsonString, dynamic references; odd input never raises; and a
YAML stream of several documents is an error."""

from __future__ import annotations

import pytest

from srm_lint.model import PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN, Location, Node, Unknown
from srm_lint.parsers.cloudformation import Template, parse_text

HEAD = """\
Parameters:
  Csv:
    Type: String
    Default: "a,b,c"
  Open:
    Type: String
Resources:
  R:
    Type: AWS::S3::Bucket
    Properties:
"""


def props(lines: str) -> Node:
    text = HEAD + "".join(f"      {line}\n" for line in lines.strip().splitlines())
    root, errors = parse_text(text, "t.yaml")
    assert errors == []
    return Template("t.yaml", root).native_resources()[0].body


def value(expression: str) -> Node:
    return props(f"V: {expression}").get("V")


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ('!Split [",", "a,b"]', ["a", "b"]),
        ('!Split [",", !Ref Csv]', ["a", "b", "c"]),
        ('!Split ["|", "one"]', ["one"]),
        ('!Select [1, !Split [",", !Ref Csv]]', "b"),
        ('!Select ["2", [x, y, z]]', "z"),
        ('!Join ["-", !Split [",", !Ref Csv]]', "a-b-c"),
        ("!Length [a, b, c]", 3),
        ('!Length {"Fn::Split": [",", !Ref Csv]}', 3),
        ('!Cidr ["10.0.0.0/16", 3, 8]', ["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"]),
        ('!Cidr ["2001:db8::/56", 2, 64]', ["2001:db8::/64", "2001:db8:0:1::/64"]),
        ("!ToJsonString {a: [1, b]}", '{"a":[1,"b"]}'),
        ('!Sub ["${A}-${B}", {A: x, B: !Ref "AWS::NoValue"}]', "x-"),
        ("!FindInMap [M, top, 5]", None),  # no Mappings: unknown, never an exception
    ],
)
def test_folds(expression: str, expected) -> None:
    resolved = value(expression)
    if expected is None:
        assert isinstance(resolved.value, Unknown)
    else:
        assert resolved.plain() == expected


def test_split_items_are_located_at_the_use_site_and_remember_the_parameter() -> None:
    resolved = value('!Split [",", !Ref Csv]')
    assert resolved.location == Location("t.yaml", 11, 7)
    assert {item.location for item in resolved.value} == {Location("t.yaml", 11, 7)}
    assert {item.origin for item in resolved.value} == {Location("t.yaml", 4, 5)}


@pytest.mark.parametrize(
    "expression",
    [
        '!Split [",", !Ref Open]',  # parameter without a value
        '!Split [",", !ImportValue shared]',
        '!Split [",", !GetAtt Other.Arn]',
        '!Split ["", "abc"]',  # CloudFormation needs a delimiter
        '!Split [","]',
        '!Select [5, [a, b]]',
        '!Select [-1, [a, b]]',
        '!Select [!Ref Open, [a, b]]',
        '!Select [0, !Split [",", !Ref Open]]',
        "!Length {Ref: Open}",
        '!Cidr ["not-a-cidr", 2, 8]',
        '!Cidr ["10.0.0.0/24", 2, 16]',  # more bits than the block has
        '!Cidr [!Ref Open, 2, 8]',
        "!GetAZs ''",
        '!Ref "AWS::AccountId"',
        '!Ref "AWS::Partition"',
        '!Ref "AWS::StackName"',
        "!ImportValue shared",
        "!If [NoSuchCondition, a, b]",
        "!Transform {Name: macro}",
    ],
)
def test_unresolvable_is_unknown(expression: str) -> None:
    assert isinstance(value(expression).value, Unknown), expression


def test_split_of_a_resource_attribute_keeps_the_edge() -> None:
    resolved = value('!Split [",", !GetAtt Other.Arns]')
    assert resolved.value.refs == ("Other",)


@pytest.mark.parametrize(
    "odd",
    [
        "!Split 5", "!Split [1, 2, 3]", "!Select {a: b}", "!Select [[1], [a]]", "!Select [true, [a, b]]",
        "!Join [1]", "!Join [[a], [b]]", "!Sub [1, 2]", "!Sub []", "!FindInMap [a]", "!FindInMap [[a], b, c]",
        "!If [[a], b, c]", "!If C", "!Length 5", "!Cidr [a, b]", "!ToJsonString plain", "!Ref [a]",
        "!GetAtt 5", "!Base64 {Ref: AWS::NoValue}", '!Select [0, !Ref "AWS::NoValue"]',
        '!Split [",", !Ref "AWS::NoValue"]', '!Join [",", !Ref "AWS::NoValue"]', "!Equals [a, a]",
    ],
)
def test_odd_input_never_raises(odd: str) -> None:
    props(f"V: {odd}")


def test_dynamic_references_are_read_at_deploy_time() -> None:
    resolved = value('"{{resolve:secretsmanager:db:SecretString:password}}"')
    assert isinstance(resolved.value, Unknown)
    assert "secretsmanager" in resolved.value.reason
    mixed = value('!Sub "arn:aws:s3:::{{resolve:ssm:bucket}}/*"')
    assert isinstance(mixed.value, Unknown)
    assert mixed.value.text == f"arn:aws:s3:::{PLACEHOLDER_OPEN}{mixed.value.reason}{PLACEHOLDER_CLOSE}/*"
    # braces that are not a dynamic reference stay text
    assert value('"{{not a reference}}"').value == "{{not a reference}}"


def test_several_yaml_documents_are_an_error_at_the_second() -> None:
    text = "Resources:\n  A:\n    Type: AWS::S3::Bucket\n---\nResources:\n  B:\n    Type: AWS::S3::Bucket\n"
    root, errors = parse_text(text, "two.yaml")
    assert root is None
    assert [(e.path, e.line, e.column) for e in errors] == [("two.yaml", 4, 1)]
    assert "more than one YAML document" in errors[0].message


def test_a_document_end_marker_alone_is_fine() -> None:
    root, errors = parse_text("Resources:\n  A:\n    Type: AWS::S3::Bucket\n...\n", "end.yaml")
    assert errors == []
    assert root is not None
