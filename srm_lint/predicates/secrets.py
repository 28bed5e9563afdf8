"""Predicates and tests for Secrets in code: credentials, user data, environment variables, parameters.

What a secret looks like (secret-looking names, value patterns, ignored values) is data:
policies/data/secret_patterns.yaml, loaded once. Findings never echo a secret: they name the key
and show a redacted value (`redact`).

What counts as a literal (srm-catalog.md §3.6): a value the parsers resolved from text written in
the code, i.e. a Node that is not unknown. Terraform variables with a literal default, locals that
fold to literals and CloudFormation parameters with a Default (NoEcho or not) resolve to literals,
and are reported where the value is written (the Node's `origin`). Values read at deploy time
(`random_password.*.result`, data sources, `{{resolve:…}}` dynamic references, NoEcho parameters
without Default, variables without default) are unknown, hence not literals. Write-only `*_wo`
arguments are never read.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import yaml

from ..graph import find
from ..jsonpos import decode_json
from ..model import PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN, TERRAFORM, Hit, Location, Node, Resource

PATTERNS_FILE = "secret_patterns.yaml"
HOLE = PLACEHOLDER_OPEN  # one character standing for an unknown part of a text
_HOLES = re.compile(re.escape(PLACEHOLDER_OPEN) + "[^" + re.escape(PLACEHOLDER_CLOSE) + "]*"
                    + re.escape(PLACEHOLDER_CLOSE))
_CAMEL = (re.compile(r"([a-z0-9])([A-Z])"), re.compile(r"([A-Z]+)([A-Z][a-z])"))
# Terraform functions whose result srm-lint does not compute although their arguments may be
# literal text (reported as unknown where the text decides the verdict).
_OPAQUE_FUNCTION = re.compile(r"^function (\w+)\(\) is not evaluated statically")
_FILE_FUNCTIONS = {"file", "templatefile", "filebase64", "filebase64sha256", "filemd5"}


# -- data ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pattern:
    id: str
    label: str
    regex: re.Pattern


@dataclass(frozen=True)
class SecretData:
    as_of: str
    secret_name: re.Pattern
    excluded_suffixes: tuple[str, ...]
    excluded_patterns: tuple[re.Pattern, ...]
    ecs_forbidden_names: frozenset[str]
    value_patterns: tuple[Pattern, ...]
    min_length: int
    ignored_values: tuple[re.Pattern, ...]
    reference_values: tuple[re.Pattern, ...]


@lru_cache(maxsize=1)
def data() -> SecretData:
    """policies/data/secret_patterns.yaml, compiled once."""
    from ..policies import bundled_policy_dir  # policies imports this package

    raw = yaml.safe_load((bundled_policy_dir() / "data" / PATTERNS_FILE).read_text(encoding="utf-8"))
    return SecretData(
        as_of=str(raw["as_of"]),
        secret_name=re.compile(raw["secret_name"]),
        excluded_suffixes=tuple(s.lower() for s in raw["excluded_name_suffixes"]),
        excluded_patterns=tuple(re.compile(p) for p in raw["excluded_name_patterns"]),
        ecs_forbidden_names=frozenset(raw["ecs_forbidden_names"]),
        value_patterns=tuple(Pattern(p["id"], p["label"], re.compile(p["pattern"])) for p in raw["value_patterns"]),
        min_length=int(raw["min_length"]),
        ignored_values=tuple(re.compile(p, re.DOTALL) for p in raw["ignored_values"]),
        reference_values=tuple(re.compile(p) for p in raw["reference_values"]),
    )


# -- names and values ------------------------------------------------------------------------------


def words(name: str) -> str:
    """camelCase word boundaries as underscores: DBPassword → DB_Password."""
    for pattern in _CAMEL:
        name = pattern.sub(r"\1_\2", name)
    return name


def secret_name(name: str) -> bool:
    """The name announces a secret (catalogue §3.6), and does not name a reference to one."""
    if not isinstance(name, str) or not name:
        return False
    spelled = words(name)
    if not data().secret_name.search(spelled):
        return False
    normal = re.sub(r"[-.]", "_", spelled.lower())
    if normal.endswith(data().excluded_suffixes):
        return False
    return not any(p.search(normal) for p in data().excluded_patterns)


def ignored(text: str) -> bool:
    """Too short, or a placeholder: never reported as a secret."""
    stripped = text.strip()
    if len(stripped) < data().min_length or HOLE in stripped:
        return True
    return any(p.search(stripped) for p in data().ignored_values)


def reference_like(text: str) -> bool:
    """A value that names where a secret is kept (an ARN, a parameter path) or is a switch or a
    number: not a secret even under a secret-looking name."""
    stripped = text.strip()
    return any(p.search(stripped) for p in data().reference_values)


def redact(text: str) -> str:
    """A secret shown without revealing it: a few leading characters and its length."""
    text = text.strip()
    shown = text[: min(4, len(text) // 8)]
    return f"'{shown}…' ({len(text)} characters)"


@dataclass(frozen=True)
class Match:
    pattern: Pattern
    secret: str
    offset: int  # where the match starts in the scanned text


def pattern_matches(text: str) -> list[Match]:
    """The value patterns a text contains; each literal (no unknown part) and not a placeholder."""
    found: list[Match] = []
    for pattern in data().value_patterns:
        for match in pattern.regex.finditer(text):
            secret = match.group("secret") if "secret" in pattern.regex.groupindex else match.group(0)
            if secret is None or ignored(secret) or secret.strip().startswith("$"):
                continue
            found.append(Match(pattern, secret, match.start()))
            break  # one per pattern is enough to report it
    return found


def holes(text: str) -> str:
    """A text with each unknown part (a placeholder span) collapsed to one HOLE character."""
    return _HOLES.sub(HOLE, text)


# -- literal values --------------------------------------------------------------------------------


def literal_text(node: Node | None) -> str | None:
    """The text of a value resolved from literals (a string, or a number written as one)."""
    if node is None or node.unknown:
        return None
    if isinstance(node.value, str):
        return node.value
    if isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return str(node.value)
    return None


def known_text(node: Node | None) -> str | None:
    """A string's text with its unknown parts as HOLE characters; None when nothing is known."""
    if node is None:
        return None
    if node.unknown:
        return holes(node.value.text) if node.value.text else None
    return node.value if isinstance(node.value, str) else None


