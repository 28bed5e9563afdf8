"""Predicates and tests for Load balancers, CloudFront, API Gateway and WAF (catalogue "Edge")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import yaml

from ..conditions import targets
from ..model import PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN, Hit, Node, Resource
from ..values import elements

LOAD_BALANCER = "aws.lb.load_balancer"
WAF_ASSOCIATION = "aws.waf.web_acl_association"
S3_BUCKET = "aws.s3.bucket"
HTTP_API = "aws.apigatewayv2.api"
TLS_POLICIES_FILE = "elb_tls_policies.yaml"

PLACEHOLDER = re.compile(f"{PLACEHOLDER_OPEN}[^{PLACEHOLDER_CLOSE}]*{PLACEHOLDER_CLOSE}")


@lru_cache(maxsize=1)
def tls_policies() -> dict:
    """policies/data/elb_tls_policies.yaml: {as_of, allowlist, api_default, weak_protocols,
    weak_cipher_pattern}."""
    from ..policies import bundled_policy_dir  # policies imports this package

    path = bundled_policy_dir() / "data" / TLS_POLICIES_FILE
    return yaml.safe_load(path.read_text(encoding="utf-8"))


# -- small helpers ---------------------------------------------------------------------------------


def _prop(node: Node | None, name: str) -> Node | None:
    return node.get(name) if node is not None and isinstance(node.value, dict) else None


def _text(node: Node | None) -> str | None:
    """A known scalar as text; None when absent, null or unknown."""
    if node is None or node.unknown or node.value is None or isinstance(node.value, (dict, list)):
        return None
    if isinstance(node.value, bool):
        return "true" if node.value else "false"
    return str(node.value)


def _is_true(node: Node | None) -> bool | None:
    """True/False for a known boolean (or "true"/"false"); None when unknown; False when absent."""
    if node is None or node.value is None:
        return False
    if node.unknown:
        return None
    return _text(node).lower() == "true"


def _reason(node: Node) -> str:
    return node.value.reason if node.unknown else ""


def _set(node: Node | None) -> bool | None:
    """Whether an identifier is set: a non-empty string, or a reference to another resource's
    attribute (never empty). None when it depends on an unresolved input."""
    if node is None or node.value is None:
        return False
    if node.unknown:
        return True if node.value.refs else None
    if isinstance(node.value, (dict, list)):
        return bool(node.value)
    return str(node.value).strip() != ""


DYNAMIC_UNRESOLVED = "iterates over a value not resolved statically"


def _possibly_absent(block: Node) -> bool:
    """A Terraform `dynamic` block whose for_each is not resolved: the parser keeps one block of
    the content, which may not exist at all."""
    return any(node.unknown and DYNAMIC_UNRESOLVED in node.value.reason for node in block.walk())


def _items(node: Node | None) -> list[Node]:
    if node is None or node.value is None:
        return []
    return node.items()


# -- SRM-ELB-001: HTTP listeners ------------------------------------------------------------------


def _listener_protocol(resource: Resource, graph) -> tuple[str | None, Node | None, bool]:
    """(protocol in upper case or None, the node it comes from, known). An unset protocol is
    HTTP on an Application Load Balancer (provider default) and means a Gateway Load Balancer
    listener when no port is set either."""
    node = resource.properties.get("protocol")
    if node is not None and node.value is not None:
        if node.unknown:
            return None, node, False
        return str(node.value).upper(), node, True
    balancers = graph.targets(resource, resource.properties.get("load_balancer"), (LOAD_BALANCER,))
    types = {_text(lb.properties.get("type")) for lb in balancers}
    if balancers and types == {"application"}:
        return "HTTP", None, True
    if balancers and None not in types:
        return "", None, True  # network or gateway load balancer: no HTTP default
    if not balancers and resource.properties.get("port") is not None:
        return "HTTP", None, True  # only ALB listeners may omit the protocol and have a port
    if not balancers:
        return "", None, True  # neither protocol nor port: a Gateway Load Balancer listener
    return None, None, False


def http_listener(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """ELB-001: an HTTP listener must redirect every request to HTTPS; classic listeners must
    not be HTTP or TCP."""
    if resource.kind == "aws.elb.load_balancer":
        for listener in elements(resource.properties.get("listeners"), "listener", "listeners"):
            if isinstance(listener, Hit):
                yield listener
                continue
            protocol = listener.get("protocol")
            if protocol is None:
                continue
            if protocol.unknown:
                yield Hit("unknown", protocol.location, f"listener protocol is not resolved statically "
                          f"({_reason(protocol)})")
            elif str(protocol.value).lower() in ("http", "tcp"):
                yield Hit("fail", protocol.location,
                          f"classic listener protocol is {str(protocol.value).upper()} (plain text to clients)")
        return
    protocol, node, known = _listener_protocol(resource, graph)
    if known and protocol != "HTTP":
        return
    actions = resource.properties.get("default_actions")
    failures: list[Hit] = []
    if actions is None or actions.unknown:
        if actions is not None:
            failures.append(Hit("unknown", actions.location,
                                f"default actions are not resolved statically ({_reason(actions)})"))
    else:
        for action in actions.items():
            failures.extend(_not_https_redirect(action))
    if not failures:
        return
    if not known:
        where = node.location if node is not None else resource.location
        yield Hit("unknown", where, f"listener protocol is not resolved statically; "
                  f"{failures[0].message}")
        return
    yield from failures


def _not_https_redirect(action: Node) -> Iterator[Hit]:
    if action.unknown:
        yield Hit("unknown", action.location, f"default action is not resolved statically ({_reason(action)})")
        return
    if _possibly_absent(action):  # a dynamic block that may not exist: the other actions decide
        for hit in _action_hits(action):
            yield Hit("unknown", hit.location, f"{hit.message} (if the dynamic block exists)")
        return
    yield from _action_hits(action)


def _action_hits(action: Node) -> Iterator[Hit]:
    kind = action.get("type")
    if kind is None or kind.unknown:
        where = kind.location if kind is not None else action.location
        yield Hit("unknown", where, "default action type is not resolved statically")
        return
    if str(kind.value).lower() != "redirect":
        yield Hit("fail", kind.location, f"HTTP listener's default action is {kind.value!r}, not a redirect to HTTPS")
        return
    redirect = action.get("redirect")
    configs = _items(redirect)
    if not configs:
        yield Hit("fail", action.location, "HTTP listener redirects without a redirect protocol (keeps HTTP)")
        return
    for config in configs:
        protocol = config.get("protocol") if isinstance(config.value, dict) else None
        if config.unknown or (protocol is not None and protocol.unknown):
            where = protocol.location if protocol is not None else config.location
            yield Hit("unknown", where, "redirect protocol is not resolved statically")
        elif protocol is None:
            yield Hit("fail", config.location, "HTTP listener's redirect keeps the request protocol (HTTP)")
        elif str(protocol.value).upper() != "HTTPS":
            yield Hit("fail", protocol.location, f"HTTP listener redirects to protocol {protocol.value!r}, not HTTPS")


# -- SRM-ELB-002: listener TLS policy ------------------------------------------------------------


def listener_tls_policy(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """ELB-002: HTTPS and TLS listeners must use a policy that allows only TLS 1.2 and newer."""
    data = tls_policies()
    protocol = resource.properties.get("protocol")
    if protocol is None or protocol.value is None:
        return  # HTTP (ALB default) or a Gateway Load Balancer listener
    policy = resource.properties.get("ssl_policy")
    verdict = _policy_verdict(policy, data)
    if verdict is None:
        return
    state, message = verdict
    if protocol.unknown:
        yield Hit("unknown", protocol.location, f"listener protocol is not resolved statically; {message}")
    elif str(protocol.value).upper() in ("HTTPS", "TLS"):
        yield Hit(state, policy.location if policy is not None else resource.location, message)


def _policy_verdict(policy: Node | None, data: dict) -> tuple[str, str] | None:
    if policy is None or policy.value is None:
        policy_name = data["api_default"]
        unset = True
    elif policy.unknown:
        return "unknown", f"TLS policy is not resolved statically ({_reason(policy)})"
    else:
        policy_name = str(policy.value)
        unset = policy.state == "default"
    if re.search(data["allowlist"], policy_name):
        return None
    if unset:
        return "fail", f"no TLS policy is set, so the listener gets {policy_name}, which allows TLS 1.0 and 1.1"
    return "fail", f"TLS policy {policy_name} allows protocols older than TLS 1.2"


# -- SRM-ELB-003: internet-facing ALB without WAF -------------------------------------------------


def alb_waf(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """ELB-003: a WAF web ACL association in scope must name the load balancer."""
    for association in graph.referrers_of(resource, (WAF_ASSOCIATION,)):
        if resource in graph.targets(association, association.properties.get("resource_arn"), (LOAD_BALANCER,)):
            return
    undecided: list[Resource] = []
    for association in graph.by_kind.get(WAF_ASSOCIATION, []):
        if association.native.scope != resource.native.scope:
            continue
        target = association.properties.get("resource_arn")
        if target is None:
            continue
        if resource in graph.targets(association, target, (LOAD_BALANCER,)):
            return
        if _may_name(target, resource, graph):
            undecided.append(association)
    if undecided:
        yield Hit("unknown", resource.location,
                  f"{undecided[0].address} associates a web ACL with a resource that is not resolved statically",
                  (undecided[0].location,))
        return
    yield Hit("fail", resource.location, "no WAF web ACL association refers to this load balancer")


def _may_name(target: Node, balancer: Resource, graph) -> bool:
    """Whether an association's resource_arn that does not reference the load balancer could
    still be its ARN: an unresolved input, a data source, or a literal ARN of that name."""
    for element in target.items():
        if element.unknown:
            refs = element.value.refs
            if not refs:
                return True
            if any(not _declared(graph, balancer.native.scope, ref) or ref.startswith("data.aws_lb")
                   or ref.startswith("data.aws_alb") for ref in refs):
                return True
            continue
        text = _text(element) or ""
        if ":loadbalancer/app/" in text:
            name = _text(balancer.properties.get("name"))
            if name is None or f"loadbalancer/app/{name}/" in text:
                return True
    return False


def _declared(graph, scope: str, target: str) -> bool:
    base = target.split("[", 1)[0]
    return any(s == scope and (address == target or address.split("[", 1)[0] == base)
               for s, address in graph.natives)


# -- SRM-ELB-004: classic SSL negotiation policies ------------------------------------------------


def classic_ssl_policy(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """ELB-004: an SSLNegotiationPolicyType policy must not enable SSLv2/3, TLS 1.0/1.1 or a weak
    cipher, nor reference a predefined policy older than ELBSecurityPolicy-TLS-1-2-2017-01."""
    data = tls_policies()
    weak_cipher = re.compile(data["weak_cipher_pattern"])
    weak_protocols = {p.lower() for p in data["weak_protocols"]}
    for policy in elements(resource.properties.get("policies"), "policy", "policies"):
        if isinstance(policy, Hit):
            yield policy
            continue
        kind = policy.get("type")
        if kind is None or (not kind.unknown and kind.value != "SSLNegotiationPolicyType"):
            continue
        hits = list(_weak_attributes(policy, data, weak_cipher, weak_protocols))
        if kind.unknown:
            hits = [Hit("unknown", h.location, f"{h.message} (if the policy type is SSLNegotiationPolicyType)")
                    for h in hits]
        yield from hits


def _weak_attributes(policy: Node, data: dict, weak_cipher: re.Pattern, weak_protocols: set[str]) -> Iterator[Hit]:
    attributes = policy.get("attributes")
    if attributes is not None and attributes.unknown:
        yield Hit("unknown", attributes.location, "policy attributes are not resolved statically")
        return
    for attribute in _items(attributes):
        if attribute.unknown:
            yield Hit("unknown", attribute.location, "policy attribute is not resolved statically")
            continue
        name, value = attribute.get("name"), attribute.get("value")
        where = value.location if value is not None else attribute.location
        if name is None or name.unknown:
            yield Hit("unknown", where, "policy attribute name is not resolved statically")
            continue
        label = str(name.value)
        if label == "Reference-Security-Policy":
            if value is None or value.unknown:
                yield Hit("unknown", where, "referenced security policy is not resolved statically")
            elif not re.search(data["allowlist"], str(value.value)):
                yield Hit("fail", where, f"references {value.value}, which is older than "
                          "ELBSecurityPolicy-TLS-1-2-2017-01 and allows outdated protocols or ciphers")
            continue
        weak = label.lower() in weak_protocols or (not label.startswith("Protocol-") and weak_cipher.search(label))
        if not weak:
            continue
        enabled = _is_true(value)
        if enabled is None:
            yield Hit("unknown", where, f"whether {label} is enabled is not resolved statically")
        elif enabled:
            what = "outdated protocol" if label.lower() in weak_protocols else "weak cipher"
            yield Hit("fail", where, f"enables {what} {label}")


# -- SRM-CF-003: S3 origins without origin access control -----------------------------------------

S3_WEBSITE = re.compile(r"(^|\.)s3-website[.-]", re.IGNORECASE)
S3_REST = re.compile(r"^[^/:]+\.s3([.-][a-z0-9-]+)*\.amazonaws\.com(\.cn)?\.?$", re.IGNORECASE)
S3_REST_ATTRIBUTE = re.compile(r"(bucket_regional_domain_name|bucket_domain_name|regional_domain_name"
                               r"|RegionalDomainName|DualStackDomainName)")
S3_WEBSITE_ATTRIBUTE = re.compile(r"(website_endpoint|website_domain|WebsiteURL)", re.IGNORECASE)


def s3_origin_access(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """CF-003: an origin on an S3 REST endpoint needs origin access control (or a legacy origin
    access identity); S3 website endpoints and custom origins do not apply."""
    for origin in elements(resource.properties.get("origins"), "origin", "origins"):
        if isinstance(origin, Hit):
            yield origin
            continue
        access = [_set(origin.get("origin_access_control_id")),
                  *[_set(config.get("origin_access_identity")) for config in _items(origin.get("s3_origin_config"))
                    if isinstance(config.value, dict)]]
        if True in access:
            continue
        applies = _s3_rest_origin(origin, resource, graph)
        if applies is False:
            continue
        name = _text(origin.get("origin_id")) or "origin"
        if applies and _possibly_absent(origin):
            yield Hit("unknown", origin.location, f"S3 origin {name} comes from a dynamic block that is not "
                      "resolved statically")
        elif applies is None:
            yield Hit("unknown", origin.location, f"whether {name} is an S3 bucket origin is not resolved statically")
        elif None in access:
            yield Hit("unknown", origin.location, f"S3 origin {name}: origin access control is not resolved statically")
        else:
            yield Hit("fail", origin.location, f"S3 origin {name} has no origin access control, so the bucket must be "
                      "readable without CloudFront's signature")


def _s3_rest_origin(origin: Node, distribution: Resource, graph) -> bool | None:
    """True for an S3 REST endpoint, False for a website endpoint or another origin, None when
    it cannot be told."""
    domain = origin.get("domain_name")
    has_s3_config = bool(_items(origin.get("s3_origin_config")))
    has_custom_config = bool(_items(origin.get("custom_origin_config")) or _items(origin.get("vpc_origin_config")))
    if domain is None:
        return None
    text = _text(domain)
    if text is None and domain.unknown and domain.value.text:
        text = PLACEHOLDER.sub("x", domain.value.text)
    if text is not None:
        if S3_WEBSITE.search(text):
            return False
        if S3_REST.search(text):
            return True
        if not domain.unknown:
            return False
    if domain.unknown:
        reason = domain.value.reason
        if S3_WEBSITE_ATTRIBUTE.search(reason):
            return False
        if S3_REST_ATTRIBUTE.search(reason):
            return True
        buckets = graph.targets(distribution, domain, (S3_BUCKET,))
        if buckets or not domain.value.refs:
            # a bucket attribute that is not named (Fn::GetAtt), or an unresolved input: the
            # origin type says which endpoint it is (CloudFront requires one of the two)
            if has_s3_config:
                return True
            if has_custom_config:
                return False
            return None
        return False  # another resource's attribute: a load balancer, an API, a function URL, …
    return None


# -- SRM-APIGW-001 / 002: API authorization -------------------------------------------------------


def rest_method_auth(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """APIGW-001: a REST method other than OPTIONS needs an authorizer or an API key. Methods
    defined in an OpenAPI body are not read (unknown)."""
    if resource.kind == "aws.apigateway.rest_api":
        for name in ("body", "body_s3"):
            body = resource.properties.get(name)
            if body is not None and body.value is not None:
                yield Hit("unknown", body.location, "methods are defined in an OpenAPI definition, whose authorization "
                          "is not checked")
                return
        return
    method = resource.properties.get("http_method")
    authorization = resource.properties.get("authorization")
    key = _is_true(resource.properties.get("api_key_required"))
    auth = _text(authorization)
    if key is True or (auth is not None and auth.upper() != "NONE"):
        return
    if authorization is None or (auth is None and not authorization.unknown):
        return  # not written (required in Terraform): nothing to judge
    where = authorization.location
    verb = _text(method)
    if verb is not None and verb.upper() == "OPTIONS":
        return
    if auth is None:
        yield Hit("unknown", where, f"authorization is not resolved statically ({_reason(authorization)})")
    elif key is None:
        yield Hit("unknown", where, "authorization is NONE and api_key_required is not resolved statically")
    elif verb is None:
        yield Hit("unknown", where, "authorization is NONE and the HTTP method is not resolved statically")
    else:
        yield Hit("fail", where, f"{verb.upper()} method has authorization NONE and requires no API key")


HTTP_ROUTE = re.compile(r"^(ANY|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/", re.IGNORECASE)


def route_auth(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """APIGW-002: an HTTP API route (other than CORS preflight OPTIONS routes) and a WebSocket
    API's $connect route need an authorization type other than NONE."""
    authorization = resource.properties.get("authorization_type")
    auth = _text(authorization)
    if auth is not None and auth.upper() != "NONE":
        return
    where = authorization.location if authorization is not None else resource.location
    key = _text(resource.properties.get("route_key"))
    applies = _route_applies(resource, graph, key)
    if applies is False:
        return
    if applies is None:
        yield Hit("unknown", where, "whether the route needs authorization is not resolved statically "
                  "(route key or API protocol unknown)")
    elif auth is None:
        yield Hit("unknown", where, f"authorization type is not resolved statically ({_reason(authorization)})")
    else:
        yield Hit("fail", where, f"route {key!r} has authorization type NONE")


