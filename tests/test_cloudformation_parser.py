"""The CloudFormation parser: positions in YAML and JSON templates, intrinsic functions, parse
errors and what is (not) a template."""

from __future__ import annotations

import pytest

from srm_lint.graph import Graph
from srm_lint.model import PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN, InputError, Location, NativeResource, Node, Unknown
from srm_lint.parsers.cloudformation import NotATemplate, Template, looks_like_template, parse_text


def template(text: str, path: str = "t.yaml") -> Template:
    root, errors = parse_text(text, path)
    assert errors == []
    return Template(path, root)


def natives(text: str, path: str = "t.yaml") -> dict[str, NativeResource]:
    return {n.address: n for n in template(text, path).native_resources()}


def at(line: int, column: int, path: str = "t.yaml") -> Location:
    return Location(path, line, column)


YAML = """\
AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Name:
    Type: String
    Default: acme-data
  NoDefault:
    Type: String
  Port:
    Type: Number
    Default: 22
  Subnets:
    Type: CommaDelimitedList
    Default: "subnet-1, subnet-2"
Mappings:
  Acls:
    prod:
      Value: PublicRead
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Ref Name
      Tags:
        - Key: a
          Value: b
        - Key: c
          Value: d
      FromDefault: !Ref Port
      List: !Ref Subnets
      NoDefault: !Ref NoDefault
      RefResource: !Ref Logs
      AttShort: !GetAtt Logs.Arn
      AttList: !GetAtt [Logs, Arn]
      SubKnown: !Sub "${Name}-x"
      SubMixed: !Sub "arn:aws:s3:::${Logs}/${Name}"
      SubLong:
        Fn::Sub: "${Name}-long"
      SubVariables: !Sub ["${X}-y", {X: !Ref Name}]
      SubEscape: !Sub "${!Literal}-${Name}"
      Removed: !Ref AWS::NoValue
      Joined: !Join ["-", [a, b, c]]
      JoinedLong:
        Fn::Join: [",", [a, !Ref Name]]
      Mapped: !FindInMap [Acls, prod, Value]
      MappedMissing: !FindInMap [Acls, dev, Value]
      Imported: !ImportValue shared-bucket
      Pseudo: !Ref AWS::Region
      Number: 5
      Flag: true
  Logs:
    Type: AWS::S3::Bucket
"""


def prop(name: str) -> Node:
    return natives(YAML)["Bucket"].body.get(name)


# -- positions -----------------------------------------------------------------------------------------


def test_logical_id_header_location() -> None:
    found = natives(YAML)
    assert found["Bucket"].location == at(19, 3)
    assert found["Bucket"].native_type == "AWS::S3::Bucket"
    assert found["Bucket"].framework == "cloudformation"
    assert found["Logs"].location == at(50, 3)


def test_property_keys_are_located_at_the_key() -> None:
    assert prop("BucketName").location == at(22, 7)
    assert prop("Tags").location == at(23, 7)
    assert prop("Number").location == at(48, 7)
    assert prop("Flag").location == at(49, 7)
    assert (prop("Number").value, prop("Flag").value) == (5, True)


def test_list_items_are_located_at_the_item() -> None:
    tags = prop("Tags")
    assert tags.plain() == [{"Key": "a", "Value": "b"}, {"Key": "c", "Value": "d"}]
    assert [item.location for item in tags.value] == [at(24, 11), at(26, 11)]
    assert tags.value[1].get("Value").location == at(27, 11)


def test_missing_property_is_located_at_the_logical_id() -> None:
    logs = natives(YAML)["Logs"]
    assert logs.body.value == {}
    assert logs.body.location == at(50, 3)
    # the body of a resource with properties is also located at its logical id
    assert natives(YAML)["Bucket"].body.location == at(19, 3)


def test_missing_property_default_is_located_at_the_logical_id() -> None:
    text = (
        "Resources:\n"
        "  Db:\n"
        "    Type: AWS::RDS::DBInstance\n"
        "    Properties:\n"
        "      Engine: mysql\n"
    )
    resource = Graph(template(text).native_resources()).resources[0]
    encrypted = resource.properties.get("storage_encrypted")
    assert (encrypted.value, encrypted.state, encrypted.location) == (False, "default", at(2, 3))
    assert resource.properties.get("engine").location == at(5, 7)


