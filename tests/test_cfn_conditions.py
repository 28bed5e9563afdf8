"""CloudFormation Conditions: three-valued evaluation, Fn::If, resource-level Condition, and the
branch variants of a resource whose conditions do not resolve."""

from __future__ import annotations

import pytest

from srm_lint.model import Location, Node, Unknown
from srm_lint.parsers.cfn_conditions import MAX_VARIANTS, all3, condition_branches, evaluate, if_conditions
from srm_lint.parsers.cloudformation import Template, parse_text


def template(text: str, overrides: dict | None = None) -> Template:
    root, errors = parse_text(text, "t.yaml")
    assert errors == []
    return Template("t.yaml", root, overrides=overrides or {})


def natives(parsed: Template) -> dict:
    return {n.address: n for n in parsed.native_resources()}


HERE = Location("t.yaml", 1, 1)


def node(value) -> Node:
    if isinstance(value, dict):
        return Node({k: node(v) for k, v in value.items()}, HERE)
    if isinstance(value, list):
        return Node([node(v) for v in value], HERE)
    return Node(value, HERE)


def unknown() -> Node:
    return Node(Unknown("not known"), HERE, "unknown")


def resolve_literal(n: Node) -> Node:
    """Operands: {"Ref": "X"} is unknown, anything else is itself."""
    if isinstance(n.value, dict) and "Ref" in n.value:
        return unknown()
    return n


NAMED = {"T": True, "F": False, "U": None}


def ev(expression) -> bool | None:
    return evaluate(node(expression), resolve_literal, NAMED.get)


# -- evaluate ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ({"Fn::Equals": ["a", "a"]}, True),
        ({"Fn::Equals": ["a", "b"]}, False),
        ({"Fn::Equals": [22, "22"]}, True),  # compared as CloudFormation strings
        ({"Fn::Equals": [True, "true"]}, True),
        ({"Fn::Equals": [{"Ref": "X"}, "a"]}, None),
        ({"Fn::Equals": ["a"]}, None),
        ({"Condition": "T"}, True),
        ({"Condition": "U"}, None),
        ({"Condition": "Missing"}, None),
        ({"Fn::Not": [{"Condition": "T"}]}, False),
        ({"Fn::Not": [{"Condition": "U"}]}, None),
        ({"Fn::And": [{"Condition": "T"}, {"Condition": "U"}]}, None),
        ({"Fn::And": [{"Condition": "F"}, {"Condition": "U"}]}, False),  # False wins over unknown
        ({"Fn::And": [{"Condition": "T"}, {"Condition": "T"}]}, True),
        ({"Fn::Or": [{"Condition": "T"}, {"Condition": "U"}]}, True),  # True wins over unknown
        ({"Fn::Or": [{"Condition": "F"}, {"Condition": "U"}]}, None),
        ({"Fn::Or": [{"Condition": "F"}, {"Condition": "F"}]}, False),
        ({"Fn::Unknown": ["a"]}, None),
        ("just a string", None),
        ({"Fn::And": "not a list"}, None),
    ],
)
def test_evaluate_is_three_valued(expression, expected) -> None:
    assert ev(expression) is expected


def test_all3() -> None:
    assert all3([True, True]) is True
    assert all3([True, None]) is None
    assert all3([None, False]) is False


CONDITIONS = """\
Parameters:
  Env:
    Type: String
    Default: prod
  Tier:
    Type: String
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  IsFront: !Equals [!Ref Tier, front]
  InUs: !Equals [!Ref "AWS::Region", us-east-1]
  FrontInProd: !And [!Condition IsFront, !Condition IsProd]
  Loop: !Not [!Condition Loop]
Resources:
  B:
    Type: AWS::S3::Bucket
"""


def test_condition_values_follow_parameters() -> None:
    parsed = template(CONDITIONS)
    assert parsed.condition_value("IsProd") is True
    assert parsed.condition_value("IsDev") is False
    assert parsed.condition_value("IsFront") is None  # Tier has no value
    assert parsed.condition_value("InUs") is None  # pseudo parameter
    assert parsed.condition_value("FrontInProd") is None
    assert parsed.condition_value("Missing") is None
    assert parsed.condition_value("Loop") is None  # a cycle does not recurse forever


