"""Predicates and tests for RDS, Redshift, ElastiCache, OpenSearch, EFS, DynamoDB, SNS, SQS."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import yaml

from ..jsonpos import decode_json
from ..model import CLOUDFORMATION, DEFAULT, PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN, Hit, Location, Node, Resource
from ..values import all3
from . import network
from . import policy_document as pd

SECURITY_GROUP = ("aws.ec2.security_group",)
SECURITY_GROUP_RULE = ("aws.ec2.security_group_rule",)
RDS_CLUSTER = ("aws.rds.cluster",)
RDS_DATABASES = ("aws.rds.instance", "aws.rds.cluster")
PARAMETER_GROUP = ("aws.rds.parameter_group",)

# The port an RDS engine listens on when `port` is not set.
DEFAULT_PORTS = (
    (re.compile(r"^(mysql|mariadb|aurora|aurora-mysql)$"), 3306),
    (re.compile(r"^(postgres|aurora-postgresql)$"), 5432),
    (re.compile(r"^(custom-)?oracle"), 1521),
    (re.compile(r"^(custom-)?sqlserver"), 1433),
    (re.compile(r"^db2"), 50000),
)


# -- small readers ---------------------------------------------------------------------------------


def _text(node: Node | None) -> str | None:
    """A known scalar as text; None when absent, null or unknown."""
    if node is None or node.unknown or node.value is None or isinstance(node.value, (dict, list)):
        return None
    return str(node.value).strip()


def _truth(node: Node | None) -> bool | None:
    """True/False for a boolean written as a bool or a string; None when unknown."""
    if node is None or node.unknown:
        return None
    if isinstance(node.value, bool):
        return node.value
    if isinstance(node.value, str) and node.value.strip().lower() in ("true", "false"):
        return node.value.strip().lower() == "true"
    return bool(node.value)


def _int(node: Node | None) -> int | None:
    text = _text(node)
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        return None


def _version(text: str | None) -> tuple[int, ...] | None:
    """(15,), (14, 7), (11, 8) from "15", "14.7", "postgres14", "default.mariadb11.8"."""
    if text is None:
        return None
    found = re.search(r"\d+(?:\.\d+)*", text)
    return tuple(int(part) for part in found.group(0).split(".")) if found else None


def _where(node: Node | None, resource: Resource) -> Location:
    return node.location if node is not None else resource.location


# -- SRM-RDS-003: a public database reachable through its security groups --------------------------


def _database_settings(resource: Resource, graph) -> tuple[Resource, Node | None, Node | None, Node | None]:
    """The resource whose security groups apply (an Aurora member's cluster), and the security
    groups, port and engine."""
    security_groups = resource.properties.get("security_groups")
    port = resource.properties.get("port")
    engine = resource.properties.get("engine")
    owner = resource
    cluster = resource.properties.get("cluster")
    if cluster is not None and security_groups is None:
        for parent in graph.targets(resource, cluster, RDS_CLUSTER):
            owner = parent
            security_groups = parent.properties.get("security_groups")
            port = port or parent.properties.get("port")
            engine = engine if _text(engine) else parent.properties.get("engine") or engine
            break
    return owner, security_groups, port, engine


def _database_port(port: Node | None, engine: Node | None) -> int | None:
    if port is not None:
        return _int(port)
    name = (_text(engine) or "").lower()
    for pattern, number in DEFAULT_PORTS:
        if pattern.search(name):
            return number
    return None


def _rules_of(group: Resource, graph) -> Iterator[network.Rule | Hit]:
    """The inline ingress rules of a security group and the rule resources attached to it."""
    yield from network.ingress_rules(group)
    for rule in graph.referrers_of(group, SECURITY_GROUP_RULE):
        if group in graph.targets(rule, rule.properties.get("group"), SECURITY_GROUP):
            yield from network.ingress_rules(rule)


def public_database_reachable(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """A public (or possibly public) database whose security groups admit the internet on its
    port. SRM-RDS-003."""
    owner, security_groups, port_node, engine = _database_settings(resource, graph)
    related_base = tuple(resource.related)
    if security_groups is None or (isinstance(security_groups.value, list) and not security_groups.value):
        yield Hit("unknown", resource.location, "no VPC security group is set: the VPC's default security group "
                  "applies, which is not in the code")
        return
    port = _database_port(port_node, engine)
    unresolved: list[str] = []
    groups: list[Resource] = []
    if security_groups.unknown:
        # a computed list: the groups it names are in it, others may be too
        unresolved.append(f"the security group list is not resolved statically ({security_groups.value.reason})")
    for element in security_groups.items():
        if not element.unknown:
            unresolved.append(f"security group {_text(element) or element.value!r} is not in scope")
            continue
        found = graph.targets(owner, element, SECURITY_GROUP)
        if not found and not security_groups.unknown:
            unresolved.append(f"security group {element.value.reason} is not in scope")
        groups.extend(g for g in found if g not in groups)
    failures: list[tuple[str, Location, str]] = []
    undecided = False
    for group in groups:
        for rule in _rules_of(group, graph):
            if isinstance(rule, Hit):
                undecided = True
                continue
            source = network.public_source(rule.node)
            if port is None:
                reaches = True if network.all_ports(rule.node) is True else None
            else:
                reaches = network.covers(rule.node, port, {"tcp"})
            if source and reaches is True:
                failures.append((source, rule.location, group.address))
            elif source is not False and reaches is not False:
                undecided = True
                if port is None and source:
                    unresolved.append(f"the database port is not resolved statically, and {group.address} "
                                      f"admits {source}")
    if failures:
        sources = sorted({source for source, _, _ in failures})
        names = sorted({name for _, _, name in failures})
        shown_port = f"port {port}" if port is not None else "every port"
        yield Hit("fail", resource.location,
                  f"reachable from {', '.join(sources)} on {shown_port} through {', '.join(names)}",
                  tuple(dict.fromkeys(location for _, location, _ in failures)) + related_base)
        return
    if unresolved:
        yield Hit("unknown", security_groups.location, "; ".join(unresolved))
    elif undecided:
        yield Hit("unknown", security_groups.location, "a security group rule is not resolved statically")


# -- SRM-RDS-004: TLS enforced by the parameter group ----------------------------------------------


@lru_cache(maxsize=1)
def tls_defaults() -> dict:
    from ..policies import bundled_policy_dir  # policies imports the predicate tables

    path = bundled_policy_dir() / "data" / "rds_tls_defaults.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _tls_parameter(engine: str) -> tuple[str, set[str], str] | None:
    """(parameter, accepted values, engine family) or None when the check does not apply."""
    if engine in ("postgres", "aurora-postgresql") or engine.startswith("sqlserver"):
        return "rds.force_ssl", {"1"}, "sqlserver" if engine.startswith("sqlserver") else engine
    if engine in ("mysql", "mariadb", "aurora-mysql", "aurora"):
        return "require_secure_transport", {"1", "on", "true"}, engine
    return None  # oracle (option groups), db2, custom engines


def _engine(resource: Resource, graph) -> Node | None:
    engine = resource.properties.get("engine")
    if engine is None:
        source = resource.properties.get("source_db")
        for parent in graph.targets(resource, source, RDS_DATABASES):
            if parent.properties.get("engine") is not None:
                return parent.properties.get("engine")
    return engine


def _parameter_group(resource: Resource, graph, node: Node | None) -> tuple[str, Any]:
    """("default", None), ("group", resource) or ("unknown", reason)."""
    if node is None or (not node.unknown and node.value is None):
        return "default", None
    if node.unknown:
        found = graph.targets(resource, node, PARAMETER_GROUP)
        if found:
            return "group", found[0]
        return "unknown", f"parameter group {node.value.reason}"
    name = str(node.value).strip()
    if not name or name.lower().startswith("default."):
        return "default", None
    for group in graph.by_kind.get(PARAMETER_GROUP[0], []):
        if group.native.scope == resource.native.scope and (_text(group.properties.get("name")) or "").lower() \
                == name.lower():
            return "group", group
    return "unknown", f"parameter group {name!r} is not in scope"


def _parameter(group: Resource, name: str) -> tuple[str, Node | None]:
    """("set", value node), ("unset", None) or ("unknown", node)."""
    parameters = group.properties.get("parameters")
    if parameters is None:
        return "unset", None
    if not parameters.unknown and isinstance(parameters.value, str):
        parameters = decode_json(parameters.value, parameters)
    if parameters.unknown:
        return "unknown", parameters
    if isinstance(parameters.value, dict):
        for key, value in parameters.value.items():
            if key.strip().lower() == name:
                return "set", value
        return "unset", None
    undecided: Node | None = None
    for item in parameters.items():
        if item.unknown or not isinstance(item.value, dict):
            undecided = undecided or item
            continue
        key = item.get("name")
        if key is None or key.unknown:
            undecided = undecided or item
        elif str(key.value).strip().lower() == name:
            value = item.get("value")
            return ("set", value) if value is not None else ("unset", None)
    return ("unknown", undecided) if undecided is not None else ("unset", None)


def _forced_by_default(family: str, version_text: str | None, version_node: Node | None) -> bool | None:
    """Whether the engine default forces TLS; None when the version that decides is unknown."""
    data = tls_defaults()
    threshold = data.get("forced_from", {}).get(family)
    if threshold is None:
        return False
    if version_text is None:
        if version_node is not None and version_node.unknown:
            return None
        return data.get("default_version_forced", {}).get(family)
    version, minimum = _version(version_text), _version(str(threshold))
    if version is None or minimum is None:
        return None
    if len(version) < len(minimum) and version == minimum[: len(version)]:
        return None  # "11" may be 11.4 or 11.8
    return version[: len(minimum)] >= minimum


def database_tls(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """The parameter group (or the engine default) forces TLS. SRM-RDS-004."""
    engine_node = _engine(resource, graph)
    if engine_node is None or engine_node.unknown:
        reason = "the engine is not set (it comes from the source database)" if engine_node is None \
            else f"the engine is not resolved statically ({engine_node.value.reason})"
        yield Hit("unknown", _where(engine_node, resource), reason)
        return
    engine = (_text(engine_node) or "").lower()
    setting = _tls_parameter(engine)
    if setting is None:
        return
    name, accepted, family = setting
    group_node = resource.properties.get("parameter_group")
    state, group = _parameter_group(resource, graph, group_node)
    if state == "unknown":
        yield Hit("unknown", _where(group_node, resource), group)
        return
    version_node = resource.properties.get("engine_version")
    version_text = _text(version_node)
    where, related = resource.location, tuple(resource.related)
    if state == "default":
        if group_node is not None and _text(group_node):
            where = group_node.location
            version_text = _text(group_node) if _version(_text(group_node)) else version_text
        shown = f"no parameter group sets {name}" if where == resource.location else \
            f"the default parameter group {_text(group_node)!r} is used"
    else:
        found, value = _parameter(group, name)
        if found == "unknown":
            yield Hit("unknown", _where(value, group), f"the parameters of {group.address} are not resolved statically")
            return
        if found == "set":
            text = _text(value)
            if value is None or value.unknown or text is None:
                yield Hit("unknown", _where(value, group), f"{name} is not resolved statically")
                return
            if text.lower() in accepted:
                return
            yield Hit("fail", value.location, f"{name} is {text} in {group.address}",
                      (_where(group_node, resource), *related))
            return
        where = group.location
        related = (_where(group_node, resource), *related)
        family_text = _text(group.properties.get("family"))
        if family_text and _version(family_text):
            version_text = family_text
        shown = f"{group.address} does not set {name}"
    forced = _forced_by_default(family, version_text, version_node)
    if forced is True:
        return
    if forced is None:
        yield Hit("unknown", _where(version_node, resource),
                  f"{shown}, and whether the {engine} default forces TLS depends on an engine version that is "
                  "not resolved statically")
        return
    yield Hit("fail", where, f"{shown}; the {engine} default does not force TLS", related)


# -- SRM-RDS-005: automated backups ----------------------------------------------------------------


def backup_retention(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """Automated backups kept at least `min_days` (0 disables them). SRM-RDS-005."""
    minimum = int(params.get("min_days", 1))
    node = resource.properties.get("backup_retention_period")
    if node is None:
        return
    days = _int(node)
    if days is None:
        reason = node.value.reason if node.unknown else f"{node.value!r} is not a number"
        yield Hit("unknown", node.location, f"backup_retention_period is not resolved statically ({reason})")
        return
    if days == 0:
        yield Hit("fail", node.location, "backup_retention_period is 0, which disables automated backups")
    elif days < minimum:
        shown = "not set (1 day)" if node.state == DEFAULT else f"{days} day{'s' if days != 1 else ''}"
        yield Hit("fail", node.location, f"backup_retention_period is {shown}, below {minimum} days")


# -- SRM-RS-001/002: Redshift defaults by provider version -----------------------------------------


def _secure_defaults(resource: Resource, graph) -> bool | None:
    """Whether an unset publicly_accessible / encrypted is safe: CloudFormation (AWS's 2025
    defaults: private and encrypted) and AWS provider v6; not provider v5 (catalogue 3.2, 4.5)."""
    if resource.framework == CLOUDFORMATION:
        return True
    major = graph.fact(resource, "aws_provider_major")
    return None if major is None else int(major) >= 6


def redshift_setting(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """`property` must be `safe` (a boolean); unset is safe on CloudFormation and AWS provider
    v6, unsafe on v5. SRM-RS-001, SRM-RS-002."""
    name, safe = params["property"], bool(params["safe"])
    node = resource.properties.get(name)
    if node is None or (not node.unknown and node.value is None):
        secure = _secure_defaults(resource, graph)
        if secure is None:
            yield Hit("unknown", resource.location, f"{name} is not set and the AWS provider version is unknown")
        elif not secure:
            shown = "true" if not safe else "false"
            yield Hit("fail", _where(node, resource), f"{name} is not set, which means {shown} with AWS provider v5")
        return
    value = _truth(node)
    if value is None:
        yield Hit("unknown", node.location, f"{name} is not resolved statically")
    elif value != safe:
        yield Hit("fail", node.location, f"{name} is {'true' if value else 'false'}")


# -- SRM-OS-002: OpenSearch domain open to anyone --------------------------------------------------




def _in_vpc(resource: Resource) -> bool | None:
    vpc = resource.properties.get("vpc_options")
    if vpc is None or vpc.value is None or vpc.value == [] or vpc.value == {}:
        return False
    if vpc.unknown or any(item.unknown for item in vpc.items()):
        return None
    return True


def _fine_grained(resource: Resource) -> bool | None:
    """Fine-grained access control on, without anonymous access."""
    options = resource.properties.get("advanced_security")
    if options is None:
        return False
    if options.unknown:
        return None
    verdicts = []
    for item in options.items():
        if item.unknown:
            verdicts.append(None)
            continue
        enabled, anonymous = _truth(item.get("enabled")), _truth(item.get("anonymous_auth_enabled"))
        verdicts.append(all3([enabled, None if anonymous is None else not anonymous]))
    return all3(verdicts) if verdicts else False


def _not_star(node: Node) -> bool:
    """An unknown string whose known text already makes it something other than "*"."""
    text = node.value.text if node.unknown else None
    if not text:
        return False
    known = re.sub(PLACEHOLDER_OPEN + "[^" + PLACEHOLDER_CLOSE + "]*" + PLACEHOLDER_CLOSE, "", text)
    return known.strip() not in ("", "*")


def _public_principal(statement: Node) -> bool | None:
    """pd.is_public_principal, also deciding principals such as
    arn:aws:iam::${account_id}:role/x, whose known text rules out "*"."""
    verdict = pd.is_public_principal(statement)
    if verdict is not None or statement.unknown:
        return verdict
    principal = statement.get("Principal")
    if principal is None:
        return verdict
    if principal.unknown:
        return False if _not_star(principal) else None
    aws = principal.get("AWS") if isinstance(principal.value, dict) else None
    if aws is None or aws.unknown and not aws.value.text:
        return verdict
    items = aws.items()
    if any(not n.unknown and isinstance(n.value, str) and n.value.strip() == "*" for n in items):
        return True
    return False if all(not n.unknown or _not_star(n) for n in items) else None


def open_domain(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """A public-endpoint domain whose access policy allows anyone without a restricting condition,
    and no fine-grained access control. SRM-OS-002."""
    if resource.partial:
        return  # a domain policy whose domain is not in scope: its endpoint is unknown
    in_vpc, fine_grained = _in_vpc(resource), _fine_grained(resource)
    if in_vpc is True or fine_grained is True:
        return
    policy = resource.properties.get("access_policies")
    if policy is None:
        return
    for statement in pd.statements(pd.document(policy)):
        restricting = pd.is_restricting(statement)
        verdict = all3([pd.is_allow(statement), _public_principal(statement),
                         None if restricting is None else not restricting])
        if verdict is True and in_vpc is False and fine_grained is False:
            yield Hit("fail", statement.location, "allows anyone (Principal \"*\") without a restricting condition, "
                      "on a public endpoint without fine-grained access control (or with anonymous access)")
        elif verdict is True:
            yield Hit("unknown", statement.location, "allows anyone (Principal \"*\") without a restricting condition; "
                      "whether the domain is in a VPC or uses fine-grained access control is not resolved statically")
        elif verdict is None:
            yield Hit("unknown", statement.location, "statement elements are not resolved statically")


# -- SRM-DDB-002: DynamoDB table key ---------------------------------------------------------------


def table_key(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """Server-side encryption with a KMS key (AWS managed or, with `require_cmk`, the customer's),
    not the default AWS-owned key. SRM-DDB-002."""
    sse = resource.properties.get("sse")
    if sse is None:
        yield Hit("fail", resource.location, "server-side encryption is not configured, so the table uses an "
                  "AWS-owned key")
        return
    if sse.unknown or any(block.unknown for block in sse.items()):
        yield Hit("unknown", sse.location, "server-side encryption is not resolved statically")
        return
    if not sse.items():
        yield Hit("fail", sse.location, "server-side encryption is not configured, so the table uses an "
                  "AWS-owned key")
        return
    sse = sse.items()[0]
    enabled = sse.get("enabled")
    verdict = _truth(enabled)
    if verdict is None:
        yield Hit("unknown", _where(enabled, resource), "server-side encryption is not resolved statically")
        return
    if not verdict:
        yield Hit("fail", _where(enabled, resource), "server-side encryption with KMS is not enabled, so the table "
                  "uses an AWS-owned key")
        return
    if not params.get("require_cmk"):
        return
    keys = [sse.get("kms_key")] if sse.get("kms_key") is not None else []
    replicas = resource.properties.get("replicas")
    keys += [r.get("kms_key") for r in (replicas.items() if replicas is not None else []) if r.get("kms_key")]
    if not keys:
        yield Hit("fail", sse.location, "no customer-managed KMS key is set (the AWS managed key aws/dynamodb "
                  "is used)")
        return
    for key in keys:
        if key.unknown:
            continue  # a computed key ARN is a customer key
        text = _text(key) or ""
        if not text or text.lower().endswith("alias/aws/dynamodb"):
            yield Hit("fail", key.location, "the AWS managed key aws/dynamodb is used, not a customer-managed key")


# -- SRM-SNS-001, SRM-SQS-001: a KMS key, or the service-managed default ---------------------------


def _key_state(node: Node | None) -> bool | None:
    """Whether a KMS key id is set: a written value, or a reference to something (a key, an
    alias, a module output). Null, "" and unset are not; a variable without value is unknown."""
    if node is None:
        return False
    if node.unknown:
        return True if node.value.refs or _not_star(node) else None
    return node.value is not None and str(node.value).strip() != ""


def encryption_key(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """A KMS key is set (`key`), unless the service-managed encryption flag (`managed`, on by
    default) is left on. SRM-SNS-001, SRM-SQS-001."""
    key_name = params["key"]
    key = resource.properties.get(key_name)
    managed_name = params.get("managed")
    if managed_name:
        managed = resource.properties.get(managed_name)
        if managed is None or (not managed.unknown and managed.value is None):
            return
        on = _truth(managed)
        if on is True:
            return
        has_key = _key_state(key)
        if has_key is True:
            return
        if on is None or has_key is None:
            yield Hit("unknown", managed.location, f"{managed_name} or {key_name} is not resolved statically")
            return
        yield Hit("fail", managed.location, f"{managed_name} is false and {key_name} is not set")
        return
    has_key = _key_state(key)
    if has_key is None:
        yield Hit("unknown", key.location, f"{key_name} is not resolved statically ({key.value.reason})")
    elif not has_key:
        shown = "not set" if key is None or key.value is None else "empty"
        yield Hit("fail", _where(key, resource), f"{key_name} is {shown}")


PREDICATES = {
    "datastores.public_database_reachable": public_database_reachable,
    "datastores.database_tls": database_tls,
    "datastores.backup_retention": backup_retention,
    "datastores.open_domain": open_domain,
    "datastores.table_key": table_key,
    "datastores.redshift_setting": redshift_setting,
    "datastores.encryption_key": encryption_key,
}
TESTS: dict = {}
