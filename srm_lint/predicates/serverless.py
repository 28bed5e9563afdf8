"""Predicates and tests for Lambda, ECR and ECS.

`containers(resource)` is the shared reader of an ECS task definition's container definitions
(Terraform writes them as JSON); other groups' checks may import it.
"""

from __future__ import annotations

import datetime
import fnmatch
import json
import re
from collections.abc import Iterator
from functools import lru_cache

from ..jsonpos import decode_json
from ..model import PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN, Hit, Node, Resource
from . import iam

RUNTIMES_FILE = "lambda_runtimes.json"


# -- Lambda runtimes (SRM-LMB-003) -------------------------------------------------------------------


@lru_cache(maxsize=1)
def runtime_table() -> dict:
    """policies/data/lambda_runtimes.json: {as_of, runtimes: {identifier: {end_of_support, …}}}."""
    from ..policies import bundled_policy_dir  # policies imports this package

    path = bundled_policy_dir() / "data" / RUNTIMES_FILE
    return json.loads(path.read_text(encoding="utf-8"))


def _as_of(params: dict, table: dict) -> datetime.date:
    return datetime.date.fromisoformat(str(params.get("as_of") or table["as_of"]))


def deprecated_runtime(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """The function's runtime reached its end of support on or before the as-of date."""
    runtime = resource.properties.get("runtime")
    if runtime is None or runtime.value in (None, ""):
        return  # a container image function (or nothing to judge)
    if runtime.unknown:
        yield Hit("unknown", runtime.location, f"runtime: {runtime.value.reason}")
        return
    table = runtime_table()
    as_of = _as_of(params, table)
    name = str(runtime.value).strip()
    entry = table["runtimes"].get(name)
    if entry is None:
        yield Hit("unknown", runtime.location, f"runtime {name!r} is not in the runtime table "
                  f"(data as of {table['as_of']})")
        return
    end = datetime.date.fromisoformat(entry["end_of_support"])
    if end <= as_of:
        blocked = f"; updates blocked from {entry['block_update']}" if "block_update" in entry else ""
        yield Hit("fail", runtime.location, f"runtime {name} reached end of support on {end.isoformat()} "
                  f"(as of {as_of.isoformat()}{blocked})")


# -- execution role (SRM-LMB-005) ------------------------------------------------------------------

ROLE_KINDS = ("aws.iam.role",)
POLICY_KINDS = ("aws.iam.policy",)


def _role_name_in_arn(text: str) -> str | None:
    """The role name at the end of a role ARN (`arn:…:role/path/name`), when it is written."""
    match = re.fullmatch(r"arn:[^:]*:iam::[^:]*:role/(?:[^\s]*/)?([\w+=,.@-]+)", text.strip())
    if match is None or PLACEHOLDER_OPEN in match[1] or PLACEHOLDER_CLOSE in match[1]:
        return None
    return match[1]


def _same_scope(graph, resource: Resource, kinds: tuple[str, ...]) -> list[Resource]:
    return [r for r in graph.kinds(list(kinds)) if r.native.scope == resource.native.scope]


def _named(graph, resource: Resource, name: str, kinds: tuple[str, ...], prop: str) -> list[Resource]:
    found = []
    for candidate in _same_scope(graph, resource, kinds):
        value = candidate.properties.get(prop)
        if value is not None and not value.unknown and value.value == name:
            found.append(candidate)
    return found


def execution_roles(resource: Resource, graph) -> list[Resource] | None:
    """The roles a function's `role` names (by reference, or by the name in a literal ARN); None
    when it names none that is in scope."""
    node = resource.properties.get("role")
    if node is None:
        return None
    roles = graph.targets(resource, node, ROLE_KINDS)
    if roles:
        return roles
    text = node.value if isinstance(node.value, str) else node.value.text if node.unknown else None
    name = _role_name_in_arn(text) if isinstance(text, str) else None
    if name is None:
        return None
    return _named(graph, resource, name, ROLE_KINDS, "role_name") or None


def _refers_to(graph, carrier: Resource, prop: str, role: Resource) -> bool:
    """Whether a policy or attachment names the role in `prop` (reference or literal name)."""
    node = carrier.properties.get(prop)
    if node is None:
        return False
    if role in graph.targets(carrier, node, ROLE_KINDS):
        return True
    name = role.properties.get("role_name")
    if name is None or name.unknown:
        return False
    return any(not n.unknown and n.value == name.value for n in node.items())


def role_policy_hits(role: Resource, graph) -> list[Hit]:
    """IAM-001 verdicts on every policy the role carries: its inline and managed policies,
    policies naming it in their roles, and attachments to it (following a policy ARN to the policy
    in scope)."""
    hits = list(iam.admin_access(role, graph, {}))
    managed = role.properties.get("managed_policy_arns")
    seen: list[Resource] = []
    for policy in graph.targets(role, managed, POLICY_KINDS):
        seen.append(policy)
        hits.extend(iam.admin_access(policy, graph, {}))
    for policy in _same_scope(graph, role, POLICY_KINDS):
        if policy not in seen and _refers_to(graph, policy, "roles", role):
            seen.append(policy)
            hits.extend(iam.admin_access(policy, graph, {}))
    for attachment in _same_scope(graph, role, ("aws.iam.policy_attachment",)):
        if not _refers_to(graph, attachment, "roles", role):
            continue
        hits.extend(iam.admin_access(attachment, graph, {}))
        for policy in graph.targets(attachment, attachment.properties.get("policy_arn"), POLICY_KINDS):
            if policy not in seen:
                seen.append(policy)
                hits.extend(iam.admin_access(policy, graph, {}))
    return hits


def admin_execution_role(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """The function's execution role carries a policy that meets SRM-IAM-001."""
    node = resource.properties.get("role")
    if node is None or node.value in (None, ""):
        return
    roles = execution_roles(resource, graph)
    if roles is None:
        if node.unknown:
            reason = node.value.reason
        else:
            reason = f"{node.value!r} names no role in scope"
        yield Hit("unknown", node.location, f"execution role: {reason}")
        return
    for role in roles:
        hits = role_policy_hits(role, graph)
        failed = [h for h in hits if h.state == "fail"]
        if failed:
            related = tuple(dict.fromkeys([role.location, *(h.location for h in failed)]))
            yield Hit("fail", node.location, f"execution role {role.address} {failed[0].message}", related)
        elif hits:
            yield Hit("unknown", node.location, f"execution role {role.address}: {hits[0].message}",
                      tuple(dict.fromkeys([role.location, *(h.location for h in hits)])))


# -- asynchronous failure destination (SRM-LMB-007) ------------------------------------------------


def _names_function(graph, config: Resource, function: Resource) -> bool | None:
    node = config.properties.get("function")
    if node is None:
        return False
    if function in graph.targets(config, node, ("aws.lambda.function",)):
        return True
    name = function.properties.get("name")
    if node.unknown:
        # it refers to another resource in scope, or to something only known at deployment
        return False if graph.targets(config, node) else None
    if name is None or name.unknown or not isinstance(node.value, str):
        return None if name is None or name.unknown else False
    written = node.value.strip()
    # a name, a partial ARN (123456789012:function:name) or an ARN, optionally with a qualifier
    match = re.search(r"(?:^|:function:)([\w-]+)(?::[\w$-]+)?$", written)
    return match is not None and match[1] == name.value


def failure_destination(resource: Resource, graph, params: dict) -> bool | None:
    """An event invoke configuration in scope sends the function's failed asynchronous
    invocations to an on-failure destination."""
    verdict: bool | None = False
    for config in _same_scope(graph, resource, ("aws.lambda.event_invoke_config",)):
        if config.properties.get("on_failure") is None:
            continue
        names = _names_function(graph, config, resource)
        if names:
            return True
        if names is None:
            verdict = None
    return verdict


# -- ECR registry scanning (SRM-ECR-001) -----------------------------------------------------------

SCANNING_FREQUENCIES = {"SCAN_ON_PUSH", "CONTINUOUS_SCAN"}


def _filter_matches(pattern: str, name: Node | None) -> bool | None:
    if pattern.replace("*", "") == "":
        return True
    if name is None or name.unknown or not isinstance(name.value, str):
        return None
    return fnmatch.fnmatchcase(name.value, pattern.replace("[", "[[]"))


def registry_scans_repository(resource: Resource, graph, params: dict) -> bool | None:
    """A registry scanning configuration in the scan (one account) has a rule that scans this
    repository on push or continuously: a wildcard filter matching the repository name."""
    name = resource.properties.get("name")
    verdict: bool | None = False
    for config in graph.by_kind.get("aws.ecr.registry_scanning", []):
        rules = config.properties.get("rules")
        for rule in rules.items() if rules is not None else []:
            if rule.unknown:
                verdict = None
                continue
            frequency = rule.get("scan_frequency")
            if frequency is None or (not frequency.unknown and str(frequency.value).upper()
                                     not in SCANNING_FREQUENCIES):
                continue
            filters = rule.get("filters")
            for entry in filters.items() if filters is not None else []:
                pattern = entry.get("filter") if isinstance(entry.value, dict) else None
                if entry.unknown or pattern is None or pattern.unknown or frequency.unknown:
                    verdict = None
                    continue
                matched = _filter_matches(str(pattern.value), name)
                if matched:
                    return True
                if matched is None:
                    verdict = None
    return verdict


# -- ECS container definitions (SRM-ECS-001; read by SRM-ECS-002) ----------------------------------


def containers(resource: Resource) -> list[Node]:
    """The container definitions of a task definition as dict Nodes with the ECS API's keys
    (name, image, privileged, environment [{name, value}], …; read them with `container_field`).
    A JSON string is decoded; what cannot be resolved is returned as an unknown Node."""
    node = resource.properties.get("containers")
    if node is None:
        return []
    if isinstance(node.value, str):
        node = decode_json(node.value, node)
    elif node.unknown and node.value.text and PLACEHOLDER_OPEN in node.value.text:
        decoded = decode_json(quote_placeholders(node.value.text), node)
        node = decoded if not decoded.unknown else node
    if node.unknown:
        return [node]
    if isinstance(node.value, list):
        return [item for item in node.value if item.unknown or isinstance(item.value, dict)]
    return []


def quote_placeholders(text: str) -> str:
    """JSON text with interpolated parts (`"cpu": ${var.cpu}` in a heredoc) made readable: each
    unknown part outside a string becomes a string of its own, so that the document still parses
    and only that value is unknown. Line breaks are kept, so positions stay right."""
    out: list[str] = []
    in_string = False
    index = 0
    while index < len(text):
        char = text[index]
        if char == PLACEHOLDER_OPEN:
            end = text.find(PLACEHOLDER_CLOSE, index)
            if end < 0:
                return text
            part = json.dumps(text[index:end + 1], ensure_ascii=False)
            out.append(part if not in_string else part[1:-1])
            index = end + 1
            continue
        if in_string and char == "\\":
            out.append(text[index:index + 2])
            index += 2
            continue
        if char == '"':
            in_string = not in_string
        out.append(char)
        index += 1
    return "".join(out)


def container_field(container: Node, key: str) -> Node | None:
    """A container definition's key, case-insensitively (the ECS JSON reader ignores case)."""
    if not isinstance(container.value, dict):
        return None
    if key in container.value:
        return container.value[key]
    for name, value in container.value.items():
        if name.lower() == key.lower():
            return value
    return None


def _container_name(container: Node) -> str:
    name = container_field(container, "name")
    return f"container {name.value!r}" if name is not None and isinstance(name.value, str) else "a container"


def privileged_container(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """A container runs privileged, or the task shares the host's process namespace."""
    for container in containers(resource):
        if container.unknown:
            yield Hit("unknown", container.location, f"container definitions: {container.value.reason}")
            continue
        privileged = container_field(container, "privileged")
        if privileged is None:
            continue
        if privileged.unknown:
            yield Hit("unknown", privileged.location, f"privileged: {privileged.value.reason}")
        elif privileged.value is True or (isinstance(privileged.value, str) and privileged.value.lower() == "true"):
            yield Hit("fail", privileged.location, f"{_container_name(container)} runs privileged")
    pid_mode = resource.properties.get("pid_mode")
    if pid_mode is None:
        return
    if pid_mode.unknown:
        yield Hit("unknown", pid_mode.location, f"pid_mode: {pid_mode.value.reason}")
    elif isinstance(pid_mode.value, str) and pid_mode.value.lower() == "host":
        yield Hit("fail", pid_mode.location, "the task shares the host's process namespace (pid mode host)")


PREDICATES = {
    "serverless.deprecated_runtime": deprecated_runtime,
    "serverless.admin_execution_role": admin_execution_role,
    "serverless.privileged_container": privileged_container,
}
TESTS = {
    "serverless.failure_destination": failure_destination,
    "serverless.registry_scans_repository": registry_scans_repository,
}
