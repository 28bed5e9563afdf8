"""Predicates and tests for EC2, EBS, VPC networking and EKS (owned by the compute checks).

Instances, launch templates and launch configurations share canonical property names (see
srm_lint/mapping/compute.yaml), so each predicate below is written once for both frameworks.
"""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Iterator
from functools import lru_cache

from ..model import PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN, Hit, Location, Node, Resource
from ..values import all3, truthy
from . import policy_document as pd

INSTANCE, TEMPLATE, CONFIGURATION = "aws.ec2.instance", "aws.ec2.launch_template", "aws.ec2.launch_configuration"


# -- value helpers ----------------------------------------------------------------------------------


def _set(node: Node | None) -> bool:
    """Written with a value (Terraform's null counts as not written)."""
    return node is not None and node.value is not None




def _text(node: Node | None) -> str | None:
    if not _set(node) or node.unknown:
        return None
    return str(node.value).strip()


def _described(node: Node | None, name: str) -> str:
    if not _set(node):
        return f"{name} is not set"
    value = node.value
    shown = ("true" if value else "false") if isinstance(value, bool) else repr(value)
    return f"{name} is {shown}"


def _blocks(node: Node | None) -> list[Node]:
    """The written items of a block property (a Terraform block list or a CloudFormation object)."""
    if not _set(node):
        return []
    return [item for item in node.items() if item.unknown or isinstance(item.value, dict)]


def _launched_from_template(resource: Resource) -> bool | None:
    """Whether an instance is launched from a launch template: True when a launch_template block
    names one, None when the block itself is not resolved (a dynamic block over an unknown value)."""
    if resource.kind != INSTANCE:
        return False
    verdicts = [_names_something(block) for block in _blocks(resource.properties.get("launch_template"))]
    if True in verdicts:
        return True
    return None if verdicts else False


def _names_something(block: Node) -> bool | None:
    if block.unknown:
        return None
    values = [v for v in block.value.values() if _set(v)]
    if any(not v.unknown or v.value.refs for v in values):
        return True
    return None if values else False


# -- SRM-EC2-001: IMDSv2 --------------------------------------------------------------------------


def _account_requires_tokens(graph) -> bool | None:
    """Whether an aws_ec2_instance_metadata_defaults in the scan requires IMDSv2 for new instances."""
    verdicts: list[bool | None] = []
    for defaults in graph.by_kind.get("aws.ec2.instance_metadata_defaults", []):
        tokens = defaults.properties.get("http_tokens")
        verdicts.append(None if tokens is not None and tokens.unknown else _text(tokens) == "required")
    if True in verdicts:
        return True
    return None if None in verdicts else False


