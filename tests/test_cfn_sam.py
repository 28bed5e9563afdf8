"""AWS SAM: Globals merged as the transform merges them, and serverless resources expanded into
the CloudFormation resources checks read (execution roles, tables, APIs)."""

from __future__ import annotations

import pytest

from srm_lint.graph import Graph
from srm_lint.model import Location, Unknown
from srm_lint.parsers.cfn_sam import is_sam, managed_policy_arn, merge_globals
from srm_lint.parsers.cloudformation import Template, parse_text


def template(text: str) -> Template:
    root, errors = parse_text(text, "t.yaml")
    assert errors == []
    return Template("t.yaml", root)


def natives(text: str) -> dict:
    return {n.address: n for n in template(text).native_resources()}


def at(line: int, column: int) -> Location:
    return Location("t.yaml", line, column)


SAM = "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\n"


# -- detection and Globals --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("transform", "expected"),
    [
        ("Transform: AWS::Serverless-2016-10-31\n", True),
        ("Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]\n", True),
        ("Transform: AWS::LanguageExtensions\n", False),
        ("", False),
    ],
)
def test_transform_detection(transform: str, expected: bool) -> None:
    root, _ = parse_text(f"{transform}Resources:\n  F:\n    Type: AWS::Serverless::Function\n", "t.yaml")
    assert is_sam(root) is expected


def test_serverless_types_without_the_transform_are_kept_as_written() -> None:
    found = natives("Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Policies: x\n")
    assert [(a, n.native_type) for a, n in found.items()] == [("F", "AWS::Serverless::Function")]


GLOBALS = SAM + """\
Globals:
  Function:
    Runtime: python3.12
    Timeout: 3
    Layers: [global-layer]
    Environment:
      Variables:
        SHARED: a
        OVERRIDDEN: global
    Tags:
      team: platform
    Policies: AdministratorAccess
    MemorySize: !Ref Memory
Parameters:
  Memory:
    Type: Number
    Default: 256
Resources:
  F:
    Type: AWS::Serverless::Function
    Properties:
      Timeout: 30
      Layers: [local-layer]
      Environment:
        Variables:
          OVERRIDDEN: local
          OWN: b
      MemorySize: 1024
  G:
    Type: AWS::Serverless::Function
    IgnoreGlobals: [Runtime]
  H:
    Type: AWS::Serverless::Function
    IgnoreGlobals: "*"
"""


def test_globals_merge_as_the_transform_does() -> None:
    parsed = template(GLOBALS)
    merged = merge_globals(parsed.root.get("Globals"), "AWS::Serverless::Function", parsed.resources["F"])
    plain = {k: v.plain() for k, v in merged.items()}
    assert plain["Runtime"] == "python3.12"  # only in Globals
    assert plain["Timeout"] == 30  # scalars: the resource wins
    assert plain["Layers"] == ["global-layer", "local-layer"]  # lists: globals first, then the resource
    assert plain["Environment"] == {"Variables": {"SHARED": "a", "OVERRIDDEN": "local", "OWN": "b"}}  # maps merge
    assert plain["MemorySize"] == 1024  # an intrinsic is a scalar
    assert "Policies" not in plain  # not a Globals property: the transform never takes it from there
    # positions stay where each value is written
    assert merged["Runtime"].location == at(5, 5)
    assert merged["Timeout"].location == at(24, 7)


def test_ignore_globals() -> None:
    parsed = template(GLOBALS)
    only_g = merge_globals(parsed.root.get("Globals"), "AWS::Serverless::Function", parsed.resources["G"])
    assert "Runtime" not in only_g and "Timeout" in only_g
    assert merge_globals(parsed.root.get("Globals"), "AWS::Serverless::Function", parsed.resources["H"]) == {}


def test_globals_reach_the_expanded_function() -> None:
    function = natives(GLOBALS)["F"]
    assert function.native_type == "AWS::Lambda::Function"
    assert function.body.get("Runtime").value == "python3.12"
    assert function.body.get("Tags").plain() == [{"Key": "team", "Value": "platform"}]
    assert natives(GLOBALS)["G"].body.get("MemorySize").value == 256