JSON = """\
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Bucket": {
      "Type": "AWS::S3::Bucket",
      "Properties": {
        "BucketName": {"Fn::Sub": "${AWS::AccountId}-x"},
        "AccessControl": "PublicRead",
        "Tags": [{"Key": "a", "Value": "b"}, {"Key": "c", "Value": "d"}],
        "Removed": {"Ref": "AWS::NoValue"},
        "Count": 3
      }
    }
  }
}
"""


def test_json_template_positions() -> None:
    bucket = natives(JSON, "t.json")["Bucket"]
    assert bucket.location == at(4, 5, "t.json")
    assert bucket.body.get("AccessControl").location == at(8, 9, "t.json")
    assert bucket.body.get("Count").location == at(11, 9, "t.json")
    tags = bucket.body.get("Tags")
    assert tags.location == at(9, 9, "t.json")
    assert [item.location for item in tags.value] == [at(9, 18, "t.json"), at(9, 46, "t.json")]


def test_json_template_intrinsics() -> None:
    body = natives(JSON, "t.json")["Bucket"].body
    assert sorted(body.value) == ["AccessControl", "BucketName", "Count", "Tags"]
    name = body.get("BucketName")
    assert isinstance(name.value, Unknown)
    assert name.value.text == f"{PLACEHOLDER_OPEN}{name.value.reason}{PLACEHOLDER_CLOSE}-x"
    assert name.location == at(7, 9, "t.json")


# -- Ref, GetAtt and parameters ------------------------------------------------------------------------


def test_ref_to_a_parameter_with_default_resolves() -> None:
    name = prop("BucketName")
    assert (name.value, name.location, name.origin) == ("acme-data", at(22, 7), at(5, 5))
    port = prop("FromDefault")
    assert (port.value, port.origin) == (22, at(10, 5))


def test_ref_to_a_list_parameter_splits_the_default() -> None:
    subnets = prop("List")
    assert subnets.plain() == ["subnet-1", "subnet-2"]
    assert subnets.origin == at(13, 5)


def test_ref_to_a_parameter_without_default_is_unknown() -> None:
    value = prop("NoDefault")
    assert isinstance(value.value, Unknown)
    assert "no Default" in value.value.reason
    assert value.value.refs == ()
    assert value.location == at(30, 7)


def test_ref_and_getatt_to_a_resource_are_unknown_with_refs() -> None:
    for name in ("RefResource", "AttShort", "AttList"):
        value = prop(name)
        assert isinstance(value.value, Unknown), name
        assert value.value.refs == ("Logs",), name


def test_references_become_edges() -> None:
    bucket = natives(YAML)["Bucket"]
    assert [(r.source, r.target, r.location.line) for r in bucket.refs] == [
        ("Bucket", "Logs", 31),
        ("Bucket", "Logs", 32),
        ("Bucket", "Logs", 33),
        ("Bucket", "Logs", 35),
    ]


def test_pseudo_parameter_is_unknown() -> None:
    value = prop("Pseudo")
    assert isinstance(value.value, Unknown)
    assert value.value.refs == ()


# -- Fn::Sub, Fn::Join, Fn::FindInMap, Fn::ImportValue, AWS::NoValue -------------------------------------


def test_sub_short_and_long_forms_with_known_parts() -> None:
    assert prop("SubKnown").value == "acme-data-x"
    assert prop("SubLong").value == "acme-data-long"
    assert prop("SubLong").location == at(36, 7)
    assert prop("SubVariables").value == "acme-data-y"
    assert prop("SubEscape").value == "${Literal}-acme-data"


def test_sub_with_unknown_parts_keeps_the_known_text() -> None:
    value = prop("SubMixed")
    assert isinstance(value.value, Unknown)
    assert value.value.refs == ("Logs",)
    assert value.value.text == f"arn:aws:s3:::{PLACEHOLDER_OPEN}{value.value.reason}{PLACEHOLDER_CLOSE}/acme-data"


def test_no_value_removes_the_property() -> None:
    assert prop("Removed") is None
    assert "Removed" not in natives(YAML)["Bucket"].body.value