def imds_v2(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """IMDSv2 is required (http_tokens = required) or the metadata endpoint is disabled. An unset
    http_tokens passes only when the account's instance metadata defaults require tokens. An
    instance launched from a launch template without its own metadata options is judged on the
    template. SRM-EC2-001."""
    options = resource.properties.get("metadata_options")
    blocks = _blocks(options)
    template = _launched_from_template(resource)
    if not blocks and template:
        return
    if not blocks:
        yield from _unset_tokens(resource.location, "no metadata options are set", graph, template)
        return
    for block in blocks:
        if block.unknown:
            yield Hit("unknown", block.location, f"metadata options are not resolved statically ({block.value.reason})")
            continue
        endpoint, tokens = block.get("http_endpoint"), block.get("http_tokens")
        if _text(endpoint) == "disabled":
            continue
        if endpoint is not None and endpoint.unknown:
            if _text(tokens) != "required":
                yield Hit("unknown", endpoint.location, "http_endpoint is not resolved statically")
            continue
        if not _set(tokens):
            if template:
                continue  # the template's http_tokens applies
            yield from _unset_tokens(block.location, "http_tokens is not set", graph, template)
        elif tokens.unknown:
            yield Hit("unknown", tokens.location, f"http_tokens is not resolved statically ({tokens.value.reason})")
        elif _text(tokens) != "required":
            yield Hit("fail", tokens.location, f"{_described(tokens, 'http_tokens')} (IMDSv1 is allowed)")


def _unset_tokens(location: Location, detail: str, graph, template: bool | None) -> Iterator[Hit]:
    account = _account_requires_tokens(graph)
    if account is True:
        return
    if template is None:
        yield Hit("unknown", location, f"{detail}; the launch template the instance may use is not resolved "
                  "statically")
        return
    if account is None:
        yield Hit("unknown", location,
                  f"{detail}; the account's instance metadata defaults are not resolved statically")
        return
    yield Hit("fail", location, f"{detail} (IMDSv1 is allowed unless the AMI requires IMDSv2)")


# -- SRM-EC2-002: EBS encryption ------------------------------------------------------------------


def _encryption_by_default(graph) -> bool | None:
    """Whether an aws_ebs_encryption_by_default in the scan turns EBS encryption on by default."""
    verdicts: list[bool | None] = []
    for setting in graph.by_kind.get("aws.ec2.ebs_encryption_by_default", []):
        enabled = setting.properties.get("enabled")
        verdicts.append(truthy(enabled) if _set(enabled) else True)
    if True in verdicts:
        return True
    return None if None in verdicts else False


def _volume_hits(node: Node, anchor: Location, what: str) -> Iterator[Hit]:
    """One volume (or block-device mapping) with `encrypted` and optionally `snapshot_id`."""
    encrypted = node.get("encrypted")
    verdict = truthy(encrypted)
    if verdict is True:
        return
    if verdict is None:
        yield Hit("unknown", encrypted.location, f"{what}: encrypted is not resolved statically")
        return
    snapshot = node.get("snapshot_id")
    if _set(snapshot):
        yield Hit("unknown", (encrypted if _set(encrypted) else snapshot).location,
                  f"{what} is created from a snapshot, whose encryption it follows "
                  f"({_described(encrypted, 'encrypted')})")
        return
    yield Hit("fail", encrypted.location if _set(encrypted) else anchor,
              f"{what} is not encrypted ({_described(encrypted, 'encrypted')})")


def _device_hits(resource: Resource) -> Iterator[Hit]:
    props = resource.properties
    if resource.kind == "aws.ec2.volume":
        yield from _volume_hits(props, resource.location, "volume")
        return
    roots = _blocks(props.get("root_volume"))
    devices = _blocks(props.get("block_devices"))
    if not roots and not devices and _launched_from_template(resource) is True:
        return  # judged on the template
    if not roots and not devices and resource.kind != TEMPLATE:
        yield Hit("unknown", resource.location, "no block devices are declared: the volumes follow the AMI and "
                  "the account's EBS encryption default")
        return
    if not roots and truthy(props.get("root_device_block")) and resource.kind != TEMPLATE:
        yield Hit("unknown", resource.location, "root_block_device is not declared: the root volume follows the "
                  "AMI and the account's EBS encryption default")
    for root in roots:
        if root.unknown:
            yield Hit("unknown", root.location, f"root volume is not resolved statically ({root.value.reason})")
        else:
            yield from _volume_hits(root, root.location, "root volume")
    for device in devices:
        if device.unknown:
            yield Hit("unknown", device.location, f"block device is not resolved statically ({device.value.reason})")
            continue
        no_device = device.get("no_device")
        if _set(no_device) and not (no_device.value is False or str(no_device.value).lower() == "false"):
            continue
        ebs = device.get("ebs")
        if not _set(ebs):
            continue  # an instance-store (ephemeral) device
        anchor = ebs.location if isinstance(ebs.value, (dict, list)) else device.location
        yield from _volume_hits(device, anchor, "EBS volume")


def ebs_encryption(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """EBS volumes and the EBS block devices of instances, launch templates and launch
    configurations are encrypted. A volume from a snapshot follows the snapshot; an instance that
    declares no root device follows its AMI (unknown); EBS encryption by default in scope passes
    everything. SRM-EC2-002."""
    by_default = _encryption_by_default(graph)
    if by_default is True:
        return
    for hit in _device_hits(resource):
        if hit.state == "fail" and by_default is None:
            yield Hit("unknown", hit.location, f"{hit.message}; EBS encryption by default is not resolved statically")
        else:
            yield hit


# -- SRM-EC2-003: public IP addresses ----------------------------------------------------------------


def public_ip(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """An instance, launch template or launch configuration asks for a public IPv4 address, or,
    when it does not say, launches into a subnet that maps public IPs on launch. A subnet that is
    not in scope passes. SRM-EC2-003."""
    props = resource.properties
    direct = props.get("associate_public_ip")
    if _set(direct):
        yield from _explicit(direct)
        return
    subnets: list[Node] = []
    for nic in _blocks(props.get("network_interfaces")):
        if nic.unknown:
            yield Hit("unknown", nic.location, f"network interface is not resolved statically ({nic.value.reason})")
            continue
        choice = nic.get("associate_public_ip")
        if _set(choice):
            yield from _explicit(choice)
            return
        if _set(nic.get("subnet")):
            subnets.append(nic.get("subnet"))
    template = _launched_from_template(resource)
    if template:
        return  # the template decides unless the instance says otherwise
    if _set(props.get("subnet")):
        subnets.append(props.get("subnet"))
    for subnet_node in subnets:
        for subnet in graph.targets(resource, subnet_node, ("aws.ec2.subnet",)):
            mapping = subnet.properties.get("map_public_ip_on_launch")
            verdict = truthy(mapping)
            if verdict is True and template is None:
                yield Hit("unknown", subnet_node.location, f"launches into subnet {subnet.address}, which maps public "
                          "IPs on launch, unless the launch template it may use (not resolved statically) says "
                          "otherwise", (mapping.location,))
                return
            if verdict is True:
                yield Hit("fail", subnet_node.location, f"launches into subnet {subnet.address}, which maps public IPs "
                          "on launch (map_public_ip_on_launch is true)", (mapping.location,))
                return
            if verdict is None:
                yield Hit("unknown", subnet_node.location, f"whether subnet {subnet.address} maps public IPs on launch "
                          "is not resolved statically", (mapping.location,))


def _explicit(choice: Node) -> Iterator[Hit]:
    verdict = truthy(choice)
    if verdict is True:
        yield Hit("fail", choice.location, "associate_public_ip_address is true")
    elif verdict is None:
        yield Hit("unknown", choice.location, "associate_public_ip_address is not resolved statically")


# -- SRM-EC2-005: enrolment in Systems Manager -----------------------------------------------------

UPDATE_INSTANCE_INFORMATION = "ssm:UpdateInstanceInformation"
PARTITION = PLACEHOLDER_OPEN + "[^" + PLACEHOLDER_CLOSE + "]*" + PLACEHOLDER_CLOSE


def _managed_policy(arn: str, names: list[str]) -> bool:
    return re.fullmatch(r"arn:(aws[a-z-]*|" + PARTITION + r"):iam::aws:policy/(service-role/)?("
                        + "|".join(re.escape(n) for n in names) + ")", arn.strip()) is not None


def _aws_managed(arn: str) -> bool:
    return re.fullmatch(r"arn:(aws[a-z-]*|" + PARTITION + r"):iam::aws:policy/.+", arn.strip()) is not None


def _document_allows(graph, resource: Resource, carrier: Node | None) -> bool | None:
    """Whether a policy document (a JSON string, a structure, or a reference to a Terraform policy
    document data source) allows ssm:UpdateInstanceInformation."""
    if carrier is None:
        return False
    doc = pd.document(carrier)
    if doc is not None and doc.unknown:
        documents = graph.targets(resource, carrier, ("aws.iam.policy_document",))
        if documents:
            return _any3([_document_allows(graph, d, d.properties.get("document")) for d in documents])
    results: list[bool | None] = []
    for statement in pd.statements(doc):
        allow = pd.is_allow(statement)
        if pd.has(statement, "NotAction"):
            excluded = pd.any_element(statement, "NotAction",
                                      lambda a: pd.action_matches(a, UPDATE_INSTANCE_INFORMATION))
            grants = None if excluded is None else not excluded
        else:
            grants = pd.any_element(statement, "Action", lambda a: pd.action_matches(a, UPDATE_INSTANCE_INFORMATION))
        results.append(all3([allow, grants]))
    return _any3(results)


def _arn_allows(graph, resource: Resource, arn: Node, names: list[str]) -> bool | None:
    """Whether a managed-policy ARN grants Systems Manager enrolment."""
    if not arn.unknown:
        if not isinstance(arn.value, str):
            return False
        if _managed_policy(arn.value, names):
            return True
        # another AWS managed policy does not enrol; a customer policy named by ARN is not in the code
        return False if _aws_managed(arn.value) else None
    text = arn.value.text
    if text and _managed_policy(text, names):
        return True
    if text and _aws_managed(text):
        return False
    policies = graph.targets(resource, arn, ("aws.iam.policy",))
    if policies:
        return _any3([_document_allows(graph, p, p.properties.get("document")) for p in policies])
    for target in arn.value.refs:  # data "aws_iam_policy" looked up by name or ARN
        native = graph.natives.get((resource.native.scope, target))
        if native is not None and native.native_type == "data.aws_iam_policy":
            for key in ("arn", "name"):
                value = native.body.get(key)
                if value is not None and isinstance(value.value, str):
                    return _managed_policy(value.value, names) or value.value in names
    return None


def _names_role(graph, holder: Resource, node: Node | None, role: Resource) -> bool:
    """Whether a `roles` property names this role, by reference or by its literal name."""
    if node is None:
        return False
    if any(t is role for t in graph.targets(holder, node, ("aws.iam.role",))):
        return True
    name = _role_name(role)
    return name is not None and any(not item.unknown and item.value == name for item in node.items())


def _role_name(role: Resource) -> str | None:
    for key in ("name", "RoleName"):
        value = role.native.body.get(key)
        if value is not None and isinstance(value.value, str):
            return value.value
    return None


def _role_enrolled(graph, role: Resource, names: list[str]) -> bool | None:
    results: list[bool | None] = []
    arns = role.properties.get("managed_policy_arns")
    for arn in arns.items() if _set(arns) else []:
        results.append(_arn_allows(graph, role, arn, names))
    inline = role.properties.get("inline_policies")
    for policy in inline.items() if _set(inline) else []:
        results.append(None if policy.unknown else _document_allows(graph, role, policy.get("document")))
    for kind in ("aws.iam.policy", "aws.iam.policy_attachment"):
        for holder in graph.by_kind.get(kind, []):
            if holder.native.scope != role.native.scope or \
                    not _names_role(graph, holder, holder.properties.get("roles"), role):
                continue
            if kind == "aws.iam.policy":
                results.append(_document_allows(graph, holder, holder.properties.get("document")))
            else:
                arn = holder.properties.get("policy_arn")
                results.append(_arn_allows(graph, holder, arn, names) if _set(arn) else False)
    return _any3(results)


def _profiles(graph, resource: Resource, node: Node) -> list[Resource] | None:
    """The instance profiles a property names (reference, name or ARN); None when not in scope."""
    if node.unknown:
        found = graph.targets(resource, node, ("aws.iam.instance_profile",))
        return found or None
    if not isinstance(node.value, str):
        return None
    wanted = node.value.strip().rsplit("/", 1)[-1]
    found = [p for p in graph.by_kind.get("aws.iam.instance_profile", [])
             if p.native.scope == resource.native.scope and _text(p.properties.get("name")) == wanted]
    return found or None


def _roles(graph, profile: Resource) -> list[Resource] | None:
    """The roles of an instance profile; [] when it has none; None when one is not in scope."""
    node = profile.properties.get("roles")
    if not _set(node):
        return []
    roles: list[Resource] = []
    for item in node.items():
        if item.unknown:
            found = graph.targets(profile, item, ("aws.iam.role",))
        else:
            found = [r for r in graph.by_kind.get("aws.iam.role", [])
                     if r.native.scope == profile.native.scope and _role_name(r) == item.value]
        if not found:
            return None
        roles.extend(found)
    return roles


def patch_enrolment(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """The instance runs with an instance profile whose role may register with Systems Manager
    (AmazonSSMManagedInstanceCore, or a policy allowing ssm:UpdateInstanceInformation). No profile:
    failure; a profile or role not in scope: unknown. An instance launched from a template without
    its own profile takes the template's. SRM-EC2-005."""
    names = params.get("managed_policies", ["AmazonSSMManagedInstanceCore"])
    carrier = resource.properties.get("instance_profile")
    anchor = carrier.location if _set(carrier) else resource.location
    profile_nodes: list[Node] = [carrier] if _set(carrier) else []
    if not profile_nodes and _launched_from_template(resource) is not False:
        for link in _blocks(resource.properties.get("launch_template")):
            templates = [] if link.unknown else \
                graph.targets(resource, link.get("id") or link.get("name"), (TEMPLATE,))
            if not templates:
                yield Hit("unknown", link.location, "the launch template, which may set the instance profile, "
                          "is not in scope")
                return
            for template in templates:
                for block in _blocks(template.properties.get("instance_profile")):
                    value = block if block.unknown else \
                        (block.get("arn") if _set(block.get("arn")) else block.get("name"))
                    if _set(value):
                        profile_nodes.append(value)
                if profile_nodes:
                    resource = template
    if not profile_nodes:
        yield Hit("fail", anchor, "has no instance profile, so the SSM Agent cannot register it for patching")
        return
    verdicts: list[bool | None] = []
    related: list[Location] = []
    for node in profile_nodes:
        profiles = _profiles(graph, resource, node)
        if profiles is None:
            yield Hit("unknown", anchor, "the instance profile is not in scope")
            return
        for profile in profiles:
            roles = _roles(graph, profile)
            if roles is None:
                yield Hit("unknown", anchor, f"a role of instance profile {profile.address} is not in scope",
                          (profile.location,))
                return
            if not roles:
                related.append(profile.location)
                verdicts.append(False)
            for role in roles:
                related.append(role.location)
                verdicts.append(_role_enrolled(graph, role, names))
    verdict = _any3(verdicts)
    if verdict is None:
        yield Hit("unknown", anchor, "a policy of the instance role is not resolved statically", tuple(related))
    elif verdict is False:
        yield Hit("fail", anchor, "its instance role has neither AmazonSSMManagedInstanceCore nor a policy allowing "
                  "ssm:UpdateInstanceInformation, so Patch Manager cannot reach it", tuple(related))


def _any3(values: list[bool | None]) -> bool | None:
    if any(v is True for v in values):
        return True
    return None if any(v is None for v in values) else False




# -- SRM-EKS-001: public API endpoint --------------------------------------------------------------


def eks_public_endpoint(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """The public API endpoint is on (the default) and its allowed CIDRs include a prefix-0 range
    (0.0.0.0/0 is the default). SRM-EKS-001."""
    blocks = _blocks(resource.properties.get("vpc_config"))
    if not blocks:
        yield Hit("fail", resource.location, "public endpoint is open to 0.0.0.0/0 (the defaults)")
        return
    for block in blocks:
        if block.unknown:
            yield Hit("unknown", block.location, f"vpc_config is not resolved statically ({block.value.reason})")
            continue
        public = block.get("endpoint_public_access")
        enabled = truthy(public) if _set(public) else True
        if enabled is False:
            continue
        cidrs = block.get("public_access_cidrs")
        items = cidrs.items() if _set(cidrs) else []
        if _set(cidrs) and not cidrs.unknown and not items:
            items = [Node("0.0.0.0/0", cidrs.location)]  # an empty list means the default
        verdicts: list[bool | None] = []
        for item in items:
            if item.unknown:
                verdicts.append(None)
                continue
            try:
                open_to_all = ipaddress.ip_network(str(item.value).strip(), strict=False).prefixlen == 0
            except ValueError:
                verdicts.append(None)
                continue
            if open_to_all:
                shown = f"{item.value} (the default)" if item.state == "default" else str(item.value)
                state = "fail" if enabled else "unknown"
                suffix = "" if enabled else "; endpoint_public_access is not resolved statically"
                yield Hit(state, item.location, f"public endpoint is open to {shown}{suffix}")
                break
            verdicts.append(False)
        else:
            if None in verdicts:
                yield Hit("unknown", cidrs.location if cidrs is not None else block.location,
                          "public_access_cidrs is not resolved statically")


# -- SRM-EKS-002: control-plane audit logs ---------------------------------------------------------


def eks_log_types(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """Every log type in `required` (default: audit) is among the enabled control-plane log types.
    SRM-EKS-002."""
    required = params.get("required", ["audit"])
    node = resource.properties.get("log_types")
    if not _set(node):
        yield Hit("fail", resource.location, f"no control-plane log types are enabled ({', '.join(required)} needed)")
        return
    if node.unknown:
        yield Hit("unknown", node.location, f"enabled log types are not resolved statically ({node.value.reason})")
        return
    enabled: list[str] = []
    unresolved = False
    for item in node.items():
        value = item.get("type") if isinstance(item.value, dict) else item
        if value is None:
            continue
        if value.unknown:
            unresolved = True
        elif isinstance(value.value, str):
            enabled.append(value.value.strip())
    missing = [t for t in required if t not in enabled]
    if not missing:
        return
    if unresolved:
        yield Hit("unknown", node.location, "some enabled log types are not resolved statically")
        return
    shown = ", ".join(enabled) if enabled else "none"
    yield Hit("fail", node.location, f"{', '.join(missing)} is not among the enabled log types ({shown})")


# -- SRM-EKS-003: Kubernetes version support --------------------------------------------------------


@lru_cache(maxsize=1)
def eks_versions() -> dict:
    """policies/data/eks_versions.json: end of standard and extended support per minor version."""
    from ..policies import bundled_policy_dir

    return json.loads((bundled_policy_dir() / "data" / "eks_versions.json").read_text(encoding="utf-8"))


def _minor(text: str) -> tuple[int, int] | None:
    match = re.fullmatch(r"v?(\d+)\.(\d+)(\.\d+)?", text.strip())
    return (int(match[1]), int(match[2])) if match else None


def eks_version(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """The pinned Kubernetes version is past its end of standard support (with
    `allow_extended_support`, past its end of extended support) on the `as_of` date. An unset
    version takes the current default and passes. SRM-EKS-003."""
    node = resource.properties.get("version")
    if not _set(node):
        return
    if node.unknown:
        yield Hit("unknown", node.location, f"version is not resolved statically ({node.value.reason})")
        return
    data = eks_versions()
    as_of = str(params.get("as_of") or data["as_of"])
    table = {_minor(v): (v, dates) for v, dates in data["versions"].items()}
    text = str(node.value).strip()
    minor = _minor(text)
    if isinstance(node.value, float) and _minor(f"{node.value:.2f}") in table:
        minor = _minor(f"{node.value:.2f}")  # an unquoted YAML 1.30 reads as 1.3
    if minor is None:
        yield Hit("unknown", node.location, f"version {text!r} is not a Kubernetes minor version")
        return
    extended = bool(params.get("allow_extended_support"))
    key = "end_extended" if extended else "end_standard"
    label = "extended" if extended else "standard"
    if minor not in table:
        if minor < min(table):
            yield Hit("fail", node.location, f"Kubernetes {text} is older than every version Amazon EKS supports")
        elif minor < max(table):
            yield Hit("unknown", node.location, f"Kubernetes {text} is not in the EKS version calendar")
        return
    name, dates = table[minor]
    if dates[key] <= as_of:
        yield Hit("fail", node.location, f"Kubernetes {name} reached the end of {label} support on {dates[key]} "
                  f"(as of {as_of})")


PREDICATES = {
    "compute.imds_v2": imds_v2,
    "compute.ebs_encryption": ebs_encryption,
    "compute.public_ip": public_ip,
    "compute.patch_enrolment": patch_enrolment,
    "compute.eks_public_endpoint": eks_public_endpoint,
    "compute.eks_log_types": eks_log_types,
    "compute.eks_version": eks_version,
}
TESTS: dict = {}