# -- functions and their execution role ---------------------------------------------------------------


FUNCTIONS = SAM + """\
Resources:
  Named:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Tracing: Active
      VpcConfig: {SubnetIds: [s], SecurityGroupIds: [g]}
      Policies:
        - AdministratorAccess
        - arn:aws:iam::123456789012:policy/custom
        - AWSLambdaVPCAccessExecutionRole
        - !Ref CustomPolicy
        - SQSPollerPolicy:
            QueueName: q
        - Version: "2012-10-17"
          Statement:
            - Effect: Allow
              Action: s3:GetObject
              Resource: "*"
      PermissionsBoundary: arn:aws:iam::123456789012:policy/boundary
      RolePath: /app/
      FunctionUrlConfig:
        AuthType: NONE
  Single:
    Type: AWS::Serverless::Function
    Properties:
      Policies: AdministratorAccess
  Document:
    Type: AWS::Serverless::Function
    Properties:
      Policies:
        Statement:
          - Effect: Allow
            Action: "*"
            Resource: "*"
  WithRole:
    Type: AWS::Serverless::Function
    Properties:
      Role: !GetAtt Existing.Arn
      Policies: AdministratorAccess
  Clash:
    Type: AWS::Serverless::Function
  ClashRole:
    Type: AWS::IAM::Role
  CustomPolicy:
    Type: AWS::IAM::ManagedPolicy
  Existing:
    Type: AWS::IAM::Role
"""


def test_function_becomes_a_lambda_function_with_an_implicit_role() -> None:
    found = natives(FUNCTIONS)
    function = found["Named"]
    assert (function.native_type, function.location) == ("AWS::Lambda::Function", at(4, 3))
    assert function.body.get("TracingConfig").plain() == {"Mode": "Active"}
    role_arn = function.body.get("Role")
    assert isinstance(role_arn.value, Unknown) and role_arn.value.refs == ("NamedRole",)
    assert ("Named", "NamedRole") in {(r.source, r.target) for r in function.refs}

    role = found["NamedRole"]
    assert (role.native_type, role.location, role.scope) == ("AWS::IAM::Role", at(4, 3), "t.yaml")
    arns = role.body.get("ManagedPolicyArns")
    assert arns.location == at(11, 7)  # the function's Policies
    assert [a.value if not a.unknown else "unknown" for a in arns.value] == [
        "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",  # added by the transform
        "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole",  # VpcConfig
        "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess",  # Tracing: Active
        "arn:aws:iam::aws:policy/AdministratorAccess",
        "arn:aws:iam::123456789012:policy/custom",
        "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole",
        "unknown",
    ]
    assert [a.state for a in arns.value[:3]] == ["default"] * 3
    assert arns.value[3].location == at(12, 11)  # where the name is written
    assert ("NamedRole", "CustomPolicy") in {(r.source, r.target) for r in role.refs}
    inline = role.body.get("Policies")
    assert [p.get("PolicyDocument").get("Statement").value[0].location for p in inline.value] == [at(20, 15)]
    assert role.body.get("PermissionsBoundary").value == "arn:aws:iam::123456789012:policy/boundary"
    assert role.body.get("Path").value == "/app/"
    trust = role.body.get("AssumeRolePolicyDocument")
    assert trust.plain()["Statement"][0]["Principal"] == {"Service": ["lambda.amazonaws.com"]}
    assert trust.state == "default"

    url = found["NamedUrl"]
    assert (url.native_type, url.location) == ("AWS::Lambda::Url", at(25, 7))
    assert url.body.get("AuthType").value == "NONE"
    assert url.body.get("TargetFunctionArn").value.refs == ("Named",)


def test_single_string_and_single_document_policies() -> None:
    found = natives(FUNCTIONS)
    single = found["SingleRole"].body.get("ManagedPolicyArns").value
    assert (single[-1].value, single[-1].location) == ("arn:aws:iam::aws:policy/AdministratorAccess", at(30, 7))
    document = found["DocumentRole"].body.get("Policies").value[0]
    assert document.get("PolicyName").value == "DocumentRolePolicy0"
    assert document.get("PolicyDocument").get("Statement").value[0].location == at(36, 13)