def _route_applies(route: Resource, graph, key: str | None) -> bool | None:
    apis = graph.targets(route, route.properties.get("api"), (HTTP_API,))
    protocols = {_protocol_type(api) for api in apis}
    if len(protocols) == 1:
        protocol = protocols.pop()
    else:
        protocol = None
    if key is None:
        return None
    if protocol == "WEBSOCKET":
        return key == "$connect"
    if protocol == "HTTP":
        return not key.upper().startswith("OPTIONS ")
    # the API is not in scope: its route keys tell HTTP from WebSocket, except for $default
    if key == "$connect" or (HTTP_ROUTE.match(key) and not key.upper().startswith("OPTIONS ")):
        return True
    if key == "$default":
        return None
    return False


def _protocol_type(api: Resource) -> str | None:
    node = api.properties.get("protocol_type")
    if node is None:
        # without ProtocolType the API is imported from an OpenAPI body: an HTTP API
        return "HTTP"
    text = _text(node)
    return text.upper() if text is not None else None


# -- SRM-WAF-001: web ACLs without rules --------------------------------------------------------


def web_acl_rules(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """WAF-001: a web ACL needs at least one rule (rule blocks, Rules, or Terraform rule_json)."""
    rules = resource.properties.get("rules")
    rule_json = resource.properties.get("rule_json")
    if rule_json is not None and rule_json.value is not None:
        if rule_json.unknown or str(rule_json.value).strip() not in ("", "[]"):
            return
    if rules is not None and rules.unknown:
        yield Hit("unknown", rules.location, f"rules are not resolved statically ({_reason(rules)})")
        return
    present = _items(rules)
    if any(not rule.unknown and not _possibly_absent(rule) for rule in present):
        return
    if present:
        yield Hit("unknown", present[0].location, "rules come from a dynamic block that is not resolved statically")
    elif not resource.partial:
        where = rules.location if rules is not None else resource.location
        yield Hit("fail", where, "no rules: only the default action applies")


# -- settings that must be set (CF-002, APIGW-003, APIGW-004) ------------------------------------


def required_value(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """The canonical property at `params["path"]` must be set to a non-empty value. A reference
    to another resource's attribute (an ARN, an id) is set even though its value is known only
    after deployment; an unresolved input is unknown."""
    name = params["path"].rsplit(".", 1)[-1]
    for target in targets(resource, params["path"]):
        node = target.node
        if node is None or (node.value is None and not node.unknown):
            if not resource.partial:
                yield Hit("fail", target.anchor if node is None else node.location, f"{name} is not set")
            continue
        verdict = _set(node)
        if verdict is None:
            yield Hit("unknown", node.location, f"{name}: {_reason(node)}")
        elif not verdict:
            yield Hit("fail", node.location, f"{name} is empty")


PREDICATES: dict[str, Any] = {
    "edge.required_value": required_value,
    "edge.web_acl_rules": web_acl_rules,
    "edge.http_listener": http_listener,
    "edge.listener_tls_policy": listener_tls_policy,
    "edge.alb_waf": alb_waf,
    "edge.classic_ssl_policy": classic_ssl_policy,
    "edge.s3_origin_access": s3_origin_access,
    "edge.rest_method_auth": rest_method_auth,
    "edge.route_auth": route_auth,
}
TESTS: dict = {}