def opaque(node: Node | None) -> str | None:
    """Why a value that may well be literal text cannot be read: a Terraform function srm-lint
    does not evaluate (base64encode, file, templatefile, …). None for values read at deploy time,
    which are not literals."""
    if node is None or not node.unknown or node.value.text:
        return None
    match = _OPAQUE_FUNCTION.match(node.value.reason)
    if match is None:
        return None
    if node.value.refs and match[1] not in _FILE_FUNCTIONS:
        return None  # a function over references (sensitive(random_password.x.result), …)
    return node.value.reason


def written_at(node: Node) -> Location:
    """Where a literal is written: the variable default, local, parameter Default or module
    argument it came from, else where it is used."""
    return node.origin or node.location


def hit(state: str, node: Node, message: str, resource: Resource) -> Hit:
    """A hit at the place a value is written, related to where the resource uses it."""
    where = written_at(node)
    related = resource.related
    if where != node.location:
        related = (node.location, *related)
    return Hit(state, where, message, related)


def _native_type(resource: Resource) -> str:
    return resource.native.native_type


def body(resource: Resource) -> Node:
    return resource.native.body


# -- a credential field (SRM-SEC-003, SRM-SEC-004, SRM-SM-002, SRM-SSM-001, SRM-SEC-001 provider) --


def credential_hits(resource: Resource, node: Node | None, what: str) -> Iterator[Hit]:
    """A field that is a credential by definition: a literal value fails (wherever it is written);
    an opaque function over literals is unknown."""
    if node is None:
        return
    text = literal_text(node)
    if text is not None:
        if not ignored(text):
            yield hit("fail", node, f"{what} is a literal {redact(text)}", resource)
        return
    reason = opaque(node)
    if reason:
        yield hit("unknown", node, f"{what}: {reason}", resource)