def test_no_implicit_role_when_role_is_set_or_the_name_is_taken() -> None:
    found = natives(FUNCTIONS)
    assert "WithRoleRole" not in found
    assert found["WithRole"].body.get("Role").value.refs == ("Existing",)
    assert found["ClashRole"].native_type == "AWS::IAM::Role"  # the template's own
    assert found["ClashRole"].body.value == {}
    parsed = template(FUNCTIONS)
    parsed.native_resources()
    assert (parsed.sources["NamedRole"], parsed.sources["NamedUrl"], parsed.sources["Named"]) == ("Named",) * 3


def test_implicit_role_is_an_iam_role_for_the_checks() -> None:
    roles = {r.address: r for r in Graph(template(FUNCTIONS).native_resources()).kinds(["aws.iam.role"])}
    arns = roles["SingleRole"].properties.get("managed_policy_arns")
    assert arns.value[-1].value == "arn:aws:iam::aws:policy/AdministratorAccess"
    documents = roles["DocumentRole"].properties.get("inline_policies")
    assert documents.value[0].get("document").plain()["Statement"][0]["Action"] == "*"


@pytest.mark.parametrize(
    ("name", "arn"),
    [
        ("AdministratorAccess", "arn:aws:iam::aws:policy/AdministratorAccess"),
        ("AWSLambdaBasicExecutionRole", "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"),
        ("ViewOnlyAccess", "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"),
        ("arn:aws-us-gov:iam::aws:policy/AdministratorAccess", "arn:aws-us-gov:iam::aws:policy/AdministratorAccess"),
        ("not a name", "not a name"),
    ],
)
def test_managed_policy_names(name: str, arn: str) -> None:
    assert managed_policy_arn(name) == arn


def test_conditional_policies() -> None:
    text = SAM + """\
Conditions:
  InUs: !Equals [!Ref "AWS::Region", us-east-1]
Resources:
  F:
    Type: AWS::Serverless::Function
    Condition: InUs
    Properties:
      Policies:
        - !If [InUs, AdministratorAccess, ReadOnlyAccess]
        - !If [InUs, {Statement: [{Effect: Allow, Action: "*", Resource: "*"}]}, !Ref "AWS::NoValue"]
"""
    parsed = template(text)
    found = {n.address: n for n in parsed.native_resources()}
    role = found["FRole"]
    assert isinstance(role.body.get("ManagedPolicyArns").value[-1].value, Unknown)
    assert isinstance(role.body.get("Policies").value[0].get("PolicyDocument").value, Unknown)
    # the role inherits the function's condition
    assert parsed.conditional == {"F": "InUs", "FRole": "InUs"}


# -- state machines, tables and APIs --------------------------------------------------------------------


OTHERS = SAM + """\
Globals:
  SimpleTable:
    SSESpecification:
      SSEEnabled: true
Resources:
  Flow:
    Type: AWS::Serverless::StateMachine
    Properties:
      Name: flow
      Type: EXPRESS
      DefinitionUri: s3://bucket/flow.json
      Policies: AdministratorAccess
  Table:
    Type: AWS::Serverless::SimpleTable
    Properties:
      PrimaryKey: {Name: pk, Type: Number}
      Tags: {env: prod}
  DefaultTable:
    Type: AWS::Serverless::SimpleTable
    Properties:
      ProvisionedThroughput: {ReadCapacityUnits: 1, WriteCapacityUnits: 1}
  Rest:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      EndpointConfiguration: REGIONAL
      TracingEnabled: true
      Auth:
        DefaultAuthorizer: AWS_IAM
      DefinitionBody: {openapi: "3.0.1", paths: {}}
  Http:
    Type: AWS::Serverless::HttpApi
    Properties:
      DefinitionBody: {openapi: "3.0.1", paths: {}}
      AccessLogSettings: {DestinationArn: arn:aws:logs:x, Format: f}
"""


