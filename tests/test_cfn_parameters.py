"""CloudFormation parameter values: parameter files, overrides over Defaults, list parameters,
SSM parameter types and NoEcho."""

from __future__ import annotations

from pathlib import Path

import pytest

from srm_lint.loader import Loaded, read_text
from srm_lint.model import InputError, Location, Node, Unknown
from srm_lint.parsers import cfn_stacks
from srm_lint.parsers.cfn_parameters import parse_parameter_file
from srm_lint.parsers.cloudformation import Template, parse_text
from srm_lint.settings import Settings


def values(text: str, name: str = "p.json") -> tuple[dict, list[InputError]]:
    found, errors = parse_parameter_file(text, name)
    return {k: v.plain() for k, v in found.items()}, errors


# -- parameter files ---------------------------------------------------------------------------------


def test_aws_cli_array_format_with_positions() -> None:
    text = '[\n  {"ParameterKey": "A", "ParameterValue": "x"},\n  {"ParameterKey": "B", "ParameterValue": 5}\n]\n'
    found, errors = parse_parameter_file(text, "p.json")
    assert errors == []
    assert {k: v.value for k, v in found.items()} == {"A": "x", "B": 5}
    assert found["A"].location == Location("p.json", 2, 25)  # at its key, like a template property


def test_deploy_key_value_strings() -> None:
    assert values('["A=x", "B=y=z"]') == ({"A": "x", "B": "y=z"}, [])


def test_use_previous_value_is_unknown() -> None:
    found, errors = parse_parameter_file('[{"ParameterKey": "A", "UsePreviousValue": true}]', "p.json")
    assert errors == []
    assert isinstance(found["A"].value, Unknown)
    assert "UsePreviousValue" in found["A"].value.reason


def test_codepipeline_template_configuration() -> None:
    assert values('{"Parameters": {"A": "x"}, "Tags": {"t": "v"}}') == ({"A": "x"}, [])


def test_cfn_lint_deployment_file_in_yaml() -> None:
    text = "template-file-path: template.yaml\nparameters:\n  A: x\n  Count: 3\n  Subnets: [a, b]\n  Flag: true\n"
    assert values(text, "deploy.yaml") == ({"A": "x", "Count": 3, "Subnets": ["a", "b"], "Flag": True}, [])
    assert values("template-file-path: template.yaml\n", "deploy.yaml") == ({}, [])


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('[\n  {"ParameterKey": "A", "ParameterValue": "x"},,\n]\n', 2),  # not JSON
        ('[\n  {"ParameterValue": "x"}\n]\n', 2),  # no ParameterKey
        ('[\n  {"ParameterKey": "A"}\n]\n', 2),  # no ParameterValue
        ('[\n  42\n]\n', 1),  # neither an entry nor Key=Value (a number keeps its parent's position)
        ('{"Parameters": {"A": {"nested": "x"}}}', 1),  # a value that is not a scalar or list
        ('{"Parameters": ["A"]}', 1),
        ('{"Something": "else"}', 1),  # not a parameters file at all
    ],
)
def test_malformed_files_are_errors_with_the_file_and_line(text: str, line: int) -> None:
    _, errors = values(text)
    assert errors, text
    assert all(e.path == "p.json" for e in errors)
    assert errors[0].line == line


def test_one_bad_entry_does_not_lose_the_others() -> None:
    found, errors = values('[{"ParameterKey": "A", "ParameterValue": "x"}, {"Key": "B"}]')
    assert found == {"A": "x"}
    assert len(errors) == 1


def test_multiple_yaml_documents_are_an_error_at_the_second() -> None:
    _, errors = values("parameters:\n  A: x\n---\nparameters:\n  B: y\n", "deploy.yaml")
    assert [(e.path, e.line) for e in errors] == [("deploy.yaml", 3)]