# -- environment variables (SRM-LMB-004, SRM-ECS-002) ----------------------------------------------


def entry_hits(resource: Resource, name: str, value: Node | None, where: str,
               forbidden: frozenset[str] = frozenset(), name_node: Node | None = None) -> Iterator[Hit]:
    """One environment entry: a forbidden name whatever its value, a secret-looking name with a
    literal value, or a value matching a secret pattern."""
    if name in forbidden:
        anchor = name_node or value
        if anchor is not None:
            yield hit("fail", anchor, f"{where} {name} is set in the environment; it must come from secrets "
                      "(valueFrom)", resource)
            return
    if value is None:
        return
    text = literal_text(value)
    if text is not None:
        for match in pattern_matches(text):
            yield hit("fail", value, f"{where} {name} holds {match.pattern.label} {redact(match.secret)}", resource)
            return
        if secret_name(name) and not ignored(text) and not reference_like(text):
            yield hit("fail", value, f"{where} {name} is set to a literal {redact(text)}", resource)
        return
    partial = known_text(value)
    if partial is not None:
        for match in pattern_matches(partial):
            yield hit("fail", value, f"{where} {name} holds {match.pattern.label} {redact(match.secret)}", resource)
            return
        return
    reason = opaque(value)
    if reason and secret_name(name):
        yield hit("unknown", value, f"{where} {name}: {reason}", resource)