def test_state_machine_and_its_role() -> None:
    found = natives(OTHERS)
    flow = found["Flow"]
    assert flow.native_type == "AWS::StepFunctions::StateMachine"
    assert {k: v.plain() for k, v in flow.body.value.items() if k != "RoleArn"} == {
        "StateMachineName": "flow", "StateMachineType": "EXPRESS",
        "DefinitionS3Location": {"Bucket": "bucket", "Key": "flow.json"}}
    role = found["FlowRole"]
    arns = [a.value for a in role.body.get("ManagedPolicyArns").value]
    assert arns == ["arn:aws:iam::aws:policy/AdministratorAccess"]
    assert role.body.get("AssumeRolePolicyDocument").plain()["Statement"][0]["Principal"] == {
        "Service": ["states.amazonaws.com"]}


def test_simple_table_becomes_a_dynamodb_table() -> None:
    found = natives(OTHERS)
    table = found["Table"]
    assert table.native_type == "AWS::DynamoDB::Table"
    assert table.body.plain() == {
        "SSESpecification": {"SSEEnabled": True},  # from Globals
        "Tags": [{"Key": "env", "Value": "prod"}],
        "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "N"}],
        "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
        "BillingMode": "PAY_PER_REQUEST",
    }
    assert table.body.get("SSESpecification").location == at(5, 5)
    default = found["DefaultTable"].body.plain()
    assert default["AttributeDefinitions"] == [{"AttributeName": "id", "AttributeType": "S"}]
    assert "BillingMode" not in default


def test_apis_and_their_stages() -> None:
    found = natives(OTHERS)
    rest = found["Rest"]
    assert rest.native_type == "AWS::ApiGateway::RestApi"
    assert rest.body.get("EndpointConfiguration").plain() == {"Types": ["REGIONAL"]}
    # the transform writes Auth into the OpenAPI definition: it is not the one written here
    assert isinstance(rest.body.get("Body").value, Unknown)
    stage = found["RestprodStage"]
    assert (stage.native_type, stage.body.get("StageName").value, stage.body.get("TracingEnabled").value) == (
        "AWS::ApiGateway::Stage", "prod", True)
    assert stage.body.get("RestApiId").value.refs == ("Rest",)
    http = found["Http"]
    assert (http.native_type, http.body.get("Body").plain()) == ("AWS::ApiGatewayV2::Api", {"openapi": "3.0.1",
                                                                                            "paths": {}})
    http_stage = found["HttpApiGatewayDefaultStage"]
    assert http_stage.body.get("StageName").value == "$default"
    assert http_stage.body.get("AccessLogSettings").plain() == {"DestinationArn": "arn:aws:logs:x", "Format": "f"}


def test_odd_sam_input_never_raises() -> None:
    text = SAM + """\
Globals: [not, a, mapping]
Resources:
  A:
    Type: AWS::Serverless::Function
    Properties:
      Policies: {Unknown: 1, Other: 2}
      Role: !Ref "AWS::NoValue"
      Tags: [not-a-map]
      DeadLetterQueue: arn
      FunctionUrlConfig: NONE
  B:
    Type: AWS::Serverless::SimpleTable
    Properties:
      PrimaryKey: string
  C:
    Type: AWS::Serverless::Api
    Properties:
      EndpointConfiguration: {Type: PRIVATE, VPCEndpointIds: [v]}
      StageName: !Ref "AWS::StackName"
  D:
    Type: AWS::Serverless::StateMachine
    Properties: 5
  E:
    Type: AWS::Serverless::LayerVersion
    Properties:
      ContentUri: layer/
"""
    found = natives(text)
    assert found["ARole"].body.get("Policies") is None  # neither a document nor a name
    assert found["C"].body.get("EndpointConfiguration").plain() == {"Types": ["PRIVATE"], "VpcEndpointIds": ["v"]}
    assert "CStage" in found
    assert found["E"].native_type == "AWS::Serverless::LayerVersion"  # not expanded: kept as written