def test_settings_files_then_flags_later_wins_and_unreadable_files_are_errors(tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    first.write_text('[{"ParameterKey": "A", "ParameterValue": "1"}, {"ParameterKey": "B", "ParameterValue": "1"}]')
    second = tmp_path / "second.yaml"
    second.write_text("template-file-path: t.yaml\nparameters:\n  B: 2\n  C: 2\n")
    missing = tmp_path / "missing.json"
    settings = Settings(parameter_files=(first, missing, second), parameters=(("C", "3"),))
    loaded = Loaded()
    given = cfn_stacks.overrides(settings, loaded, read_text, lambda p: p.name)
    assert {k: v.value if isinstance(v, Node) else v for k, v in given.items()} == {"A": "1", "B": 2, "C": "3"}
    assert [e.message.startswith("cannot read") for e in loaded.errors] == [True]
    # read once per scan
    assert cfn_stacks.overrides(settings, loaded, read_text, lambda p: p.name) is given
    assert len(loaded.errors) == 1


# -- overrides in a template --------------------------------------------------------------------------


TEMPLATE = """\
Parameters:
  Name:
    Type: String
    Default: from-default
  NoDefault:
    Type: String
  Subnets:
    Type: List<AWS::EC2::Subnet::Id>
    Default: "a,b"
  Ports:
    Type: CommaDelimitedList
  Single:
    Type: String
  FromSsm:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /app/name
  Password:
    Type: String
    NoEcho: true
    Default: hunter22
  Token:
    Type: String
    NoEcho: "true"
Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      Name: !Ref Name
      NoDefault: !Ref NoDefault
      Subnets: !Ref Subnets
      Ports: !Ref Ports
      Single: !Ref Single
      FromSsm: !Ref FromSsm
      Password: !Ref Password
      Token: !Ref Token
"""


def body(overrides: dict | None = None) -> Node:
    root, errors = parse_text(TEMPLATE, "t.yaml")
    assert errors == []
    return Template("t.yaml", root, overrides=overrides or {}).native_resources()[0].body


def test_command_line_value_overrides_default_and_is_defined_at_the_declaration() -> None:
    name = body({"Name": "from-flag"}).get("Name")
    assert (name.value, name.location) == ("from-flag", Location("t.yaml", 28, 7))
    assert name.origin == Location("t.yaml", 2, 3)


def test_file_value_is_defined_in_the_file() -> None:
    given = Node("from-file", Location("p.json", 3, 40))
    name = body({"Name": given, "Undeclared": "ignored"}).get("Name")
    assert (name.value, name.origin) == ("from-file", Location("p.json", 3, 40))


def test_value_for_a_parameter_without_default() -> None:
    assert isinstance(body().get("NoDefault").value, Unknown)
    assert body({"NoDefault": "x"}).get("NoDefault").value == "x"


def test_unknown_value_from_outside_beats_the_default() -> None:
    given = Node(Unknown("the parent passes a value known at deploy time"), Location("parent.yaml", 9, 9), "unknown")
    name = body({"Name": given}).get("Name")
    assert isinstance(name.value, Unknown)
    assert name.origin == Location("parent.yaml", 9, 9)


def test_list_parameters_split_on_commas() -> None:
    assert body().get("Subnets").plain() == ["a", "b"]
    assert body({"Subnets": "x, y ,z"}).get("Subnets").plain() == ["x", "y", "z"]
    listed = Node([Node("80", Location("d.yaml", 3, 5)), Node(443, Location("d.yaml", 3, 5))], Location("d.yaml", 3, 5))
    assert body({"Ports": listed}).get("Ports").plain() == ["80", 443]
    # a list given to a String parameter is the comma-joined text
    assert body({"Single": listed}).get("Single").value == "80,443"


def test_ssm_parameter_types_are_read_at_deploy_time() -> None:
    for overrides in ({}, {"FromSsm": "/other/name"}):
        value = body(overrides).get("FromSsm")
        assert isinstance(value.value, Unknown)
        assert "SSM" in value.value.reason


def test_no_echo_parameters_are_remembered() -> None:
    root, _ = parse_text(TEMPLATE, "t.yaml")
    parsed = Template("t.yaml", root)
    assert parsed.no_echo == {"Password": Location("t.yaml", 17, 3), "Token": Location("t.yaml", 21, 3)}
    password = parsed.native_resources()[0].body.get("Password")
    # a literal Default of a NoEcho parameter: the value, defined at its Default
    assert (password.value, password.origin) == ("hunter22", Location("t.yaml", 20, 5))
    token = parsed.native_resources()[0].body.get("Token")
    assert "NoEcho" in token.value.reason
    assert parsed.no_echo_origins() == {Location("t.yaml", 20, 5): "Password", Location("t.yaml", 21, 3): "Token"}
    assert password.origin in parsed.no_echo_origins()
    given = Template("t.yaml", root, overrides={"Password": Node("s3cr3t!", Location("p.json", 1, 50))})
    assert given.no_echo_origins()[Location("p.json", 1, 50)] == "Password"