def lambda_environment(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """SRM-LMB-004: Lambda environment variables (TF environment.variables, CFN
    Environment.Variables, SAM Globals included by the expansion)."""
    path = "environment.variables" if resource.framework == TERRAFORM else "Environment.Variables"
    for variables in find(body(resource), path):
        if variables.unknown:
            reason = opaque(variables)
            if reason:
                yield hit("unknown", variables, f"environment variables: {reason}", resource)
            continue
        if not isinstance(variables.value, dict):
            continue
        for name, value in variables.value.items():
            yield from entry_hits(resource, name, value, "environment variable")


def _field(entry: Node, key: str) -> Node | None:
    """A container definition key, case-insensitively (ECS's JSON reader ignores case)."""
    if not isinstance(entry.value, dict):
        return None
    if key in entry.value:
        return entry.value[key]
    return next((v for k, v in entry.value.items() if k.lower() == key.lower()), None)


def container_definitions(resource: Resource) -> list[Node]:
    """The container definitions of a task definition as dict Nodes (Terraform JSON decoded),
    or one unknown Node when they cannot be read."""
    if resource.framework == TERRAFORM:
        node = body(resource).get("container_definitions")
        if node is None:
            return []
        if isinstance(node.value, str):
            node = decode_json(node.value, node)
        elif node.unknown and node.value.text and PLACEHOLDER_OPEN in node.value.text:
            decoded = decode_json(node.value.text, node)
            node = node if decoded.unknown else decoded
    else:
        node = body(resource).get("ContainerDefinitions")
        if node is None:
            return []
    if node.unknown:
        return [node]
    if isinstance(node.value, list):
        return [item for item in node.value if item.unknown or isinstance(item.value, dict)]
    return []


def container_environment(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """SRM-ECS-002: container `environment[{name, value}]` entries."""
    forbidden = data().ecs_forbidden_names
    for container in container_definitions(resource):
        if container.unknown:
            reason = opaque(container)
            if reason:
                yield hit("unknown", container, f"container definitions: {reason}", resource)
            continue
        label = _field(container, "name")
        where = f"container {label.value!r}" if label is not None and isinstance(label.value, str) else "a container"
        environment = _field(container, "environment")
        if environment is None:
            continue
        if environment.unknown:
            reason = opaque(environment)
            if reason:
                yield hit("unknown", environment, f"{where} environment: {reason}", resource)
            continue
        for entry in environment.items():
            name = _field(entry, "name")
            if name is None or not isinstance(name.value, str):
                continue
            yield from entry_hits(resource, name.value, _field(entry, "value"), f"{where} environment variable",
                                  forbidden, name)


# -- user data (SRM-EC2-004) -----------------------------------------------------------------------

_BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}")
# NAME=value, export NAME=value, $env:NAME = value, -Dname=value; the name must not follow a `$`
# (a shell expansion) or another name character.
_ASSIGNMENT = re.compile(
    r"(?<![A-Za-z0-9_.$])(?:\$env:)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*(?<![=!<>])=(?!=)[ \t]*"
    r"(\"[^\"\n]*\"|'[^'\n]*'|[^\s;&|'\"`)]+)")
_YAML_KEY = re.compile(r"(?m)^[ \t-]*([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*:[ \t]+(\"[^\"\n]*\"|'[^'\n]*'|[^\s#'\"][^\n#]*)")


def decoded_user_data(text: str) -> str:
    """User data as the instance reads it: base64 (and gzip inside it) decoded when the text is
    base64, else the text itself."""
    compact = re.sub(r"\s+", "", text)
    if len(compact) < 8 or len(compact) % 4 or not _BASE64.fullmatch(compact):
        return text
    try:
        raw = base64.b64decode(compact, validate=True)
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        decoded = raw.decode("utf-8")
    except (binascii.Error, ValueError, OSError, EOFError):
        return text
    if any(ord(c) < 32 and c not in "\t\r\n" for c in decoded):
        return text
    return decoded


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def user_data_findings(text: str) -> list[tuple[int, str]]:
    """What user data text gives away, as (line in the text, message): value patterns, and
    NAME=value assignments of secret-looking names to literals (and `key: value` lines of a
    #cloud-config document)."""
    out: list[tuple[int, str]] = []
    for match in pattern_matches(text):
        out.append((_line_of(text, match.offset), f"holds {match.pattern.label} {redact(match.secret)}"))
    assignments = list(_ASSIGNMENT.finditer(text))
    if text.lstrip().startswith("#cloud-config"):
        assignments += list(_YAML_KEY.finditer(text))
    seen: set[str] = set()
    for match in sorted(assignments, key=lambda m: m.start()):
        name, value = match[1], match[2].strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if not secret_name(name) or value.startswith(("$", "`")) or ignored(value) or reference_like(value):
            continue
        if any(m.secret in value for m in pattern_matches(value)):
            continue  # already reported as a pattern
        if name in seen:
            continue
        seen.add(name)
        out.append((_line_of(text, match.start()), f"sets {name} to a literal {redact(value)}"))
    return sorted(out)


USER_DATA_PATHS = ("user_data", "user_data_base64", "UserData", "LaunchTemplateData.UserData")


def user_data(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """SRM-EC2-004: secrets in the user data of instances, launch templates and launch
    configurations, decoded (base64, gzip, Fn::Base64 bodies; `${…}` parts ignored). A finding
    sits on the offending line of a Terraform heredoc, else on the attribute (or where the text
    is written: a local, a variable default)."""
    for path in USER_DATA_PATHS:
        for node in find(body(resource), path):
            text = known_text(node)
            if text is None:
                reason = opaque(node)
                if reason:
                    yield hit("unknown", node, f"user data cannot be read: {reason}", resource)
                continue
            decoded = decoded_user_data(text)
            findings = user_data_findings(decoded)
            if not findings:
                continue
            where = written_at(node)
            if decoded is text and node.body_line is not None:
                related = (node.location, *resource.related) if where != node.location else resource.related
                for line, message in findings:
                    yield Hit("fail", Location(where.path, node.body_line + line - 1, node.body_indent + 1),
                              f"user data {message}", related)
            else:
                shown = "; ".join(f"line {line} {message}" for line, message in findings)
                yield hit("fail", node, f"user data {shown}", resource)


# -- database and cache credentials (SRM-SEC-003) ---------------------------------------------------

CREDENTIAL_FIELDS = {
    "aws_db_instance": ("password",),
    "aws_rds_cluster": ("master_password",),
    "aws_redshift_cluster": ("master_password",),
    "aws_elasticache_replication_group": ("auth_token",),
    "aws_opensearch_domain": ("advanced_security_options.master_user_options.master_user_password",),
    "aws_elasticsearch_domain": ("advanced_security_options.master_user_options.master_user_password",),
    "AWS::RDS::DBInstance": ("MasterUserPassword",),
    "AWS::RDS::DBCluster": ("MasterUserPassword",),
    "AWS::Redshift::Cluster": ("MasterUserPassword",),
    "AWS::ElastiCache::ReplicationGroup": ("AuthToken",),
    "AWS::OpenSearchService::Domain": ("AdvancedSecurityOptions.MasterUserOptions.MasterUserPassword",),
    "AWS::Elasticsearch::Domain": ("AdvancedSecurityOptions.MasterUserOptions.MasterUserPassword",),
}


def database_credentials(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """SRM-SEC-003: a master password or auth token written as a literal. Managed master
    passwords and write-only `*_wo` arguments are not read, so they pass."""
    for path in CREDENTIAL_FIELDS.get(_native_type(resource), ()):
        for node in find(body(resource), path):
            yield from credential_hits(resource, node, path.rsplit(".", 1)[-1])


# -- IAM console passwords (SRM-SEC-004) -----------------------------------------------------------


def console_password(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """SRM-SEC-004: Terraform login profiles without pgp_key keep the generated password in
    plain text in the state; CloudFormation LoginProfile.Password must not be a literal."""
    if _native_type(resource) == "aws_iam_user_login_profile":
        pgp_key = body(resource).get("pgp_key")
        if pgp_key is None or (not pgp_key.unknown and pgp_key.value in (None, "")):
            yield Hit("fail", pgp_key.location if pgp_key is not None else resource.location,
                      "login profile has no pgp_key: the generated console password is stored in plain text in "
                      "the Terraform state", resource.related)
        return
    for node in find(body(resource), "LoginProfile.Password"):
        yield from credential_hits(resource, node, "LoginProfile.Password")


# -- secret values (SRM-SM-002) --------------------------------------------------------------------


def _leaves(node: Node, key: str = "") -> Iterator[tuple[str, Node]]:
    """(key, scalar) pairs of a structure; list items keep their parent's key."""
    if isinstance(node.value, dict):
        for name, child in node.value.items():
            yield from _leaves(child, name)
    elif isinstance(node.value, list):
        for child in node.value:
            yield from _leaves(child, key)
    else:
        yield key, node


def structure_hits(resource: Resource, node: Node, what: str) -> Iterator[Hit]:
    """A JSON secret (jsonencode, a JSON string) with some unknown parts: its secret-looking keys
    set to literals, and values matching a secret pattern."""
    for key, leaf in _leaves(node):
        text = literal_text(leaf)
        if text is None:
            partial = known_text(leaf)
            for match in pattern_matches(partial) if partial else []:
                yield hit("fail", leaf, f"{what} {key} holds {match.pattern.label} {redact(match.secret)}", resource)
                break
            continue
        matches = pattern_matches(text)
        if matches:
            yield hit("fail", leaf, f"{what} {key} holds {matches[0].pattern.label} {redact(matches[0].secret)}",
                      resource)
        elif secret_name(key) and not ignored(text) and not reference_like(text):
            yield hit("fail", leaf, f"{what} {key} is a literal {redact(text)}", resource)


def document_hits(resource: Resource, document: Node, what: str, whole: Node) -> Iterator[Hit]:
    """A JSON secret (jsonencode, a JSON string): its secret-looking keys set to literals and its
    values matching a secret pattern fail where they are written; a document without secret-looking
    keys fails as a whole when it is entirely literal."""
    found = list(structure_hits(resource, document, what))
    if found:
        yield from found
        return
    leaves = list(_leaves(document))
    if any(secret_name(key) for key, _ in leaves) or any(leaf.unknown for _, leaf in leaves):
        return  # its secrets are placeholders or read at deploy time
    texts = [t for t in (literal_text(leaf) for _, leaf in leaves) if t is not None and not ignored(t)]
    if texts:
        yield hit("fail", whole, f"{what} is written as literals ({len(leaves)} values)", resource)


def _json(text: str, node: Node) -> Node | None:
    """The JSON document a string holds, located where the string is written; None if it is
    not a JSON object or array."""
    if not text.lstrip().startswith(("{", "[")):
        return None
    decoded = decode_json(text, replace(node, location=written_at(node)))
    return decoded if not decoded.unknown and isinstance(decoded.value, (dict, list)) else None


def secret_value_hits(resource: Resource, node: Node | None, what: str) -> Iterator[Hit]:
    """A secret's value: a literal fails (a JSON document: on its secret-looking keys, or as a
    whole when nothing in it looks like a key); values read at deploy time pass."""
    if node is None:
        return
    if isinstance(node.value, (dict, list)):
        yield from document_hits(resource, node, what, node)
        return
    text = literal_text(node)
    if text is not None:
        document = _json(text, node)
        if document is not None:
            yield from document_hits(resource, document, what, node)
        elif not ignored(text):
            yield hit("fail", node, f"{what} is a literal {redact(text)}", resource)
        return
    partial = known_text(node)
    if partial is not None:
        document = _json(node.value.text, node)
        if document is not None:
            yield from document_hits(resource, document, what, node)
            return
        for match in pattern_matches(partial):
            yield hit("fail", node, f"{what} holds {match.pattern.label} {redact(match.secret)}", resource)
            return
        return
    reason = opaque(node)
    if reason:
        yield hit("unknown", node, f"{what}: {reason}", resource)


def secret_value(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """SRM-SM-002: TF aws_secretsmanager_secret_version.secret_string/secret_binary, CFN
    AWS::SecretsManager::Secret.SecretString (GenerateSecretString and *_wo pass)."""
    paths = ("secret_string", "secret_binary") if resource.framework == TERRAFORM else ("SecretString",)
    for path in paths:
        yield from secret_value_hits(resource, body(resource).get(path), path)


# -- SSM parameters (SRM-SSM-001) ------------------------------------------------------------------


def _last_segment(name: Node | None, fallback: str) -> str | None:
    """The last `/` segment of a parameter name; None when it is not known."""
    if name is None:
        return fallback
    text = known_text(name)
    if text is None:
        return None
    last = text.rstrip("/").rsplit("/", 1)[-1]
    return None if HOLE in last else last


def ssm_parameter(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """SRM-SSM-001: a secret-looking parameter must be a SecureString (CloudFormation cannot
    create one); a SecureString must not carry a literal value; a value matching a secret pattern
    fails whatever the name."""
    terraform = resource.framework == TERRAFORM
    native = body(resource)
    name = native.get("name" if terraform else "Name")
    kind = native.get("type" if terraform else "Type")
    values = [native.get(k) for k in (("value", "insecure_value") if terraform else ("Value",))]
    values = [v for v in values if v is not None]
    kind_text = literal_text(kind)
    if kind_text == "SecureString":
        for value in values:
            yield from credential_hits(resource, value, "SecureString value")
        return
    for value in values:
        text = literal_text(value) or known_text(value)
        for match in pattern_matches(text) if text else []:
            yield hit("fail", value, f"value holds {match.pattern.label} {redact(match.secret)} in a plain "
                      f"{kind_text or 'String'} parameter", resource)
            break
    last = _last_segment(name, resource.address)
    if last is None:
        anchor = name if name is not None else native
        yield hit("unknown", anchor, f"parameter name is not resolved statically ({anchor.value.reason}); it "
                  "may name a secret", resource)
        return
    if not secret_name(last):
        return
    literal_values = [t for t in (literal_text(v) for v in values) if t is not None]
    if literal_values and all(reference_like(t) for t in literal_values):
        return  # it names where the secret is kept (an ARN, a parameter path)
    if terraform and (kind is None or kind.unknown):
        yield hit("unknown", kind or native, f"parameter {last!r} looks like a secret; its type is not "
                  "resolved statically", resource)
        return
    if terraform:
        yield hit("fail", kind, f"parameter {last!r} looks like a secret but its type is {kind_text!r}, not "
                  "SecureString", resource)
        return
    message = (f"parameter {last!r} looks like a secret; CloudFormation cannot create SecureString parameters, "
               "so it is stored as plain text")
    if name is not None:
        yield hit("fail", name, message, resource)
    else:
        yield Hit("fail", resource.location, message, resource.related)


# -- inputs not marked sensitive (SRM-SEC-002) -----------------------------------------------------

_TF_SCALAR_TYPES = {"bool", "number"}
_CFN_NOT_SECRET_TYPES = re.compile(r"^(Number|List<Number>|AWS::SSM::Parameter::(Value|Name)\b|AWS::EC2::)")


def _tf_type(node: Node | None) -> str | None:
    """A Terraform variable's primitive type keyword (bool, number, string), when written as one."""
    if node is None:
        return None
    if node.unknown:
        match = re.fullmatch(r"unknown reference '(\w+)'", node.value.reason)
        return match[1] if match else None
    return node.value if isinstance(node.value, str) else None


def _non_empty_literal(node: Node) -> tuple[str, Node] | None:
    """The literal string inside a default (a scalar, or a map/list of them) that is not empty or
    a placeholder (catalogue §3.6 ignored values), preferring one under a secret-looking key."""
    found = [(key, leaf) for key, leaf in _leaves(node)
             if isinstance(leaf.value, str) and not leaf.unknown and not ignored(leaf.value)]
    return next((pair for pair in found if secret_name(pair[0])), found[0] if found else None)


def unprotected_input(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """SRM-SEC-002: a secret-looking Terraform variable without `sensitive = true` or with a
    literal default; a secret-looking CloudFormation parameter without `NoEcho: true` or with a
    Default. Boolean and number inputs, and parameters read from SSM, are not secrets."""
    native = body(resource)
    terraform = resource.framework == TERRAFORM
    name_node = native.get("name" if terraform else "Name")
    name = name_node.value if name_node is not None else None
    if not isinstance(name, str) or not secret_name(name):
        return
    default = native.get("default" if terraform else "Default")
    if terraform:
        if _tf_type(native.get("type")) in _TF_SCALAR_TYPES:
            return
        if default is not None and isinstance(default.value, (bool, int, float)):
            return
        flag = native.get("sensitive")
        ephemeral = native.get("ephemeral")
        protected = (flag is not None and (flag.unknown or flag.value is True)) or \
            (ephemeral is not None and not ephemeral.unknown and ephemeral.value is True)
        missing = "is not marked sensitive = true"
    else:
        kind = native.get("Type")
        if kind is not None and isinstance(kind.value, str) and _CFN_NOT_SECRET_TYPES.match(kind.value):
            return
        if native.get("AllowedValues") is not None:
            return  # an enumeration is a setting, not a secret
        flag = native.get("NoEcho")
        protected = flag is not None and (flag.unknown or flag.value in (True, "true", "True", "TRUE"))
        missing = "is not NoEcho: true"
    what = "variable" if terraform else "parameter"
    if not protected:
        yield Hit("fail", flag.location if flag is not None else resource.location,
                  f"{what} {name} looks like a secret but {missing}", resource.related)
    if default is not None and not default.unknown:
        found = _non_empty_literal(default)
        if found is not None:
            key, leaf = found
            shown = f"{key} = {redact(leaf.value)}" if key else redact(leaf.value)
            yield Hit("fail", default.location, f"{what} {name} has a literal default ({shown})", resource.related)


# -- hard-coded AWS credentials (SRM-SEC-001) ------------------------------------------------------

DECLARATION_TYPES = {"variable", "local", "CloudFormation::Parameter"}
PROVIDER_KEYS = ("access_key", "secret_key", "token")


def _strings(node: Node, path: str = "") -> Iterator[tuple[str, Node, str]]:
    """(path, node, text) of every string of a body whose text is at least partly known."""
    if isinstance(node.value, dict):
        for name, child in node.value.items():
            yield from _strings(child, f"{path}.{name}" if path else name)
    elif isinstance(node.value, list):
        for index, child in enumerate(node.value):
            yield from _strings(child, f"{path}[{index}]")
    else:
        text = known_text(node)
        if text:
            yield path, node, text


@lru_cache(maxsize=2)
def _scan_plan(graph, kinds: tuple[str, ...]) -> tuple[dict, dict]:
    """Who reports what in one graph: {location → address of the declaration that writes the
    value there}, and {scope → (address of the scope's sweeping resource, natives no checked
    resource covers)}."""
    owner: dict[Location, str] = {}
    for native in graph.natives.values():
        if native.native_type in DECLARATION_TYPES:
            for node in native.body.walk():
                if written_at(node) == node.location:
                    owner.setdefault(node.location, native.address)
    checked = graph.kinds(list(kinds))
    covered = {id(r.native) for r in checked}
    sweepers: dict[str, tuple[str, list]] = {}
    for resource in sorted(checked, key=lambda r: (r.native.scope, r.address, r.kind)):
        sweepers.setdefault(resource.native.scope, (resource.address, []))
    for native in sorted(graph.natives.values(), key=lambda n: (n.scope, n.address)):
        if id(native) not in covered and native.scope in sweepers:
            sweepers[native.scope][1].append(native)
    return owner, sweepers


def _key_id_hits(resource: Resource, native, owner: dict, label: str) -> Iterator[Hit]:
    key_id = next(p for p in data().value_patterns if p.id == "aws-access-key-id")
    if native.native_type in DECLARATION_TYPES or native.native_type in ("output", "CloudFormation::Output"):
        label = f"{native.address} "
    for path, node, text in _strings(native.body):
        if native.native_type.startswith("provider.") and path in PROVIDER_KEYS:
            continue  # reported as a literal provider key
        where = written_at(node)
        if owner.get(where, native.address) != native.address:
            continue  # the variable, local or parameter that writes it reports it
        for match in key_id.regex.finditer(text):
            secret = match.group("secret")
            if not ignored(secret):
                yield hit("fail", node, f"{label}{path} holds {key_id.label} {redact(secret)}", resource)
                break


def aws_credentials(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """SRM-SEC-001: a literal access_key/secret_key in the Terraform AWS provider, an AWS access
    key ID in any string, a CloudFormation output exposing an access key's SecretAccessKey.
    Natives that no checked kind covers (unmapped resource types, data sources, companions) are
    scanned by the first checked resource of their scope and named in the message."""
    kinds = tuple(params.get("kinds", ()))
    owner, sweepers = _scan_plan(graph, kinds)
    if resource.native.native_type.startswith("provider."):
        for key in PROVIDER_KEYS:
            yield from credential_hits(resource, body(resource).get(key), f"provider {key}")
    yield from _key_id_hits(resource, resource.native, owner, "")
    if resource.native.native_type == "CloudFormation::Output":
        yield from _exposed_secret_key(resource, graph)
    sweeper, others = sweepers.get(resource.native.scope, ("", []))
    if sweeper == resource.address:
        for native in others:
            yield from _key_id_hits(resource, native, owner, f"{native.address} ({native.native_type}) ")


def _exposed_secret_key(resource: Resource, graph) -> Iterator[Hit]:
    """An output whose value is Fn::GetAtt <AWS::IAM::AccessKey>.SecretAccessKey (directly or
    inside Fn::Sub/Fn::Join). Ref gives the key ID, which is not secret."""
    value = body(resource).get("Value")
    for node in value.walk() if value is not None else []:
        if not node.unknown:
            continue
        said = node.value.reason + (node.value.text or "")
        for target in node.value.refs:
            native = graph.natives.get((resource.native.scope, target))
            if native is not None and native.native_type == "AWS::IAM::AccessKey" \
                    and f"Fn::GetAtt {target}.SecretAccessKey " in said:
                yield hit("fail", value, f"output exposes the SecretAccessKey of access key {target}", resource)
                return


PREDICATES: dict = {
    "secrets.lambda_environment": lambda_environment,
    "secrets.container_environment": container_environment,
    "secrets.user_data": user_data,
    "secrets.database_credentials": database_credentials,
    "secrets.console_password": console_password,
    "secrets.secret_value": secret_value,
    "secrets.ssm_parameter": ssm_parameter,
    "secrets.unprotected_input": unprotected_input,
    "secrets.aws_credentials": aws_credentials,
}
TESTS: dict = {}