def test_condition_values_follow_overrides() -> None:
    parsed = template(CONDITIONS, {"Env": "dev", "Tier": "front"})
    assert (parsed.condition_value("IsProd"), parsed.condition_value("IsDev")) == (False, True)
    assert parsed.condition_value("IsFront") is True
    assert parsed.condition_value("FrontInProd") is False


def test_assumptions_fix_conditions() -> None:
    parsed = template(CONDITIONS).with_assumptions({"IsFront": True})
    assert parsed.condition_value("IsFront") is True
    assert parsed.condition_value("FrontInProd") is True


# -- Fn::If -----------------------------------------------------------------------------------------


IFS = CONDITIONS.replace("Resources:\n  B:\n    Type: AWS::S3::Bucket\n", """\
Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      Known: !If [IsProd, kept, gone]
      Dropped: !If [IsProd, !Ref "AWS::NoValue", gone]
      Unresolved: !If [InUs, a, b]
      Same: !If [InUs, same, same]
      SameStructure: !If [InUs, {A: [1, 2]}, {A: [1, 2]}]
      BothRemoved: !If [InUs, !Ref "AWS::NoValue", !Ref "AWS::NoValue"]
      RefInBranch: !If [InUs, !Ref Other, x]
      Malformed: !If [InUs, a]
      MissingCondition: !If [Nope, a, b]
      Partly:
        !If
          - InUs
          - {Same: 1, Differs: a, OnlyFirst: x, List: [1, 2], Typed: 1, Nested: {Keep: k, Change: !Ref Other}}
          - {Same: 1, Differs: b, OnlyLast: y, List: [1, 3], Typed: true, Nested: {Keep: k, Change: c}}
      Lengths: !If [InUs, [1], [1, 2]]
  Other:
    Type: AWS::S3::Bucket
""")


def test_if_with_a_resolved_condition_takes_its_branch() -> None:
    body = natives(template(IFS))["B"].body
    known = body.get("Known")
    assert known.value == "kept"
    assert known.location == Location("t.yaml", 18, 7)  # the use site
    assert known.origin == Location("t.yaml", 18, 27)  # where the branch is written
    assert "Dropped" not in body.value


def test_if_with_an_unresolved_condition_is_unknown_unless_branches_are_equal() -> None:
    body = natives(template(IFS))["B"].body
    unresolved = body.get("Unresolved")
    assert isinstance(unresolved.value, Unknown)
    assert "InUs" in unresolved.value.reason
    assert body.get("Same").value == "same"
    assert body.get("SameStructure").plain() == {"A": [1, 2]}
    assert "BothRemoved" not in body.value
    assert body.get("RefInBranch").value.refs == ("Other",)
    assert isinstance(body.get("Malformed").value, Unknown)
    assert isinstance(body.get("MissingCondition").value, Unknown)


def test_unresolved_if_keeps_what_both_branches_agree_on() -> None:
    body = natives(template(IFS))["B"].body
    partly = body.get("Partly")
    assert partly.location == Location("t.yaml", 27, 7)
    value = partly.plain()
    assert (value["Same"], value["List"][0], value["Nested"]["Keep"]) == (1, 1, "k")
    for unknown_part in (value["Differs"], value["OnlyFirst"], value["OnlyLast"], value["List"][1], value["Typed"],
                         value["Nested"]["Change"]):
        assert isinstance(unknown_part, Unknown) and "InUs" in unknown_part.reason
    assert value["Nested"]["Change"].refs == ("Other",)
    # an unknown part is located where the first branch writes it (or the only branch that does)
    assert partly.get("OnlyLast").location.line == 31
    assert isinstance(body.get("Lengths").value, Unknown)


def test_if_conditions_lists_names_in_order() -> None:
    raw = template(IFS).resources["B"].get("Properties")
    assert if_conditions(raw) == ["IsProd", "InUs", "Nope"]


# -- resource-level Condition --------------------------------------------------------------------------


RESOURCE_CONDITIONS = CONDITIONS.replace("Resources:\n  B:\n    Type: AWS::S3::Bucket\n", """\
Resources:
  Always:
    Type: AWS::S3::Bucket
  ProdOnly:
    Type: AWS::S3::Bucket
    Condition: IsProd
  DevOnly:
    Type: AWS::S3::Bucket
    Condition: IsDev
  MaybeUs:
    Type: AWS::S3::Bucket
    Condition: InUs
""")


