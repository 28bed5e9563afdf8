"""Security-group ingress from the internet (catalogue 3.5): every rule form, IPv4 and IPv6."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Hit, Location, Node, Resource

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
    """tcp, udp, icmp, icmpv6 or all; None when unknown."""
    node = rule.get("protocol")
    if node is None or node.unknown:
        return None
    text = str(node.value).strip().lower()
    if text in PROTOCOLS:
        return PROTOCOLS[text]
    # AWS: any other protocol number opens every port
    return "all" if text.lstrip("-").isdigit() else None


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
    if proto == "all":
        return True
    if proto not in ("tcp", "udp"):
        return False
    low, high = _port(rule, "from_port"), _port(rule, "to_port")
    if low is None or high is None:
        return None
    return low <= 1 and high == 65535


def _and(a: bool | None, b: bool | None) -> bool | None:
    if a is False or b is False:
        return False
    if a is None or b is None:
        return None
    return True


def _or(values: list[bool | None]) -> bool | None:
    if any(v is True for v in values):
        return True
    return None if any(v is None for v in values) else False


def public_ingress(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """Ingress from the internet to the given ports (`ports: ["22/tcp", …]`) or to every port
    (`all_ports: true`). SRM-NET-001, SRM-NET-002."""
    wanted = [(spec, int(spec.split("/")[0]), spec.split("/")[1]) for spec in params.get("ports", [])]
    for rule in ingress_rules(resource):
        if isinstance(rule, Hit):
            yield rule
            continue
        if params.get("all_ports"):
            exposed: bool | None = all_ports(rule.node)
            reached = ["all ports"] if exposed else []
        else:
            verdicts = [(spec, covers(rule.node, port, {proto})) for spec, port, proto in wanted]
            reached = [spec for spec, verdict in verdicts if verdict is True]
            exposed = _or([verdict for _, verdict in verdicts])
        source = public_source(rule.node)
        verdict = _and(None if source is None else bool(source), exposed)
        if verdict is True:
            yield Hit("fail", rule.location, f"from {source} reaches {', '.join(reached)}")
        elif verdict is None:
            yield Hit("unknown", rule.location, "rule source, protocol or ports are not resolved statically")


PREDICATES = {
    "network.public_ingress": public_ingress,
}
TESTS: dict = {}
