"""The common resource graph: native resources mapped to canonical kinds, companions folded
into their parents, and the reference edges between them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources as package_files
from typing import Any

import yaml

from .model import DEFAULT, Location, NativeResource, Node, Resource


@dataclass(frozen=True)
class Companion:
    kind: str
    link: str
    properties: dict


@dataclass(frozen=True)
class Mapping:
    """The canonical kinds: which native types feed them, and how."""

    by_native: dict[tuple[str, str], tuple[str, dict]]  # (framework, native type) → (kind, properties)
    companions: dict[tuple[str, str], Companion]  # (framework, companion type) → how it folds
    keys: dict[str, str]  # kind → the property a companion's literal link may equal


DECLARATION_TYPES = ("variable", "local", "output", "CloudFormation::Parameter", "CloudFormation::Output")


def _is_declaration(native: NativeResource) -> bool:
    """Inputs, locals, outputs and provider blocks: pseudo-resources, not infrastructure."""
    return native.native_type in DECLARATION_TYPES or native.native_type.startswith("provider.")


def _same_unknown(name: Node | None, link: Node) -> bool:
    """Two values that are the same unset input: the same reason, no resource behind them."""
    return name is not None and name.unknown and not link.value.refs and not name.value.refs \
        and name.value.reason == link.value.reason and name.value.text == link.value.text \
        and ("has no Default" in link.value.reason or "has no default" in link.value.reason)


def _base(address: str) -> str:
    """`aws_s3_bucket.b[0]` → `aws_s3_bucket.b`."""
    return address[: address.rindex("[")] if address.endswith("]") and "[" in address else address


class MappingError(Exception):
    """The shipped mapping data contradicts itself (a bug in srm-lint, caught by the tests)."""


@lru_cache(maxsize=1)
def load_mapping() -> Mapping:
    """Every srm_lint/mapping/*.yaml file (one per group of services). A native type may gain
    canonical properties in several files, but always maps to one kind, and each of its
    properties is defined once."""
    by_native: dict[tuple[str, str], tuple[str, dict]] = {}
    companions: dict[tuple[str, str], Companion] = {}
    keys: dict[str, str] = {}
    files = sorted(f for f in package_files.files("srm_lint.mapping").iterdir() if f.name.endswith(".yaml"))
    for file in files:
        for kind, spec in (yaml.safe_load(file.read_text(encoding="utf-8")) or {}).items():
            if "key" in spec:
                keys[kind] = spec["key"]
            for framework in ("terraform", "cloudformation"):
                for native_type, properties in (spec.get(framework) or {}).items():
                    key = (framework, native_type)
                    _, known = by_native.get(key, (kind, {}))
                    by_native[key] = (_same_kind(by_native, key, kind, file.name),
                                      _merge(known, properties or {}, native_type, file.name))
                for native_type, companion in ((spec.get("companions") or {}).get(framework) or {}).items():
                    key = (framework, native_type)
                    known = companions[key].properties if key in companions else {}
                    if key in companions and (companions[key].kind, companions[key].link) != (kind, companion["link"]):
                        raise MappingError(f"{file.name}: companion {native_type} is linked differently elsewhere")
                    companions[key] = Companion(kind, companion["link"],
                                                _merge(known, companion["properties"], native_type, file.name))
    clash = set(by_native) & set(companions)
    if clash:
        raise MappingError(f"{sorted(clash)[0][1]} is both a resource and a companion")
    return Mapping(by_native, companions, keys)


def _same_kind(table: dict, key: tuple[str, str], kind: str, file: str) -> str:
    if key in table and table[key][0] != kind:
        raise MappingError(f"{file}: {key[1]} maps to {kind} here and to {table[key][0]} elsewhere")
    return kind


def _merge(known: dict, extra: dict, native_type: str, file: str) -> dict:
    repeated = set(known) & set(extra)
    if repeated:
        raise MappingError(f"{file}: {native_type}.{sorted(repeated)[0]} is defined twice")
    return {**known, **extra}


# -- native paths ---------------------------------------------------------------------------------


def find(node: Node, path: str) -> list[Node]:
    """Every node at a dotted native path; lists fan out on the way."""
    current = [node]
    if path in (".", ""):
        return current
    for segment in path.split("."):
        following: list[Node] = []
        for item in current:
            for element in item.items():
                child = element.get(segment)
                if child is not None:
                    following.append(child)
        current = following
    return current


def _canonical_value(found: list[Node], spec: dict) -> Node | None:
    if "fields" in spec:
        # an unknown element stays unknown: a rule or block that may exist must not vanish
        items = [element for node in found for element in node.items()
                 if isinstance(element.value, dict) or element.unknown]
        mapped = [item if item.unknown else Node(_fields(item, spec["fields"]), item.location, item.state)
                  for item in items]
        if not mapped:
            return None
        if len(found) == 1 and not isinstance(found[0].value, list):
            return mapped[0]
        return Node(mapped, found[0].location)
    if not found:
        return None
    node = found[0]
    if "values" in spec and not node.unknown and not isinstance(node.value, (dict, list)):
        table = {_key(k): v for k, v in spec["values"].items()}
        mapped = table.get(_key(node.value), node.value)
        return replace(node, value=mapped)
    return node


def _key(value: Any) -> str:
    return str(value).lower()


def _fields(body: Node, fields: dict) -> dict[str, Node]:
    out: dict[str, Node] = {}
    for name, spec in fields.items():
        value = _property(body, spec)
        if value is not None:
            out[name] = value
    return out


def _property(body: Node, spec: Any) -> Node | None:
    if isinstance(spec, str):
        spec = {"from": spec}
    if "const" in spec:
        return Node(spec["const"], body.location, DEFAULT)
    value = _canonical_value(find(body, spec["from"]), spec)
    if value is None and "default" in spec:
        return Node(spec["default"], body.location, DEFAULT)
    return value


def canonical_properties(body: Node, properties: dict) -> dict[str, Node]:
    return _fields(body, properties)


# -- the graph ------------------------------------------------------------------------------------


class Graph:
    """Canonical resources by kind, native resources by address, and who refers to whom."""

    def __init__(self, natives: list[NativeResource], facts: dict[str, dict[str, Any]] | None = None) -> None:
        self.mapping = load_mapping()
        self.facts = facts or {}
        self.natives = {(n.scope, n.address): n for n in natives}
        # who refers to whom, keyed by the target without its instance key
        self.referrers: dict[tuple[str, str], list[NativeResource]] = defaultdict(list)
        for native in natives:
            for ref in native.refs:
                bucket = self.referrers[(native.scope, _base(ref.target))]
                if native not in bucket:
                    bucket.append(native)
        self.resources: list[Resource] = []
        self._build(natives)
        self.by_kind: dict[str, list[Resource]] = defaultdict(list)
        self._addresses: dict[tuple[str, str], list[Resource]] = defaultdict(list)
        for resource in self.resources:
            self.by_kind[resource.kind].append(resource)
            self._addresses[(resource.native.scope, resource.address)].append(resource)

    def _build(self, natives: list[NativeResource]) -> None:
        parents: dict[tuple[str, str], Resource] = {}
        variants: dict[tuple[str, str], list[Resource]] = defaultdict(list)
        companions: list[tuple[NativeResource, Companion]] = []
        for native in natives:
            key = (native.framework, native.native_type)
            if key in self.mapping.by_native:
                kind, properties = self.mapping.by_native[key]
                resource = Resource(native.address, kind, native.native_type, native.framework, native.location,
                                    Node(canonical_properties(native.body, properties), native.body.location),
                                    native, related=native.module_calls)
                self.resources.append(resource)
                parents[(native.scope, native.address)] = resource
                variants[(native.scope, native.address)].append(resource)
            elif key in self.mapping.companions:
                companions.append((native, self.mapping.companions[key]))
        for native, companion in companions:
            parent = self._parent_of(native, companion, parents)
            folded = canonical_properties(native.body, companion.properties)
            if parent is None:
                self.resources.append(Resource(native.address, companion.kind, native.native_type,
                                               native.framework, native.location,
                                               Node(folded, native.location), native, partial=True,
                                               related=native.module_calls))
                continue
            for each in variants[(parent.native.scope, parent.address)]:  # CloudFormation condition variants
                each.properties.value.update(folded)
                each.related = (*each.related, native.location,
                                *[c for c in native.module_calls if c not in each.related])

    def _parent_of(self, native: NativeResource, companion: Companion,
                   parents: dict[tuple[str, str], Resource]) -> Resource | None:
        link = native.body.get(companion.link)
        if link is None:
            return None
        key = self.mapping.keys.get(companion.kind)
        if link.unknown:
            for target in link.value.refs:
                parent = self._instance(parents, native.scope, target)
                if parent is not None and parent.kind == companion.kind:
                    return parent
            # both named by the same unset input (`Bucket: !Ref Name` and `BucketName: !Ref Name`)
            same = [p for (scope, _), p in parents.items() if scope == native.scope and p.kind == companion.kind
                    and key is not None and _same_unknown(p.properties.get(key), link)]
            return same[0] if len(same) == 1 else None
        if key is None or not isinstance(link.value, str):
            return None
        for (scope, _), parent in parents.items():
            name = parent.properties.get(key)
            if scope == native.scope and parent.kind == companion.kind and name is not None \
                    and name.value == link.value:
                return parent
        return None

    @staticmethod
    def _instance(parents: dict[tuple[str, str], Resource], scope: str, target: str) -> Resource | None:
        """The resource a reference names: the exact instance, else the only instance of an
        expanded resource, else the single unexpanded resource an indexed reference points into."""
        exact = parents.get((scope, target))
        if exact is not None:
            return exact
        base = _base(target)
        if base != target:
            return parents.get((scope, base))
        instances = [p for (s, address), p in parents.items() if s == scope and address.startswith(base + "[")]
        return instances[0] if len(instances) == 1 else None

    def targets(self, resource: Resource, node: Node | None, kinds: tuple[str, ...] = ()) -> list[Resource]:
        """The resources a property refers to (by reference; for names, compare properties),
        optionally only of some kinds."""
        if node is None:
            return []
        found: list[Resource] = []
        for element in node.items():
            if not element.unknown:
                continue
            for target in element.value.refs:
                for candidate in self._by_address(resource.native.scope, target):
                    wanted = candidate.kind in kinds if kinds else not _is_declaration(candidate.native)
                    if wanted and candidate not in found:
                        found.append(candidate)
        return found

    def _by_address(self, scope: str, target: str) -> list[Resource]:
        exact = self._addresses.get((scope, target))
        if exact:
            return exact
        base = _base(target)
        return [r for r in self._addresses.get((scope, base), [])] or \
            [r for (s, address), rs in self._addresses.items() if s == scope and address.startswith(base + "[")
             for r in rs]

    def referrers_of(self, resource: Resource, kinds: tuple[str, ...] = ()) -> list[Resource]:
        """Canonical resources whose native properties refer to this one (flow logs of a VPC,
        rotations of a secret, …)."""
        found: list[Resource] = []
        for native in [n for n in self.referring(resource) if kinds or not _is_declaration(n)]:
            for candidate in self._addresses.get((native.scope, native.address), []):
                if (not kinds or candidate.kind in kinds) and candidate not in found:
                    found.append(candidate)
        return found

    def fact(self, resource: Resource, name: str, default: Any = None) -> Any:
        """A fact of the scope the resource was declared in (e.g. `aws_provider_major`)."""
        return self.facts.get(resource.native.scope, {}).get(name, default)

    def kinds(self, kinds: list[str]) -> list[Resource]:
        return [r for kind in kinds for r in self.by_kind.get(kind, [])]

    def referring(self, resource: Resource) -> list[NativeResource]:
        """Natives that refer to this resource: to this instance, to the resource as a whole, or
        (when its count or for_each did not resolve) to any of its instances."""
        candidates = self.referrers.get((resource.native.scope, _base(resource.address)), [])
        if resource.address == _base(resource.address):
            return list(candidates)
        return [n for n in candidates
                if any(r.target in (resource.address, _base(resource.address)) for r in n.refs)]

    def is_referenced(self, resource: Resource) -> bool:
        """Whether any other resource in the same scope refers to this one."""
        return bool(self.referring(resource))

    def related_locations(self, resource: Resource) -> tuple[Location, ...]:
        return resource.related
