"""Predicates and tests for CloudTrail, CloudWatch, GuardDuty, Config, Security Hub, tagging and
Secrets Manager rotation."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ..model import TERRAFORM, Hit, Node, Resource
from ..values import all3

# -- three-valued helpers -------------------------------------------------------------------------


def _any3(values: Iterable[bool | None]) -> bool | None:
    """True if one is true, else None if one is unknown, else False."""
    seen_unknown = False
    for value in values:
        if value is True:
            return True
        if value is None:
            seen_unknown = True
    return None if seen_unknown else False


# references to declarations (inputs, locals) rather than to resources
DECLARATIONS = ("var.", "local.", "Parameters.")


def _resource_refs(node: Node) -> list[str]:
    return [ref for ref in node.value.refs if not ref.startswith(DECLARATIONS)]


def _is_set(node: Node | None) -> bool | None:
    """Whether a value is written and not empty. A value that refers to another resource (a key's
    ARN, a log group's ARN) or imports another stack's export is set even though it is known only
    after deployment; any other unknown value (a variable without a default, a parameter) is
    undecided."""
    if node is None:
        return False
    if node.unknown:
        # another stack's export is never empty
        return True if _resource_refs(node) or node.value.reason.startswith("Fn::ImportValue") else None
    if node.value is None:
        return False
    if isinstance(node.value, str) and not node.value.strip():
        return False
    if isinstance(node.value, (list, dict)) and not node.value:
        return False
    return True


def _int(node: Node) -> int | None:
    if isinstance(node.value, bool):
        return None
    try:
        return int(str(node.value).strip())
    except ValueError:
        return None


def _literal(node: Node | None) -> str | None:
    if node is None or node.unknown or not isinstance(node.value, str):
        return None
    return node.value


def _same_scope(a: Resource, b: Resource) -> bool:
    return a.native.scope == b.native.scope


def _in_scope(graph, scope: str, ref: str) -> bool:
    """Whether a reference names a resource declared in the scan (any kind)."""
    base = ref[: ref.rindex("[")] if ref.endswith("]") and "[" in ref else ref
    return (scope, ref) in graph.natives or (scope, base) in graph.natives or any(
        s == scope and address.startswith(base + "[") for s, address in graph.natives)


# -- SRM-CT-003 and friends: a value that must be set ---------------------------------------------


def required_value(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """params.property must be written and not empty (SRM-CT-003: the trail's KMS key)."""
    name = params["property"]
    node = resource.properties.get(name)
    verdict = _is_set(node)
    if verdict is True or resource.partial:
        return
    where = resource.location if node is None else node.location
    if verdict is None:
        yield Hit("unknown", where, f"{name} is not resolved statically ({node.value.reason})")
    else:
        yield Hit("fail", where, f"{name} is {'not set' if node is None else 'empty'}")


# -- SRM-CT-001: a trail that records every management event ------------------------------------


def _text(node: Node | None) -> str | None | bool:
    """A literal string, None when unknown, False when absent."""
    if node is None:
        return False
    if node.unknown:
        return None
    return str(node.value)


def _basic_selector(selector: Node) -> bool | None:
    if selector.unknown:
        return None
    included = selector.get("management_events")
    kind = _text(selector.get("read_write_type"))
    excluded = _is_set(selector.get("excluded_sources"))  # KMS or RDS Data API events left out
    if included is None or included.unknown or kind is None or excluded is None:
        return None
    return str(included.value).lower() == "true" and kind == "All" and not excluded


def _advanced_selector(selector: Node) -> bool | None:
    """A selector on eventCategory = Management without a readOnly filter."""
    if selector.unknown:
        return None
    fields = selector.get("field_selectors")
    management, read_only, unknown = False, False, False
    for field in fields.items() if fields is not None else []:
        name = _text(field.get("field")) if isinstance(field.value, dict) else None
        if name is None:
            unknown = True
        elif name == "readOnly":
            read_only = True
        elif name == "eventCategory":
            equals = field.get("equals")
            values = [_text(v) for v in equals.items()] if equals is not None else []
            if None in values:
                unknown = True
            management = management or "Management" in values
    if read_only:
        return False
    return True if management else None if unknown else False


def records_management_events(trail: Resource, graph, params: dict) -> bool | None:
    """The trail records read and write management events: no event selectors (the default), a
    selector including management events with ReadWriteType All and no excluded event sources,
    or an advanced selector on eventCategory Management without a readOnly filter (Security Hub
    CloudTrail.1, Config rule multi-region-cloudtrail-enabled)."""
    basic = trail.properties.get("event_selectors")
    advanced = trail.properties.get("advanced_selectors")
    if basic is None and advanced is None:
        return True
    verdicts = [_basic_selector(s) for s in (basic.items() if basic is not None else [])]
    verdicts += [_advanced_selector(s) for s in (advanced.items() if advanced is not None else [])]
    return _any3(verdicts)


# -- SRM-CW-001: log retention --------------------------------------------------------------------


def log_retention(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """Log events expire before params.min_days. Unset or 0 means never expire (passes)."""
    minimum = int(params.get("min_days", 365))
    node = resource.properties.get("retention_days")
    if node is None or node.value is None:
        return
    if node.unknown:
        yield Hit("unknown", node.location, f"retention is not resolved statically ({node.value.reason})")
        return
    days = _int(node)
    if days is None:
        yield Hit("unknown", node.location, f"retention {node.value!r} is not a number of days")
    elif 0 < days < minimum:
        yield Hit("fail", node.location, f"log events expire after {days} days (minimum {minimum})")


# -- SRM-CW-002: an alarm on root-user activity ----------------------------------------------------

ROOT_FILTER = re.compile(r'\$\.userIdentity\.type={1,2}"?Root"?(?![A-Za-z0-9_])')
LOG_GROUP_ARN = re.compile(r"^arn:[^:]*:logs:[^:]*:[^:]*:log-group:(?P<name>[^:]+)(:\*)?$")


def _log_group_ids(resource: Resource, node: Node | None, graph) -> set[tuple] | None:
    """Identities of the log group a property names: ("ref", scope, address) for a log group in
    scope, ("name", name) for its literal name. None when it cannot be told."""
    if node is None:
        return set()
    if node.unknown:
        ids: set[tuple] = set()
        for group in graph.targets(resource, node, ("aws.logs.log_group",)):
            ids.add(("ref", group.native.scope, group.address))
            name = _literal(group.properties.get("name"))
            if name:
                ids.add(("name", name))
        return ids or None
    text = _literal(node)
    if not text:
        return None
    match = LOG_GROUP_ARN.match(text.strip())
    return {("name", match["name"] if match else text.strip())}


def _root_pattern(pattern: Node | None) -> bool | None:
    if pattern is None:
        return False
    if pattern.unknown:
        return None
    return isinstance(pattern.value, str) and bool(ROOT_FILTER.search(re.sub(r"\s+", "", pattern.value)))


def _names(alarm: Resource) -> list[tuple[Node | None, Node | None]]:
    """(metric name, namespace) pairs an alarm watches."""
    pairs = [(alarm.properties.get("metric_name"), alarm.properties.get("namespace"))]
    queried = alarm.properties.get("queried_metrics")
    for metric in queried.items() if queried is not None else []:
        if isinstance(metric.value, dict):
            pairs.append((metric.get("metric_name"), metric.get("namespace")))
        elif metric.unknown:
            pairs.append((metric, metric))
    return [(name, space) for name, space in pairs if name is not None or space is not None]


def _equal_or_refers(node: Node | None, wanted: Node | None, source: Resource) -> bool | None:
    """The alarm's value equals the filter's literal, or refers to the filter itself."""
    if node is None or wanted is None:
        return False
    if node.unknown and wanted.unknown and not _resource_refs(node) and \
            (node.value.reason, node.value.text, node.value.refs) == \
            (wanted.value.reason, wanted.value.text, wanted.value.refs):
        return True  # the same deploy-time value on both sides (`!Ref AWS::StackName`, one variable)
    if node.unknown:
        return True if source.address in node.value.refs else None
    if wanted.unknown:
        return None
    return node.value == wanted.value


def _alarm_watches(alarm: Resource, metric: Node, source: Resource) -> bool | None:
    if not isinstance(metric.value, dict):
        return None if metric.unknown else False
    enabled = alarm.properties.get("actions_enabled")
    if enabled is not None and not enabled.unknown and str(enabled.value).lower() == "false":
        return False
    actions = _is_set(alarm.properties.get("alarm_actions"))
    if actions is False:
        return False
    watched = _any3(all3([_equal_or_refers(name, metric.get("name"), source),
                           _equal_or_refers(space, metric.get("namespace"), source)])
                    for name, space in _names(alarm))
    return all3([watched, actions])




def root_activity_alarm(trail: Resource, graph, params: dict) -> bool | None:
    """The trail sends events to a CloudWatch Logs group with a metric filter for root-user
    activity, and an alarm with actions watches that metric (SRM-CW-002, CIS 4.3)."""
    group = trail.properties.get("cloudwatch_log_group")
    if _is_set(group) is False:
        return False
    trail_ids = _log_group_ids(trail, group, graph)
    verdicts: list[bool | None] = []
    for metric_filter in graph.by_kind.get("aws.logs.metric_filter", []):
        filter_ids = _log_group_ids(metric_filter, metric_filter.properties.get("log_group"), graph)
        if trail_ids is None or filter_ids is None:
            on_group = None if _same_scope(trail, metric_filter) else False
        else:
            on_group = bool(trail_ids & filter_ids)
        if on_group is False:
            continue
        metrics = metric_filter.properties.get("metrics")
        alarmed = _any3(_alarm_watches(alarm, metric, metric_filter)
                        for metric in (metrics.items() if metrics is not None else [])
                        for alarm in graph.by_kind.get("aws.cloudwatch.alarm", []))
        verdicts.append(all3([on_group, _root_pattern(metric_filter.properties.get("pattern")), alarmed]))
    return _any3(verdicts)


# -- SRM-CFG-002: the recorder records everything and is started -----------------------------------

ALL_SUPPORTED = "ALL_SUPPORTED_RESOURCE_TYPES"


def config_recorder(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """Every supported resource type is recorded, none excluded, and (Terraform) a recorder
    status with is_enabled = true starts the recorder."""
    groups = resource.properties.get("recording_group")
    for group in groups.items() if groups is not None else []:
        if group.unknown:
            yield Hit("unknown", group.location, f"recording group is not resolved statically ({group.value.reason})")
            continue
        if not isinstance(group.value, dict):
            continue
        yield from _recording_group(group)
    if resource.framework == TERRAFORM:
        yield from _recorder_started(resource, graph)


def _recording_group(group: Node) -> Iterator[Hit]:
    """At most one hit per recording group: the strategy, else all_supported, else the lists."""
    strategy = group.get("use_only")
    every = group.get("all_supported")
    if strategy is not None and strategy.unknown:
        yield Hit("unknown", strategy.location, f"recording strategy is not resolved statically "
                  f"({strategy.value.reason})")
        return
    if strategy is not None and str(strategy.value) != ALL_SUPPORTED:
        yield Hit("fail", strategy.location, f"the recording strategy is {strategy.value}")
        return
    if strategy is None and every is not None:
        if every.unknown:
            yield Hit("unknown", every.location, f"all_supported is not resolved statically ({every.value.reason})")
            return
        if str(every.value).lower() == "false":
            yield Hit("fail", every.location, "all_supported is false: only the listed resource types are recorded")
            return
    for name, detail in (("exclusions", "resource types are excluded from recording"),
                         ("resource_types", "only the listed resource types are recorded")):
        node = group.get(name)
        verdict = _is_set(node)
        if verdict is None:
            yield Hit("unknown", node.location, f"{name} is not resolved statically ({node.value.reason})")
            return
        if verdict:
            yield Hit("fail", node.location, detail)
            return


def _recorder_started(recorder: Resource, graph) -> Iterator[Hit]:
    name = recorder.properties.get("name")
    stopped: list[Node] = []
    undecided = False
    for status in graph.by_kind.get("aws.config.recorder_status", []):
        link = status.properties.get("recorder")
        if link is None:
            continue
        if link.unknown:
            targets = graph.targets(status, link, ("aws.config.recorder",))
            linked = (True if recorder in targets else False) if targets else \
                (None if _same_scope(status, recorder) else False)
        else:
            known = _literal(name)
            linked = (link.value == known) if known is not None else None
        if linked is False:
            continue
        enabled = status.properties.get("enabled")
        if linked is True and enabled is not None and not enabled.unknown and str(enabled.value).lower() == "true":
            return
        if linked is True and enabled is not None and not enabled.unknown:
            stopped.append(enabled)
        else:
            undecided = True
    if undecided:
        yield Hit("unknown", recorder.location, "whether a recorder status starts the recorder is not resolved "
                  "statically")
    elif stopped:
        yield Hit("fail", stopped[0].location, "the recorder status sets is_enabled = false: the recorder is stopped",
                  (recorder.location,))
    else:
        yield Hit("fail", recorder.location, "no aws_config_configuration_recorder_status with is_enabled = true "
                  "starts the recorder (Terraform does not start it)")


# -- SRM-SM-001: secret rotation ------------------------------------------------------------------

SECRET_ARN = re.compile(r"^arn:[^:]*:secretsmanager:[^:]*:[^:]*:secret:(?P<name>.+)-[A-Za-z0-9]{6}$")
RATE = re.compile(r"^rate\(\s*(?P<count>\d+)\s+(?P<unit>minutes?|hours?|days?)\s*\)$", re.IGNORECASE)


def _rotation_links(rotation: Resource, secret: Resource, graph) -> bool | None:
    """Whether a rotation schedule configures this secret."""
    link = rotation.properties.get("secret")
    if link is None:
        return False
    if link.unknown:
        targets = graph.targets(rotation, link, ("aws.secretsmanager.secret",))
        if targets:
            return secret in targets
        if not _same_scope(rotation, secret):
            return False
        # a reference to another resource in scope (a database's managed secret) is not this
        # secret; an input or a resource out of scope may be
        refs = link.value.refs
        return False if refs and refs == _resource_refs(link) and \
            all(_in_scope(graph, rotation.native.scope, r) for r in refs) else None
    text = _literal(link)
    if text is None:
        return None
    match = SECRET_ARN.match(text)
    named = match["name"] if match else text
    name = _literal(secret.properties.get("name"))
    if name is not None:
        return named == name or text == name
    others = [_literal(s.properties.get("name")) for s in graph.by_kind.get(secret.kind, []) if s is not secret]
    return False if named in others or text in others else None


def _interval(rule: Node, max_days: int) -> tuple[bool | None, Node | None, str]:
    """(within max_days?, where, detail) for one rotation_rules block."""
    schedule = rule.get("schedule")
    days = rule.get("days")
    if schedule is not None:
        if schedule.unknown:
            return None, schedule, f"schedule_expression is not resolved statically ({schedule.value.reason})"
        rate = RATE.match(str(schedule.value).strip())
        if rate is None:
            return True, schedule, ""  # cron() expressions rotate at least yearly; accepted as a schedule
        count, unit = int(rate["count"]), rate["unit"].lower()
        if unit.startswith("day") and count > max_days:
            return False, schedule, f"rotates every {count} days (maximum {max_days})"
        return True, schedule, ""
    if days is not None:
        if days.unknown:
            return None, days, f"automatically_after_days is not resolved statically ({days.value.reason})"
        count = _int(days)
        if count is None:
            return None, days, f"automatically_after_days {days.value!r} is not a number"
        if count > max_days:
            return False, days, f"rotates every {count} days (maximum {max_days})"
        return True, days, ""
    return False, rule, "the rotation rules set no interval"


def secret_rotation(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """A rotation schedule refers to the secret and rotates it at least every params.max_days."""
    max_days = int(params.get("max_days", 90))
    failures: list[Hit] = []
    undecided: list[str] = []
    schedules: list[tuple[Resource, Node | None]] = []
    inline = resource.properties.get("inline_rotation_rules")
    if inline is not None:
        schedules.append((resource, inline))
    for rotation in graph.by_kind.get("aws.secretsmanager.rotation", []):
        linked = _rotation_links(rotation, resource, graph)
        if linked is None:
            undecided.append(f"{rotation.address} may rotate it (its secret is not resolved statically)")
        elif linked:
            schedules.append((rotation, rotation.properties.get("rules")))
    for rotation, rules in schedules:
        if rules is None:
            # Terraform requires rotation_rules; a CloudFormation schedule without them keeps
            # whatever rules the secret already has
            undecided.append(f"{rotation.address} sets no rotation rules")
            continue
        for rule in rules.items():
            if rule.unknown:
                undecided.append(f"rotation rules are not resolved statically ({rule.value.reason})")
                continue
            within, where, detail = _interval(rule, max_days)
            if within is True:
                return
            if within is None:
                undecided.append(detail)
            else:
                failures.append(Hit("fail", where.location, detail, (resource.location,)))
    if undecided:
        yield Hit("unknown", resource.location, undecided[0])
    elif failures:
        yield from failures
    else:
        yield Hit("fail", resource.location, "no rotation schedule refers to the secret")


# -- SRM-GOV-002: required tags -------------------------------------------------------------------

TAGGABLE_FILE = "taggable_types.json"


@lru_cache(maxsize=1)
def taggable_types() -> dict:
    """policies/data/taggable_types.json: {as_of, terraform: [...], cloudformation: [...]}."""
    from ..policies import bundled_policy_dir  # policies imports this package

    path = bundled_policy_dir() / "data" / TAGGABLE_FILE
    table = json.loads(path.read_text(encoding="utf-8"))
    return {"terraform": frozenset(table["terraform"]), "cloudformation": frozenset(table["cloudformation"])}


def _tag_keys(node: Node | None) -> tuple[set[str], bool]:
    """The keys of a tags value (Terraform map, CloudFormation list of Key/Value or map), and
    whether some key is unknown."""
    keys: set[str] = set()
    if node is None or node.value is None:
        return keys, False
    if node.unknown:
        return keys, True
    unknown = False
    if isinstance(node.value, dict):
        keys.update(node.value)
    elif isinstance(node.value, list):
        for item in node.value:
            key = (item.get("Key") or item.get("key")) if isinstance(item.value, dict) else None
            if item.unknown or key is None or key.unknown:
                unknown = True
            else:
                keys.add(str(key.value))
    return keys, unknown


def _default_tags(resource: Resource, graph) -> tuple[set[str], bool]:
    """The keys of the AWS provider's default_tags (the unaliased provider; with only aliased
    providers, the keys they all set)."""
    providers = [n for (scope, _), n in graph.natives.items()
                 if scope == resource.native.scope and n.native_type == "provider.aws"]
    default = [p for p in providers if p.body.get("alias") is None]
    chosen = default or providers
    found: list[tuple[set[str], bool]] = []
    for provider in chosen:
        keys: set[str] = set()
        unknown = False
        blocks = provider.body.get("default_tags")
        for block in blocks.items() if blocks is not None else []:
            if block.unknown:
                unknown = True
                continue
            more, more_unknown = _tag_keys(block.get("tags") if isinstance(block.value, dict) else None)
            keys |= more
            unknown = unknown or more_unknown
        found.append((keys, unknown))
    if not found:
        return set(), False
    return set.intersection(*[k for k, _ in found]), any(u for _, u in found)


def required_tags(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """Every key of params.required_tags is in the resource's tags (Terraform: with the provider's
    default_tags). Resource types that take no tags are skipped."""
    if resource.partial:
        return
    required = [str(key) for key in params.get("required_tags", [])]
    native = resource.native
    if not native.native_type.startswith("aws_" if native.framework == TERRAFORM else "AWS::"):
        return  # data sources (whose tags are filters), declarations
    node = native.body.get("tags" if native.framework == TERRAFORM else "Tags")
    if node is None and native.native_type not in taggable_types()[native.framework]:
        return
    keys, unknown = _tag_keys(node)
    if native.framework == TERRAFORM:
        more, more_unknown = _default_tags(resource, graph)
        keys |= more
        unknown = unknown or more_unknown
    missing = [key for key in required if key not in keys]
    if not missing:
        return
    where = resource.location if node is None else node.location
    detail = ", ".join(missing)
    if unknown:
        yield Hit("unknown", where, f"whether the tags include {detail} is not resolved statically")
    else:
        yield Hit("fail", where, f"missing required tag{'s' if len(missing) > 1 else ''} {detail}")


PREDICATES: dict = {
    "monitoring.required_value": required_value,
    "monitoring.log_retention": log_retention,
    "monitoring.config_recorder": config_recorder,
    "monitoring.secret_rotation": secret_rotation,
    "monitoring.required_tags": required_tags,
}
TESTS: dict = {
    "monitoring.records_management_events": records_management_events,
    "monitoring.root_activity_alarm": root_activity_alarm,
}
