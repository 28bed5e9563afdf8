"""AWS SAM (`Transform: AWS::Serverless-2016-10-31`) without calling any AWS service.

Globals are merged into each serverless resource as the transform merges them, then each
resource is expanded into the CloudFormation resources the transform creates that checks read:

    AWS::Serverless::Function      AWS::Lambda::Function (same logical id), its execution role
                                   <Id>Role (AWS::IAM::Role) unless Role is set, and <Id>Url
                                   (AWS::Lambda::Url) for FunctionUrlConfig
    AWS::Serverless::StateMachine  AWS::StepFunctions::StateMachine and <Id>Role unless Role is set
    AWS::Serverless::SimpleTable   AWS::DynamoDB::Table
    AWS::Serverless::Api           AWS::ApiGateway::RestApi and its stage
    AWS::Serverless::HttpApi       AWS::ApiGatewayV2::Api and its stage

An execution role's policies come from `Policies`: a managed policy name or ARN, an inline
policy document, or a SAM policy template. A bare name means the AWS managed policy of that name
(`AdministratorAccess` → arn:aws:iam::aws:policy/AdministratorAccess). Policy templates are
AWS-written, least-privilege policies and are not expanded. Events (implicit APIs, permissions,
subscriptions) are not expanded.

Each generated value keeps the position it was written at; values the transform adds on its own
(the trust policy, AWSLambdaBasicExecutionRole) are DEFAULT nodes at the resource.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..model import DEFAULT, UNKNOWN, Location, Node, Unknown

if TYPE_CHECKING:
    from .cloudformation import Template

SAM_TRANSFORM = "AWS::Serverless-2016-10-31"
PARTITION = "aws"

GLOBAL_SECTIONS = {
    "Function": "AWS::Serverless::Function",
    "Api": "AWS::Serverless::Api",
    "HttpApi": "AWS::Serverless::HttpApi",
    "SimpleTable": "AWS::Serverless::SimpleTable",
    "StateMachine": "AWS::Serverless::StateMachine",
}
# Properties the transform never takes from Globals.
NOT_GLOBAL = {"AWS::Serverless::Function": {"Role", "Policies", "FunctionName", "Events"}}

# AWS managed policies that are not at the root path; every other bare name is at the root.
MANAGED_POLICY_PATHS = {
    "AWSLambdaBasicExecutionRole": "service-role/",
    "AWSLambdaVPCAccessExecutionRole": "service-role/",
    "AWSLambdaRole": "service-role/",
    "AWSLambdaDynamoDBExecutionRole": "service-role/",
    "AWSLambdaKinesisExecutionRole": "service-role/",
    "AWSLambdaSQSQueueExecutionRole": "service-role/",
    "AWSLambdaMSKExecutionRole": "service-role/",
    "AWSLambdaENIManagementAccess": "service-role/",
    "AWSAppSyncPushToCloudWatchLogs": "service-role/",
    "AWSIoTRuleActions": "service-role/",
    "AWSConfigRole": "service-role/",
    "AmazonAPIGatewayPushToCloudWatchLogs": "service-role/",
    "ViewOnlyAccess": "job-function/",
    "DatabaseAdministrator": "job-function/",
    "NetworkAdministrator": "job-function/",
    "SystemAdministrator": "job-function/",
    "DataScientist": "job-function/",
    "SupportUser": "job-function/",
    "Billing": "job-function/",
}
POLICY_NAME = re.compile(r"^[\w+=,.@-]+$")


def is_sam(root: Node) -> bool:
    transform = root.get("Transform")
    if transform is None:
        return False
    return any(item.value == SAM_TRANSFORM for item in transform.items())


# -- Globals ----------------------------------------------------------------------------------------


def merge_globals(template_globals: Node | None, sam_type: str, resource: Node) -> dict[str, Node]:
    """The raw properties of a serverless resource with the Globals of its type merged in: maps
    merge key by key, lists concatenate (globals first), anything else takes the resource's value;
    an intrinsic function counts as a scalar. `IgnoreGlobals: "*"` or a list of names opts out."""
    properties = resource.get("Properties")
    local = dict(properties.value) if properties is not None and isinstance(properties.value, dict) else {}
    section = None
    if template_globals is not None and isinstance(template_globals.value, dict):
        for name, node in template_globals.value.items():
            if GLOBAL_SECTIONS.get(name) == sam_type and isinstance(node.value, dict):
                section = node.value
    if not section:
        return local
    ignore = resource.get("IgnoreGlobals")
    if ignore is not None and ignore.value == "*":
        return local
    skipped = set(NOT_GLOBAL.get(sam_type, ()))
    if ignore is not None and isinstance(ignore.value, list):
        skipped |= {item.value for item in ignore.value if isinstance(item.value, str)}
    merged = {k: v for k, v in section.items() if k not in skipped}
    for key, value in local.items():
        merged[key] = _merge(merged[key], value) if key in merged else value
    return merged


def _is_intrinsic(node: Node) -> bool:
    if not isinstance(node.value, dict) or len(node.value) != 1:
        return False
    name = next(iter(node.value))
    return name in ("Ref", "Condition") or name.startswith("Fn::")


def _merge(global_value: Node, local_value: Node) -> Node:
    if isinstance(global_value.value, list) and isinstance(local_value.value, list):
        return Node([*global_value.value, *local_value.value], local_value.location)
    if isinstance(global_value.value, dict) and isinstance(local_value.value, dict) \
            and not _is_intrinsic(global_value) and not _is_intrinsic(local_value):
        merged = dict(global_value.value)
        for key, value in local_value.value.items():
            merged[key] = _merge(merged[key], value) if key in merged else value
        return Node(merged, local_value.location)
    return local_value


# -- expansion --------------------------------------------------------------------------------------


@dataclass
class Derived:
    """One CloudFormation resource the transform creates."""

    address: str
    native_type: str
    location: Location
    body: dict[str, Node]
    refs: list[tuple[str, Location]] = field(default_factory=list)


class _Context:
    """What an expansion needs: the template (to resolve), the serverless resource and its
    merged raw properties."""

    def __init__(self, template: Template, logical_id: str, properties: dict[str, Node], location: Location):
        self.template = template
        self.logical_id = logical_id
        self.raw = properties
        self.location = location

    def resolve(self, name: str, refs: list) -> Node | None:
        raw = self.raw.get(name)
        return None if raw is None else self.template.resolve_value(raw, refs)

    def resolved(self, names: dict[str, str | Callable], refs: list) -> dict[str, Node]:
        """Resolve the properties named in a table {SAM name: native name or converter}."""
        body: dict[str, Node] = {}
        for sam_name, target in names.items():
            value = self.resolve(sam_name, refs)
            if value is None:
                continue
            if isinstance(target, str):
                body[target] = value
            else:
                native_name, converted = target(value)
                body[native_name] = converted
        return body


def _wrap(native: str, key: str) -> Callable[[Node], tuple[str, Node]]:
    return lambda value: (native, Node({key: value}, value.location))


def _tags(native: str = "Tags") -> Callable[[Node], tuple[str, Node]]:
    def convert(value: Node) -> tuple[str, Node]:
        if not isinstance(value.value, dict):
            return native, value
        items = [Node({"Key": Node(k, v.location), "Value": v}, v.location) for k, v in value.value.items()]
        return native, Node(items, value.location)
    return convert


def _s3_location(native: str, bucket: str, key: str) -> Callable[[Node], tuple[str, Node]]:
    def convert(value: Node) -> tuple[str, Node]:
        if isinstance(value.value, str) and value.value.startswith("s3://"):
            name, _, path = value.value[5:].partition("/")
            return native, Node({bucket: Node(name, value.location), key: Node(path, value.location)},
                                value.location)
        return native, value
    return convert


def _same(*names: str) -> dict[str, str]:
    return {name: name for name in names}


FUNCTION = {
    **_same("FunctionName", "Description", "Handler", "Runtime", "MemorySize", "Timeout", "Environment",
            "VpcConfig", "KmsKeyArn", "Layers", "ReservedConcurrentExecutions", "Architectures",
            "EphemeralStorage", "FileSystemConfigs", "CodeSigningConfigArn", "ImageConfig", "PackageType",
            "SnapStart", "RuntimeManagementConfig", "LoggingConfig", "RecursiveLoop"),
    "Tracing": _wrap("TracingConfig", "Mode"),
    "DeadLetterQueue": lambda v: ("DeadLetterConfig", Node({"TargetArn": v.get("TargetArn")}, v.location))
    if isinstance(v.value, dict) and v.get("TargetArn") is not None else ("DeadLetterConfig", v),
    "InlineCode": _wrap("Code", "ZipFile"),
    "ImageUri": _wrap("Code", "ImageUri"),
    "CodeUri": _s3_location("Code", "S3Bucket", "S3Key"),
    "Tags": _tags(),
}
FUNCTION_URL = _same("AuthType", "Cors", "InvokeMode")
STATE_MACHINE = {
    **_same("Definition", "DefinitionSubstitutions"),
    "DefinitionUri": _s3_location("DefinitionS3Location", "Bucket", "Key"),
    "Logging": lambda v: ("LoggingConfiguration", v),
    "Name": lambda v: ("StateMachineName", v),
    "Tracing": lambda v: ("TracingConfiguration", v),
    "Type": lambda v: ("StateMachineType", v),
    "Tags": _tags(),
}
REST_API = {
    **_same("Name", "Description", "BinaryMediaTypes", "MinimumCompressionSize", "DisableExecuteApiEndpoint"),
    "DefinitionUri": _s3_location("BodyS3Location", "Bucket", "Key"),
    "EndpointConfiguration": lambda v: ("EndpointConfiguration", _endpoint(v)),
}
REST_STAGE = _same("StageName", "AccessLogSetting", "MethodSettings", "TracingEnabled", "CacheClusterEnabled",
                   "CacheClusterSize", "Variables", "CanarySetting")
HTTP_API = {
    **_same("Name", "Description", "CorsConfiguration", "DisableExecuteApiEndpoint", "FailOnWarnings"),
    "DefinitionUri": _s3_location("BodyS3Location", "Bucket", "Key"),
    "Tags": lambda v: ("Tags", v),
}
HTTP_STAGE = {**_same("StageName", "DefaultRouteSettings", "RouteSettings", "StageVariables"),
              "AccessLogSettings": lambda v: ("AccessLogSettings", v)}
SIMPLE_TABLE = {
    **_same("TableName", "SSESpecification", "PointInTimeRecoverySpecification", "ProvisionedThroughput"),
    "Tags": _tags(),
}
ATTRIBUTE_TYPES = {"String": "S", "Number": "N", "Binary": "B"}


def _endpoint(value: Node) -> Node:
    if isinstance(value.value, str) or value.unknown:
        return Node({"Types": Node([value], value.location)}, value.location)
    if isinstance(value.value, dict):
        converted: dict[str, Node] = {}
        if value.get("Type") is not None:
            converted["Types"] = Node([value.get("Type")], value.get("Type").location)
        if value.get("VPCEndpointIds") is not None:
            converted["VpcEndpointIds"] = value.get("VPCEndpointIds")
        return Node(converted, value.location)
    return value


def _literal(data: Any, location: Location) -> Node:
    """A value the transform writes on its own, at the resource."""
    if isinstance(data, dict):
        return Node({k: _literal(v, location) for k, v in data.items()}, location, DEFAULT)
    if isinstance(data, list):
        return Node([_literal(v, location) for v in data], location, DEFAULT)
    return Node(data, location, DEFAULT)


def _trust(service: str) -> dict:
    return {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": ["sts:AssumeRole"], "Principal": {"Service": [service]}}]}


def managed_policy_arn(name: str) -> str:
    """The ARN SAM uses for a name in Policies: an ARN stays, a bare name is the AWS managed policy."""
    if name.startswith("arn:") or not POLICY_NAME.match(name):
        return name
    return f"arn:{PARTITION}:iam::aws:policy/{MANAGED_POLICY_PATHS.get(name, '')}{name}"


def expand(template: Template, logical_id: str, sam_type: str, properties: dict[str, Node],
           location: Location) -> list[Derived] | None:
    """The resources the transform makes of one serverless resource, or None for a type that is
    not expanded (it is then kept as written)."""
    handler = _EXPANSIONS.get(sam_type)
    if handler is None:
        return None
    return handler(_Context(template, logical_id, properties, location))


def _function(ctx: _Context) -> list[Derived]:
    refs: list = []
    body = ctx.resolved(FUNCTION, refs)
    role = ctx.resolve("Role", refs)
    derived: list[Derived] = []
    if role is None:
        extra = ["service-role/AWSLambdaBasicExecutionRole"]
        if ctx.raw.get("VpcConfig") is not None:
            extra.append("service-role/AWSLambdaVPCAccessExecutionRole")
        tracing = body.get("TracingConfig")
        if tracing is not None and getattr(tracing.get("Mode"), "value", None) == "Active":
            extra.append("AWSXrayWriteOnlyAccess")
        role = _implicit_role(ctx, "lambda.amazonaws.com", [f"arn:{PARTITION}:iam::aws:policy/{p}" for p in extra],
                              derived, refs)
    if role is not None:
        body["Role"] = role
    url_refs: list = []
    url_config = ctx.resolve("FunctionUrlConfig", url_refs)
    if url_config is not None and isinstance(url_config.value, dict):
        url = {native: url_config.get(sam) for sam, native in FUNCTION_URL.items() if url_config.get(sam) is not None}
        url["TargetFunctionArn"] = Node(Unknown(f"Ref {ctx.logical_id} is known after deployment",
                                                (ctx.logical_id,)), url_config.location, UNKNOWN)
        derived.append(Derived(f"{ctx.logical_id}Url", "AWS::Lambda::Url", url_config.location, url,
                               [*url_refs, (ctx.logical_id, url_config.location)]))
    return [Derived(ctx.logical_id, "AWS::Lambda::Function", ctx.location, body, refs), *derived]


def _state_machine(ctx: _Context) -> list[Derived]:
    refs: list = []
    body = ctx.resolved(STATE_MACHINE, refs)
    role = ctx.resolve("Role", refs)
    derived: list[Derived] = []
    if role is None:
        role = _implicit_role(ctx, "states.amazonaws.com", [], derived, refs)
    if role is not None:
        body["RoleArn"] = role
    return [Derived(ctx.logical_id, "AWS::StepFunctions::StateMachine", ctx.location, body, refs), *derived]


def _implicit_role(ctx: _Context, service: str, default_arns: list[str], derived: list[Derived],
                   refs: list) -> Node | None:
    """Add the execution role the transform creates, and return the ARN that refers to it."""
    implicit = _execution_role(ctx, service, default_arns)
    if implicit is None:
        return None
    derived.append(implicit)
    refs.append((implicit.address, ctx.location))
    return Node(Unknown(f"Fn::GetAtt {implicit.address}.Arn is known after deployment", (implicit.address,)),
                ctx.location, UNKNOWN)


def _execution_role(ctx: _Context, service: str, default_arns: list[str]) -> Derived | None:
    """The role the transform creates when a function or state machine sets no Role."""
    address = f"{ctx.logical_id}Role"
    if address in ctx.template.resources:
        return None  # the transform would refuse the clash; do not invent a second resource
    refs: list = []
    raw_policies = ctx.raw.get("Policies")
    where = raw_policies.location if raw_policies is not None else ctx.location
    managed = [Node(arn, ctx.location, DEFAULT) for arn in default_arns]
    inline: list[Node] = []
    if raw_policies is not None:
        extra_managed, inline = _policies(ctx, raw_policies, address, refs)
        managed.extend(extra_managed)
    trust = ctx.resolve("AssumeRolePolicyDocument", refs) or _literal(_trust(service), ctx.location)
    body: dict[str, Node] = {"AssumeRolePolicyDocument": trust, "ManagedPolicyArns": Node(managed, where)}
    if inline:
        body["Policies"] = Node(inline, where)
    boundary = ctx.resolve("PermissionsBoundary", refs)
    if boundary is not None:
        body["PermissionsBoundary"] = boundary
    path = ctx.resolve("RolePath", refs)
    if path is not None:
        body["Path"] = path
    return Derived(address, "AWS::IAM::Role", ctx.location, body, refs)


def _policies(ctx: _Context, raw: Node, role: str, refs: list) -> tuple[list[Node], list[Node]]:
    """Managed policy ARNs and inline policies ({PolicyName, PolicyDocument}) from Policies."""
    entries: list[tuple[Node, Node]] = []  # (raw entry, resolved entry)
    if isinstance(raw.value, list):
        for item in raw.value:
            resolved = ctx.template.resolve_value(item, refs)
            if resolved is not None:
                entries.append((item, resolved))
    else:
        resolved = ctx.template.resolve_value(raw, refs)
        if resolved is not None and isinstance(resolved.value, list):
            entries.extend((item, item) for item in resolved.value)
        elif resolved is not None:
            entries.append((raw, resolved))
    managed: list[Node] = []
    inline: list[Node] = []
    for index, (written, value) in enumerate(entries):
        kind = _policy_kind(written, value)
        if kind == "managed":
            if isinstance(value.value, str):
                value = Node(managed_policy_arn(value.value), value.location, value.state, origin=value.origin)
            managed.append(value)
        elif kind == "inline":
            inline.append(Node({"PolicyName": Node(f"{role}Policy{index}", value.location, DEFAULT),
                                "PolicyDocument": value}, value.location))
    return managed, inline


def _policy_kind(written: Node, value: Node) -> str:
    """managed (a name or ARN), inline (a policy document), or template (a SAM policy template)."""
    if isinstance(value.value, str):
        return "managed"
    if isinstance(value.value, dict):
        if "Statement" in value.value:
            return "inline"
        return "template"
    if value.unknown:
        # an unresolved Fn::If: a document when one of its branches is one
        if isinstance(written.value, dict) and "Fn::If" in written.value:
            branches = written.value["Fn::If"]
            if isinstance(branches.value, list) and any(
                    isinstance(b.value, dict) and "Statement" in b.value for b in branches.value[1:]):
                return "inline"
        return "managed"
    return "template"


def _simple_table(ctx: _Context) -> list[Derived]:
    refs: list = []
    body = ctx.resolved(SIMPLE_TABLE, refs)
    key = ctx.resolve("PrimaryKey", refs)
    name: Node = Node("id", ctx.location, DEFAULT)
    kind: Node = Node("S", ctx.location, DEFAULT)
    if key is not None and isinstance(key.value, dict):
        name = key.get("Name") or name
        written = key.get("Type")
        if written is not None:
            kind = Node(ATTRIBUTE_TYPES.get(written.value, written.value), written.location, written.state) \
                if isinstance(written.value, str) else written
    where = key.location if key is not None else ctx.location
    body["AttributeDefinitions"] = Node([Node({"AttributeName": name, "AttributeType": kind}, where)], where)
    body["KeySchema"] = Node([Node({"AttributeName": name, "KeyType": Node("HASH", where, DEFAULT)}, where)], where)
    if "ProvisionedThroughput" not in body:
        body["BillingMode"] = Node("PAY_PER_REQUEST", ctx.location, DEFAULT)
    return [Derived(ctx.logical_id, "AWS::DynamoDB::Table", ctx.location, body, refs)]


def _generated_body(ctx: _Context, refs: list) -> Node:
    """The OpenAPI definition of an API: as written, unless the transform writes or edits it."""
    body = ctx.resolve("DefinitionBody", refs)
    if body is not None and ctx.raw.get("Auth") is None:
        return body
    where = body.location if body is not None else ctx.location
    reason = "the SAM transform adds Auth to the OpenAPI definition" if body is not None else \
        "the SAM transform generates the OpenAPI definition from the function events"
    return Node(Unknown(reason), where, UNKNOWN)


def _rest_api(ctx: _Context) -> list[Derived]:
    refs: list = []
    body = ctx.resolved(REST_API, refs)
    if "BodyS3Location" not in body:
        body["Body"] = _generated_body(ctx, refs)
    stage_refs: list = []
    stage = ctx.resolved(REST_STAGE, stage_refs)
    stage["RestApiId"] = Node(Unknown(f"Ref {ctx.logical_id} is known after deployment", (ctx.logical_id,)),
                              ctx.location, UNKNOWN)
    name = stage.get("StageName")
    suffix = name.value if name is not None and isinstance(name.value, str) and name.value.isalnum() else ""
    return [Derived(ctx.logical_id, "AWS::ApiGateway::RestApi", ctx.location, body, refs),
            Derived(f"{ctx.logical_id}{suffix}Stage", "AWS::ApiGateway::Stage", ctx.location, stage,
                    [*stage_refs, (ctx.logical_id, ctx.location)])]


def _http_api(ctx: _Context) -> list[Derived]:
    refs: list = []
    body = ctx.resolved(HTTP_API, refs)
    if "BodyS3Location" not in body:
        body["Body"] = _generated_body(ctx, refs)
    stage_refs: list = []
    stage = ctx.resolved(HTTP_STAGE, stage_refs)
    stage.setdefault("StageName", Node("$default", ctx.location, DEFAULT))
    stage["AutoDeploy"] = Node(True, ctx.location, DEFAULT)
    stage["ApiId"] = Node(Unknown(f"Ref {ctx.logical_id} is known after deployment", (ctx.logical_id,)),
                          ctx.location, UNKNOWN)
    return [Derived(ctx.logical_id, "AWS::ApiGatewayV2::Api", ctx.location, body, refs),
            Derived(f"{ctx.logical_id}ApiGatewayDefaultStage", "AWS::ApiGatewayV2::Stage", ctx.location, stage,
                    [*stage_refs, (ctx.logical_id, ctx.location)])]


_EXPANSIONS: dict[str, Callable[[_Context], list[Derived]]] = {
    "AWS::Serverless::Function": _function,
    "AWS::Serverless::StateMachine": _state_machine,
    "AWS::Serverless::SimpleTable": _simple_table,
    "AWS::Serverless::Api": _rest_api,
    "AWS::Serverless::HttpApi": _http_api,
}
