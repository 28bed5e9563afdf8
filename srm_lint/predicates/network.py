"""Network exposure (catalogue 3.5): security-group ingress from the internet in every rule form,
IPv4 and IPv6; rules on a VPC's default security group; network ACL entries evaluated in rule-number
order; VPC flow logs."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Hit, Location, Node, Resource
from ..values import all3, any3, truthy

PROTOCOLS = {"tcp": "tcp", "6": "tcp", "udp": "udp", "17": "udp", "icmp": "icmp", "1": "icmp",
             "icmpv6": "icmpv6", "58": "icmpv6", "-1": "all", "all": "all"}


@dataclass
class Rule:
    node: Node
    location: Location


def ingress_rules(resource: Resource) -> Iterator[Rule | Hit]:
    """The ingress rules of a security group or a standalone rule resource."""
    if resource.kind == "aws.ec2.security_group":
        ingress = resource.properties.get("ingress")
        if ingress is not None and ingress.unknown:
            yield Hit("unknown", ingress.location,
                      f"ingress rules are not resolved statically ({ingress.value.reason})")
            return
        for rule in ingress.items() if ingress is not None else []:
            if rule.unknown:
                yield Hit("unknown", rule.location, f"ingress rule is not resolved statically ({rule.value.reason})")
            else:
                yield Rule(rule, rule.location)
        return
    direction = resource.properties.get("direction")
    if direction is None or direction.unknown:
        yield Hit("unknown", resource.location, "rule direction is not resolved statically")
    elif direction.value == "ingress":
        yield Rule(resource.properties, resource.location)


def protocol(rule: Node) -> str | None:
    """tcp, udp, icmp, icmpv6, all (every protocol), or other (another protocol number: every
    port of that protocol, but not tcp or udp traffic); None when unknown."""
    node = rule.get("protocol")
    if node is None or node.unknown:
        return None
    text = str(node.value).strip().lower()
    if text in PROTOCOLS:
        return PROTOCOLS[text]
    # AWS: any other protocol number allows all ports (of that protocol)
    return "other" if text.lstrip("-").isdigit() else None


def _port(rule: Node, name: str) -> int | None:
    node = rule.get(name)
    if node is None or node.unknown:
        return None
    try:
        return int(str(node.value))
    except ValueError:
        return None


def public_source(rule: Node) -> str | bool | None:
    """The first source CIDR with prefix length 0 (0.0.0.0/0, ::/0, ::0/0 …); False when there
    is none; None when a source is unknown or unreadable."""
    verdicts: list[str | bool | None] = []
    for name in ("cidr_ipv4", "cidr_ipv6"):
        node = rule.get(name)
        for item in node.items() if node is not None else []:
            if item.unknown:
                verdicts.append(None)
                continue
            text = str(item.value).strip()
            try:
                verdicts.append(text if ipaddress.ip_network(text, strict=False).prefixlen == 0 else False)
            except ValueError:
                verdicts.append(None)
    public = [v for v in verdicts if isinstance(v, str)]
    if public:
        return public[0]
    return None if any(v is None for v in verdicts) else False


def covers(rule: Node, port: int, protocols: set[str]) -> bool | None:
    """Whether the rule admits tcp/udp traffic to `port`: every protocol, or one of `protocols`
    with the port in range. A rule for another protocol number (GRE, ESP…) admits only that
    protocol."""
    proto = protocol(rule)
    if proto is None:
        return None
    if proto == "all":
        return True
    if proto not in protocols:
        return False
    low, high = _port(rule, "from_port"), _port(rule, "to_port")
    if low is None or high is None:
        return None
    return low <= port <= high


def all_ports(rule: Node) -> bool | None:
    proto = protocol(rule)
    if proto is None:
        return None
    if proto in ("all", "other"):
        return True
    if proto not in ("tcp", "udp"):
        return False
    low, high = _port(rule, "from_port"), _port(rule, "to_port")
    if low is None or high is None:
        return None
    return low <= 1 and high == 65535






def port_specs(ports: list) -> list[tuple[str, int, set[str]]]:
    """`22/tcp` is tcp port 22; a bare `445` is port 445 over tcp or udp."""
    specs = []
    for spec in ports:
        text = str(spec)
        number, _, proto = text.partition("/")
        specs.append((text, int(number), {proto} if proto else {"tcp", "udp"}))
    return specs


def public_ingress(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """Ingress from the internet to the given ports (`ports: ["22/tcp", 445, …]`) or to every port
    (`all_ports: true`). With `skip_all_ports`, rules that admit every port are left to the
    all-ports check (SRM-NET-002 reports them). SRM-NET-001, SRM-NET-002, SRM-NET-003."""
    wanted = port_specs(params.get("ports", []))
    for rule in ingress_rules(resource):
        if isinstance(rule, Hit):
            yield rule
            continue
        if params.get("skip_all_ports") and all_ports(rule.node) is True:
            continue
        if params.get("all_ports"):
            exposed: bool | None = all_ports(rule.node)
            reached = ["all ports"] if exposed else []
        else:
            verdicts = [(spec, covers(rule.node, port, protos)) for spec, port, protos in wanted]
            proto = protocol(rule.node)
            reached = [spec if "/" in spec or proto not in ("tcp", "udp") else f"{spec}/{proto}"
                       for spec, verdict in verdicts if verdict is True]
            exposed = any3([verdict for _, verdict in verdicts])
        source = public_source(rule.node)
        verdict = all3([None if source is None else bool(source), exposed])
        if verdict is True:
            yield Hit("fail", rule.location, f"from {source} reaches {', '.join(reached)}")
        elif verdict is None:
            yield Hit("unknown", rule.location, "rule source, protocol or ports are not resolved statically")


# -- the default security group (SRM-NET-004) ------------------------------------------------------




def default_group_rules(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """Rules on a VPC's default security group: Terraform's adopted aws_default_security_group with
    ingress or egress blocks, and rule resources whose group is a VPC's default security group
    (`aws_vpc.x.default_security_group_id`, `!GetAtt Vpc.DefaultSecurityGroup`). SRM-NET-004."""
    if resource.kind == "aws.ec2.security_group":
        if truthy(resource.properties.get("default_group")) is not True:
            return
        for direction in ("ingress", "egress"):
            rules = resource.properties.get(direction)
            for rule in rules.items() if rules is not None else []:
                if rule.unknown:
                    yield Hit("unknown", rule.location, f"{direction} rules are not resolved statically "
                              f"({rule.value.reason})")
                elif isinstance(rule.value, dict):
                    yield Hit("fail", rule.location, f"has an {direction} rule")
        return
    group = resource.properties.get("group")
    for target in graph.targets(resource, group, ("aws.ec2.vpc", "aws.ec2.security_group")):
        if target.kind == "aws.ec2.vpc":
            yield Hit("fail", resource.location, f"adds a rule to the default security group of {target.address}",
                      (target.location,))
            return
        if truthy(target.properties.get("default_group")) is True:
            yield Hit("fail", resource.location, f"adds a rule to the default security group {target.address}",
                      (target.location,))
            return


# -- network ACLs (SRM-NET-005) -------------------------------------------------------------------


@dataclass
class Entry:
    """One ingress entry of a network ACL: an inline block or an entry resource."""

    node: Node
    location: Location


def _int(node: Node | None) -> int | None:
    if node is None or node.unknown:
        return None
    try:
        return int(str(node.value).strip())
    except ValueError:
        return None


def _prefix_zero(node: Node | None) -> str | bool | None:
    """The CIDR when it is prefix 0, False when it is another CIDR or unset, None when unknown."""
    if node is None or node.value is None:
        return False
    if node.unknown:
        return None
    text = str(node.value).strip()
    try:
        return text if ipaddress.ip_network(text, strict=False).prefixlen == 0 else False
    except ValueError:
        return None




def _first_match(entries: list[Entry], port: int, protocols: set[str],
                 family: str) -> tuple[str | None, Entry | None, str]:
    """Walk the entries in rule-number order: the first that covers the port with a prefix-0 CIDR
    of the family decides ("allow", "deny"); no such entry: "deny" (the final implicit rule).
    None when an unresolved entry could come first."""
    candidates: list[tuple[int | None, bool | None, Entry, str]] = []
    for entry in entries:
        public = _prefix_zero(entry.node.get(family))
        ports = covers(entry.node, port, protocols)
        if public is False or ports is False:
            continue
        matched = None if public is None or ports is None else True
        candidates.append((_int(entry.node.get("rule_no")), matched, entry, public or ""))
    if any(number is None for number, _, _, _ in candidates):
        return None, None, ""
    for _, matched, entry, cidr in sorted(candidates, key=lambda c: c[0]):
        if matched is None:
            return None, entry, cidr
        action = entry.node.get("action")
        if action is None or action.unknown or not isinstance(action.value, str):
            return None, entry, cidr
        return action.value.strip().lower(), entry, cidr
    return "deny", None, ""


def _judge_entries(entries: list[Entry], params: dict) -> Iterator[Hit]:
    undecided: dict[Location, list[str]] = {}
    for spec, port, protocols in port_specs(params.get("ports", [])):
        for family in ("cidr_ipv4", "cidr_ipv6"):
            decision, entry, cidr = _first_match(entries, port, protocols, family)
            if decision == "allow" and entry is not None:
                number = _int(entry.node.get("rule_no"))
                yield Hit("fail", entry.location, f"rule {number} allows {cidr} to reach {spec} before any deny")
            elif decision is None:
                where = entry.location if entry is not None else Location("", 0)
                if spec not in undecided.setdefault(where, []):
                    undecided[where].append(spec)
    for where, specs in undecided.items():
        yield Hit("unknown", where, f"whether {', '.join(specs)} is open from the internet depends on entries "
                  "that are not resolved statically")


def _ingress_entry_resource(rule: Resource) -> Entry | None:
    egress = truthy(rule.properties.get("egress"))
    if egress is True:
        return None
    node = rule.properties
    if egress is None:  # an entry that may be ingress: its match is unknown
        node = Node({**node.value, "action": Node(None, rule.location)}, node.location)
    return Entry(node, rule.location)


def nacl_public_ingress(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """Ports (`ports: ["22/tcp", …]`) open from 0.0.0.0/0 or ::/0 under network ACL evaluation:
    entries in ascending rule number, the first entry covering the port with a prefix-0 CIDR of
    that family decides. A network ACL is judged with its inline entries and the entry resources
    that refer to it; entry resources whose ACL is not in scope are judged together with the
    other entries that name the same ACL. SRM-NET-005."""
    if resource.kind == "aws.ec2.network_acl":
        entries: list[Entry] = []
        inline = resource.properties.get("ingress")
        for item in inline.items() if inline is not None else []:
            if item.unknown:
                yield Hit("unknown", item.location,
                          f"ingress entries are not resolved statically ({item.value.reason})")
                return
            if isinstance(item.value, dict):
                entries.append(Entry(item, item.location))
        # every entry resource of the scope, not referrers_of: an indexed reference
        # (aws_network_acl.x[0].id) to a resource whose count is not resolved is not a referrer
        for rule in graph.by_kind.get("aws.ec2.network_acl_rule", []):
            if rule.native.scope != resource.native.scope:
                continue
            if any(t is resource for t in graph.targets(rule, rule.properties.get("acl"), ("aws.ec2.network_acl",))):
                entry = _ingress_entry_resource(rule)
                if entry is not None:
                    entries.append(entry)
        yield from _located(_judge_entries(entries, params), resource.location)
        return
    acl = resource.properties.get("acl")
    if graph.targets(resource, acl, ("aws.ec2.network_acl",)):
        return  # judged with its network ACL
    own = _ingress_entry_resource(resource)
    if own is None:
        return
    key = _acl_key(acl)
    group = [own]
    for other in graph.by_kind.get("aws.ec2.network_acl_rule", []):
        if other is not resource and other.native.scope == resource.native.scope \
                and _acl_key(other.properties.get("acl")) == key \
                and not graph.targets(other, other.properties.get("acl"), ("aws.ec2.network_acl",)):
            entry = _ingress_entry_resource(other)
            if entry is not None:
                group.append(entry)
    for hit in _located(_judge_entries(group, params), resource.location):
        if hit.location == resource.location:
            yield hit


def _acl_key(node: Node | None) -> object:
    if node is None:
        return None
    if node.unknown:
        return node.value.refs or node.value.reason
    return node.value


def _located(hits: Iterator[Hit], fallback: Location) -> Iterator[Hit]:
    for hit in hits:
        yield hit if hit.location.line else Hit(hit.state, fallback, hit.message, hit.related)


# -- VPC flow logs (SRM-NET-006) -------------------------------------------------------------------


def vpc_flow_logs(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """A VPC without a flow log whose resource is this VPC. A flow log whose VPC is not resolved
    (a variable, a literal id) might be this VPC's: unknown. SRM-NET-006."""
    undecided: list[Resource] = []
    for log in graph.by_kind.get("aws.ec2.flow_log", []):
        if log.native.scope != resource.native.scope:
            continue
        kind = log.properties.get("resource_type")
        target = log.properties.get("resource_id")
        if target is None or target.value is None:
            continue
        is_vpc = None if kind is None or kind.unknown else str(kind.value).strip().lower() == "vpc"
        if is_vpc is False:
            continue
        named = graph.targets(log, target, ())
        if any(t is resource for t in named):
            if is_vpc:
                return
            undecided.append(log)
        elif target.unknown and not named:
            undecided.append(log)
    if undecided:
        yield Hit("unknown", resource.location, f"flow log {undecided[0].address} may capture this VPC, but its "
                  "resource is not resolved statically", (undecided[0].location,))
        return
    yield Hit("fail", resource.location, "no flow log captures this VPC")


PREDICATES = {
    "network.public_ingress": public_ingress,
    "network.default_group_rules": default_group_rules,
    "network.nacl_public_ingress": nacl_public_ingress,
    "network.vpc_flow_logs": vpc_flow_logs,
}
TESTS: dict = {}