def test_no_value_inside_a_list_removes_the_item() -> None:
    text = (
        "Resources:\n"
        "  B:\n"
        "    Type: AWS::S3::Bucket\n"
        "    Properties:\n"
        "      Tags: [{Key: a, Value: !Ref AWS::NoValue}, !Ref AWS::NoValue]\n"
    )
    assert natives(text)["B"].body.plain() == {"Tags": [{"Key": "a"}]}


def test_join_over_literals() -> None:
    assert prop("Joined").value == "a-b-c"
    assert prop("JoinedLong").value == "a,acme-data"


def test_find_in_map() -> None:
    assert prop("Mapped").value == "PublicRead"
    assert prop("Mapped").location == at(44, 7)
    assert isinstance(prop("MappedMissing").value, Unknown)


def test_import_value_is_unknown() -> None:
    value = prop("Imported")
    assert isinstance(value.value, Unknown)
    assert "ImportValue" in value.value.reason


# -- parse errors, non-templates, odd resources --------------------------------------------------------------


def test_bad_yaml_is_an_error_with_a_line() -> None:
    text = "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      A: b: c\n"
    root, errors = parse_text(text, "bad.yaml")
    assert root is None
    assert [(e.path, e.line, e.column) for e in errors] == [("bad.yaml", 5, 11)]


def test_duplicate_keys_are_errors_at_both_lines() -> None:
    text = (
        "Resources:\n"
        "  B:\n"
        "    Type: AWS::S3::Bucket\n"
        "    Properties:\n"
        "      BucketName: a\n"
        "      BucketName: b\n"
    )
    root, errors = parse_text(text, "dup.yaml")
    assert root is None
    assert [(e.path, e.line, e.column) for e in errors] == [("dup.yaml", 5, 7), ("dup.yaml", 6, 7)]
    assert all("BucketName" in e.message for e in errors)


def test_duplicate_logical_ids_are_errors() -> None:
    text = "Resources:\n  B:\n    Type: AWS::S3::Bucket\n  B:\n    Type: AWS::SQS::Queue\n"
    root, errors = parse_text(text, "dup.yaml")
    assert root is None
    assert [e.line for e in errors] == [2, 4]


@pytest.mark.parametrize(
    "text",
    [
        "name: ci\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n",
        "Resources:\n  Foo:\n    Type: Custom\n",
        "- 1\n- 2\n",
    ],
)
def test_yaml_that_is_not_a_template_raises(text: str) -> None:
    with pytest.raises(NotATemplate):
        parse_text(text, "other.yaml")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AWSTemplateFormatVersion: '2010-09-09'\n", True),
        ("Resources:\n  B:\n    Type: AWS::S3::Bucket\n", True),
        ("name: ci\non: push\n", False),
        ("Resources: {}\n", False),
        ("Type: AWS::S3::Bucket\n", False),
    ],
)
def test_looks_like_template(text: str, expected: bool) -> None:
    assert looks_like_template(text) is expected


def test_rain_module_type_is_a_template_error_not_a_crash() -> None:
    text = (
        "AWSTemplateFormatVersion: '2010-09-09'\n"
        "Resources:\n"
        "  Mod:\n"
        "    Type: !Rain::Module ./bucket.yaml\n"
        "    Properties:\n"
        "      Name: x\n"
        "  Real:\n"
        "    Type: AWS::S3::Bucket\n"
    )
    parsed = template(text)
    assert [n.address for n in parsed.native_resources()] == ["Real"]
    assert parsed.errors == [InputError(
        "t.yaml", "resource 'Mod' has a Type that is not a string (pre-processor syntax such as a rain module?); "
        "not scanned", 3, 3)]


def test_for_each_keys_are_skipped() -> None:
    text = (
        "AWSTemplateFormatVersion: '2010-09-09'\n"
        "Transform: AWS::LanguageExtensions\n"
        "Resources:\n"
        "  Fn::ForEach::Buckets:\n"
        "    - Name\n"
        "    - [a, b]\n"
        "    - Bucket${Name}:\n"
        "        Type: AWS::S3::Bucket\n"
        "  Real:\n"
        "    Type: AWS::S3::Bucket\n"
        "    Properties:\n"
        "      BucketName: real\n"
    )
    parsed = template(text)
    found = parsed.native_resources()
    assert [(n.address, n.body.plain()) for n in found] == [("Real", {"BucketName": "real"})]
    assert parsed.errors == []