def test_resource_condition_false_is_not_deployed_and_unresolved_is_recorded() -> None:
    parsed = template(RESOURCE_CONDITIONS)
    assert sorted(natives(parsed)) == ["Always", "MaybeUs", "ProdOnly"]
    assert parsed.conditional == {"MaybeUs": "InUs"}
    assert parsed.sources == {"Always": "Always", "ProdOnly": "ProdOnly", "MaybeUs": "MaybeUs"}


# -- branch variants ----------------------------------------------------------------------------------


VARIANTS = """\
Parameters:
  Tier:
    Type: String
Conditions:
  IsFront: !Equals [!Ref Tier, front]
  IsBack: !Not [!Condition IsFront]
  InUs: !Equals [!Ref "AWS::Region", us-east-1]
  IsProd: !Equals [prod, prod]
Resources:
  Two:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: !If [IsFront, PublicRead, Private]
      Versioning: !If [IsBack, Enabled, Suspended]
      Resolved: !If [IsProd, kept, gone]
  Plain:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: Private
  OnlyFront:
    Type: AWS::S3::Bucket
    Condition: IsFront
    Properties:
      AccessControl: !If [IsFront, PublicRead, !If [InUs, Private, AuthenticatedRead]]
"""


def test_condition_branches_yields_one_variant_per_combination() -> None:
    parsed = template(VARIANTS)
    resource = natives(parsed)["Two"]
    assert isinstance(resource.body.get("AccessControl").value, Unknown)
    variants = condition_branches(parsed, resource)
    # IsBack follows from IsFront: it is implied, not branched on
    assert [(assumed, v.body.get("AccessControl").value, v.body.get("Versioning").value)
            for assumed, v in variants] == [
        ({"IsFront": True, "IsBack": False}, "PublicRead", "Suspended"),
        ({"IsFront": False, "IsBack": True}, "Private", "Enabled"),
    ]
    for _, variant in variants:
        assert (variant.address, variant.location, variant.scope) == (resource.address, resource.location, "t.yaml")
        assert variant.body.get("AccessControl").location == resource.body.get("AccessControl").location
        assert variant.body.get("Resolved").value == "kept"


def test_condition_branches_of_a_resource_without_unresolved_conditions() -> None:
    parsed = template(VARIANTS)
    plain = natives(parsed)["Plain"]
    assert condition_branches(parsed, plain) == [({}, plain)]


def test_condition_branches_leave_out_combinations_where_the_resource_is_not_deployed() -> None:
    parsed = template(VARIANTS)
    resource = natives(parsed)["OnlyFront"]
    assert parsed.conditional == {"OnlyFront": "IsFront"}
    variants = condition_branches(parsed, resource)
    assert [(assumed, v.body.get("AccessControl").value) for assumed, v in variants] == [
        ({"IsFront": True, "InUs": True}, "PublicRead"),
        ({"IsFront": True, "InUs": False}, "PublicRead"),
    ]


def test_condition_branches_are_bounded() -> None:
    names = [f"C{i}" for i in range(4)]
    conditions = "".join(f"  {n}: !Equals [!Ref \"AWS::Region\", r{i}]\n" for i, n in enumerate(names))
    properties = "".join(f"      P{i}: !If [{n}, a, b]\n" for i, n in enumerate(names))
    text = f"Conditions:\n{conditions}Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n{properties}"
    parsed = template(text)
    resource = natives(parsed)["B"]
    assert 2 ** len(names) > MAX_VARIANTS
    assert condition_branches(parsed, resource) == [({}, resource)]
    three = template(text.replace("      P3: !If [C3, a, b]\n", ""))
    assert len(condition_branches(three, natives(three)["B"])) == MAX_VARIANTS


def test_the_template_of_a_loaded_native_gives_its_variants_and_condition(tmp_path, monkeypatch) -> None:
    from srm_lint.discovery import discover
    from srm_lint.loader import load
    from srm_lint.parsers.cfn_stacks import templates_of
    from srm_lint.settings import Settings

    monkeypatch.chdir(tmp_path)
    (tmp_path / "t.yaml").write_text(VARIANTS)
    loaded = load(discover([tmp_path])[0], Settings(parameters=(("Tier", "back"),)))
    by_address = {n.address: n for n in loaded.natives}
    assert "OnlyFront" not in by_address  # --parameter Tier=back resolves IsFront: not deployed
    native = by_address["Two"]
    parsed = templates_of(loaded)[native.scope]
    assert parsed.conditional == {}
    assert condition_branches(parsed, native) == [({}, native)]  # everything resolved
