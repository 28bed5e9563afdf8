"""Terraform module instances: variables, locals, outputs, `count`/`for_each` instances and
local module calls, evaluated the way `terraform plan` would where the values are static.

A root module is a scanned directory, its variables set by tfvars files and flags. A child
module is instantiated once per call (and per `count`/`for_each` key of the call) with the
call's arguments as its variables; its resources get addresses such as
`module.site["eu"].aws_s3_bucket.this[0]` and remember the module calls that created them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import TERRAFORM, InputError, Location, NativeResource, Node, Reference, unknown_node
from ..values import known, refs_of
from .hcl_expr import Context, apply_steps
from .terraform import (
    Block,
    attributes,
    evaluate_any,
    evaluate_body,
    parse_expression,
)
from .tf_policy_document import policy_document

MAX_INSTANCES = 1000  # count = 100000 must not expand into 100000 resources
MAX_MODULE_DEPTH = 16


@dataclass(frozen=True)
class ModuleSource:
    """A directory's parsed blocks (parsed once, instantiated many times)."""

    directory: str  # display path
    path: Path | None  # on disk, to resolve local module sources
    blocks: tuple[Block, ...]


# finds a module call's source directory: (caller, source string, module key) → ModuleSource or a notice
SourceFinder = Callable[[ModuleSource, str, str], "ModuleSource | str"]


def instance_key(key: Any) -> str:
    """Terraform's instance address suffix: [0] or ["name"]."""
    if isinstance(key, int) and not isinstance(key, bool):
        return f"[{key}]"
    return "[" + json.dumps(str(key)) + "]"


class Module:
    """One instance of a module: its blocks evaluated with its own variable values."""

    def __init__(self, directory: str, blocks: list[Block] | tuple[Block, ...], *,
                 inputs: dict[str, Node] | None = None, address: str = "", calls: tuple[Location, ...] = (),
                 scope: str | None = None, find_source: SourceFinder | None = None, path: Path | None = None,
                 key: str = "", chain: tuple[str, ...] = ()) -> None:
        self.source = ModuleSource(directory, path, tuple(blocks))
        self.directory = directory
        self.inputs = inputs or {}
        self.address = address  # "" for a root module, else module.a["x"].module.b
        self.calls = calls  # the module blocks that led here, outermost first
        self.scope = scope or directory
        self.find_source = find_source
        self.key = key  # the module path Terraform uses in .terraform/modules/modules.json
        self.chain = (*chain, directory)
        self.errors: list[InputError] = []
        self.notices: list[InputError] = []
        self.variables: dict[str, Block] = {}
        self.locals: dict[str, tuple[Any, str, Location]] = {}
        self.outputs: dict[str, tuple[Any, str, Location]] = {}
        self.resources: dict[str, Block] = {}
        self.module_calls: dict[str, Block] = {}
        self._value_cache: dict[str, tuple[Node, list]] = {}  # locals and outputs
        self._default_cache: dict[str, Node] = {}
        self._input_refs_cache: dict[str, tuple[str, ...]] = {}
        self._busy: set[str] = set()
        self._document_cache: dict[str, Node] = {}
        self._instances: dict[str, list[tuple[str, dict[str, Node]]]] = {}
        self._children: dict[str, list[tuple[str, Module]]] | None = None
        self._index_blocks()

    def _index_blocks(self) -> None:
        for block in self.source.blocks:
            if block.type == "variable" and block.labels:
                self._declare(self.variables, block.labels[0], block, "variable")
            elif block.type == "locals":
                for name, expression, loc in attributes(block):
                    if name in self.locals:
                        self._duplicate(f"local value {name!r}", loc, self.locals[name][2])
                    self.locals[name] = (expression, loc.path, loc)
            elif block.type == "output" and block.labels:
                for name, expression, loc in attributes(block):
                    if name == "value":
                        self.outputs[block.labels[0]] = (expression, loc.path, loc)
            elif block.type in ("resource", "data") and len(block.labels) == 2:
                address = ("data." if block.type == "data" else "") + ".".join(block.labels)
                self._declare(self.resources, address, block, block.type)
            elif block.type == "module" and block.labels:
                self._declare(self.module_calls, block.labels[0], block, "module")

    def _declare(self, table: dict[str, Block], name: str, block: Block, what: str) -> None:
        if name in table:
            shown = f"{what} {name!r}" if what in ("variable", "module") else f"{what} {name}"
            self._duplicate(shown, block.location, table[name].location)
            return
        table[name] = block

    def _duplicate(self, what: str, where: Location, first: Location) -> None:
        """Terraform rejects a second declaration; report it and keep going."""
        self.errors.append(InputError(where.path, f"duplicate {what} (first declared at {first})", where.line,
                                      where.column))

    def qualify(self, local_address: str) -> str:
        return f"{self.address}.{local_address}" if self.address else local_address

    # -- evaluation ---------------------------------------------------------------------------

    def context(self, path: str, bindings: dict[str, Node] | None = None) -> Context:
        return Context(path, self.resolve, parse_expression, dict(bindings or {}))

    def resolve(self, root: str, steps: list, location: Location, ctx: Context) -> Node:
        """Resolve a traversal `root.step.step…` met in an expression."""
        names = [arg for kind, arg in steps if kind == "attr"]
        if root == "var" and steps and steps[0][0] == "attr":
            value = self._variable(steps[0][1], location)
            ctx.refs.extend((target, location) for target in self._input_refs(steps[0][1]))
            return apply_steps(value, steps[1:], ctx, location)
        if root == "local" and steps and steps[0][0] == "attr":
            return apply_steps(self._local(steps[0][1], location, ctx), steps[1:], ctx, location)
        if root == "module" and steps and steps[0][0] == "attr":
            return self._module_output(steps, location, ctx)
        if root in ("count", "each", "self"):
            return unknown_node(f"{root}.{'.'.join(names)} depends on the instance", location)
        if root in ("path", "terraform"):
            return unknown_node(f"{root}.{'.'.join(names)} is not resolved statically", location)
        if root == "data" and len(names) >= 2:
            return self._resource_reference(f"data.{names[0]}", steps[1:], location, ctx)
        if names and "_" in root:
            return self._resource_reference(root, steps, location, ctx)
        return unknown_node(f"unknown reference {root!r}", location)

    def _resource_reference(self, kind: str, steps: list, location: Location, ctx: Context) -> Node:
        """`aws_s3_bucket.b[0].id`, `data.aws_iam_policy_document.d.json`: an edge, and a value
        only for what is known before apply (a rendered policy document)."""
        local = f"{kind}.{steps[0][1]}"
        rest = steps[1:]
        suffix = ""
        if rest and rest[0][0] in ("index", "index_value"):
            index = rest[0][1] if rest[0][0] == "index_value" else None
            if index is None:
                from .hcl_expr import evaluate

                value = evaluate(rest[0][1], ctx)
                index = None if value.unknown else value.value
            if index is not None:
                suffix = instance_key(index)
            rest = rest[1:]
        target = self.qualify(local + suffix)
        ctx.refs.append((target, location))
        attribute = rest[0][1] if rest and rest[0][0] == "attr" else None
        if kind == "data.aws_iam_policy_document" and attribute in ("json", "minified_json") \
                and local in self.resources:
            document = self.document(local, suffix)
            return apply_steps(document.at(location, document.location), rest[1:], ctx, location)
        if kind.startswith("data."):
            return unknown_node(f"{target} is read at deploy time", location, (target,))
        return unknown_node(f"{target}.{attribute or 'value'} is known after apply", location, (target,))

    def _input_refs(self, name: str) -> tuple[str, ...]:
        """The resources a caller's argument refers to: edges of whatever uses the variable."""
        if name not in self._input_refs_cache:
            value = self.inputs.get(name)
            self._input_refs_cache[name] = refs_of(value) if value is not None else ()
        return self._input_refs_cache[name]

    def _variable(self, name: str, location: Location) -> Node:
        if name in self.inputs:
            value = self.inputs[name]
            if value.value is None and not value.unknown:
                return self._default(name, location)
            return value.at(location, value.origin or value.location)
        return self._default(name, location)

    def _default(self, name: str, location: Location) -> Node:
        if name not in self._default_cache:
            self._default_cache[name] = self._evaluate_default(name)
        value = self._default_cache[name]
        if value.unknown:
            return unknown_node(value.value.reason, location)
        return value.at(location, value.origin)

    def _evaluate_default(self, name: str) -> Node:
        block = self.variables.get(name)
        if block is None:
            return unknown_node(f"variable {name!r} is not declared", Location("", 0))
        for attr_name, expression, attr_location in attributes(block):
            if attr_name == "default":
                # a null default is a value: the argument it sets is omitted, as Terraform does
                value = evaluate_any(expression, self.context(block.location.path), None)
                return value.at(value.location, attr_location)
        return unknown_node(f"variable {name!r} has no default", block.location)

    def _local(self, name: str, location: Location, ctx: Context) -> Node:
        if name not in self.locals:
            return unknown_node(f"local {name!r} is not declared", location)
        return self._named_value(f"local.{name}", self.locals[name], location, ctx)

    def output(self, name: str, location: Location, ctx: Context) -> Node:
        """A module output as its caller sees it."""
        if name not in self.outputs:
            return unknown_node(f"output {name!r} is not declared in {self.address}", location, (self.address,))
        return self._named_value(f"output.{name}", self.outputs[name], location, ctx)

    def _named_value(self, key: str, declaration: tuple[Any, str, Location], location: Location,
                     ctx: Context) -> Node:
        """A local value or an output: evaluated once, used anywhere, located at each use."""
        if key not in self._value_cache:
            if key in self._busy:
                return unknown_node(f"{key.replace('.', ' ', 1)!r} refers to itself", location)
            expression, path, attr_location = declaration
            self._busy.add(key)
            inner = self.context(path)
            inner.depth = ctx.depth
            node = evaluate_any(expression, inner, attr_location)
            self._busy.discard(key)
            self._value_cache[key] = (node, inner.refs)
        node, refs = self._value_cache[key]
        ctx.refs.extend(refs)
        return node.at(location, node.origin or node.location)

    def _module_output(self, steps: list, location: Location, ctx: Context) -> Node:
        name = steps[0][1]
        rest = steps[1:]
        instances = self.children().get(name)
        if instances is None:
            target = self.qualify(f"module.{name}")
            ctx.refs.append((target, location))
            return unknown_node(f"outputs of {target} are not resolved (module not loaded)", location, (target,))
        chosen = instances
        if rest and rest[0][0] in ("index", "index_value"):
            index = rest[0][1] if rest[0][0] == "index_value" else None
            if index is None:
                from .hcl_expr import evaluate

                value = evaluate(rest[0][1], ctx)
                index = None if value.unknown else value.value
            chosen = [i for i in instances if index is not None and i[0] == instance_key(index)]
            rest = rest[1:]
        if len(chosen) != 1 or not rest or rest[0][0] != "attr":
            target = self.qualify(f"module.{name}")
            return unknown_node(f"output of {target} is not resolved statically", location, (target,))
        child = chosen[0][1]
        return apply_steps(child.output(rest[0][1], location, ctx), rest[1:], ctx, location)

    def document(self, local: str, suffix: str = "") -> Node:
        """The JSON policy document a `data.aws_iam_policy_document` instance renders."""
        cache_key = local + suffix
        if cache_key not in self._document_cache:
            block = self.resources[local]
            self._document_cache[cache_key] = unknown_node("policy document refers to itself", block.location)
            bindings = dict(self.instances(local)).get(suffix) or next(iter(dict(self.instances(local)).values()),
                                                                        {})
            ctx = self.context(block.location.path, bindings)
            self._document_cache[cache_key] = policy_document(evaluate_body(block, ctx), block.location)
        return self._document_cache[cache_key]

    # -- count and for_each -------------------------------------------------------------------

    def instances(self, local: str) -> list[tuple[str, dict[str, Node]]]:
        """(address suffix, bindings) of each instance of a resource or module call."""
        if local not in self._instances:
            block = self.resources.get(local) or self.module_calls.get(local.removeprefix("module."))
            self._instances[local] = self._expand(block) if block is not None else [("", {})]
        return self._instances[local]

    def _expand(self, block: Block) -> list[tuple[str, dict[str, Node]]]:
        meta = {name: (expression, loc) for name, expression, loc in attributes(block) if name in ("count", "for_each")}
        if not meta:
            return [("", {})]
        ctx = self.context(block.location.path)
        if "count" in meta:
            expression, loc = meta["count"]
            count = evaluate_any(expression, ctx, loc)
            if count.unknown or not isinstance(count.value, (int, float)) or isinstance(count.value, bool):
                return [("", {"count": Node({"index": unknown_node(_why(count, "count"), loc)}, loc)})]
            total = int(count.value)
            if total > MAX_INSTANCES:
                self.notices.append(InputError(loc.path, f"count = {total} is more than {MAX_INSTANCES} instances; "
                                               "checked as one instance with an unknown index", loc.line, loc.column))
                return [("", {"count": Node({"index": unknown_node("count is too large to expand", loc)}, loc)})]
            return [(instance_key(i), {"count": Node({"index": Node(i, loc)}, loc)}) for i in range(total)]
        expression, loc = meta["for_each"]
        collection = evaluate_any(expression, ctx, loc)
        if not known(collection) and not (isinstance(collection.value, dict) and collection.value) \
                or not isinstance(collection.value, (dict, list)):
            element = unknown_node(_why(collection, "for_each"), loc)
            return [("", {"each": Node({"key": element, "value": element}, loc)})]
        if isinstance(collection.value, dict):
            pairs = list(collection.value.items())
        else:  # a set of strings: each.key and each.value are the element
            pairs = [(str(item.value), item) for item in collection.value if not item.unknown]
            if len(pairs) != len(collection.value):
                element = unknown_node("for_each set has elements not resolved statically", loc)
                return [("", {"each": Node({"key": element, "value": element}, loc)})]
        if len(pairs) > MAX_INSTANCES:
            self.notices.append(InputError(loc.path, f"for_each over {len(pairs)} elements is more than "
                                           f"{MAX_INSTANCES}; checked as one unknown instance", loc.line, loc.column))
            element = unknown_node("for_each is too large to expand", loc)
            return [("", {"each": Node({"key": element, "value": element}, loc)})]
        return [(instance_key(key), {"each": Node({"key": Node(key, loc), "value": value}, loc)})
                for key, value in sorted(pairs, key=lambda pair: pair[0])]

    # -- module calls -------------------------------------------------------------------------

    def children(self) -> dict[str, list[tuple[str, Module]]]:
        """Instances of each local module call, by call name: [(instance suffix, module)]."""
        if self._children is None:
            self._children = {}
            for name in sorted(self.module_calls):
                instances = self._instantiate(name, self.module_calls[name])
                if instances is not None:
                    self._children[name] = instances
        return self._children

    def _instantiate(self, name: str, block: Block) -> list[tuple[str, Module]] | None:
        arguments = {arg: (expression, loc) for arg, expression, loc in attributes(block)}
        source_expression = arguments.get("source")
        where = block.location
        if source_expression is None:
            return None
        source = evaluate_any(source_expression[0], self.context(where.path), None)
        if not isinstance(source.value, str):
            self.notices.append(InputError(where.path, f"module {name!r}: source is not a literal; not scanned",
                                           where.line, where.column))
            return None
        key = f"{self.key}.{name}" if self.key else name
        found = self.find_source(self.source, source.value, key) if self.find_source else "modules are not loaded"
        if isinstance(found, str):
            self.notices.append(InputError(where.path, f"module {name!r} ({source.value}): {found}; not scanned",
                                           where.line, where.column))
            return None
        if found.directory in self.chain or len(self.chain) >= MAX_MODULE_DEPTH:
            problem = "calls itself through a cycle" if found.directory in self.chain else "is nested too deeply"
            self.errors.append(InputError(where.path, f"module {name!r} ({source.value}) {problem}; not expanded",
                                          where.line, where.column))
            return None
        out: list[tuple[str, Module]] = []
        for suffix, bindings in self.instances(f"module.{name}"):
            ctx = self.context(where.path, bindings)
            inputs = {arg: evaluate_any(expression, ctx, loc) for arg, (expression, loc) in arguments.items()
                      if arg not in ("source", "version", "count", "for_each", "providers", "depends_on")}
            child = Module(found.directory, found.blocks, inputs=inputs, address=self.qualify(f"module.{name}{suffix}"),
                           calls=(*self.calls, where), scope=self.scope, find_source=self.find_source,
                           path=found.path, key=key, chain=self.chain)
            out.append((suffix, child))
        return out

    # -- output ---------------------------------------------------------------------------------

    def native_resources(self) -> list[NativeResource]:
        found: list[NativeResource] = []
        for local, block in self.resources.items():
            for suffix, bindings in self.instances(local):
                found.append(self._native(local, suffix, block, bindings))
        for instances in self.children().values():
            for _, child in instances:
                found.extend(child.native_resources())
                self.errors.extend(child.errors)
                self.notices.extend(child.notices)
        return found

    def declarations(self) -> list[NativeResource]:
        """Variables, locals, outputs and provider configurations as pseudo-resources (native
        types `variable`, `local`, `output`, `provider.<name>`), so checks can read them like
        resources: a secret-looking variable not marked sensitive, keys in a provider block."""
        found: list[NativeResource] = []
        for name, block in self.variables.items():
            body = evaluate_body(block, self.context(block.location.path))
            body.value["name"] = Node(name, block.location)
            found.append(NativeResource(f"var.{name}", "variable", TERRAFORM, block.location, body, scope=self.scope))
        for name, (_, _, location) in self.locals.items():
            ctx = self.context(location.path)
            value = self._local(name, location, ctx)
            body = Node({"name": Node(name, location), "value": value}, location)
            found.append(NativeResource(f"local.{name}", "local", TERRAFORM, location, body,
                                        [Reference(f"local.{name}", t, loc) for t, loc in ctx.refs], scope=self.scope))
        for block in self.source.blocks:
            if block.type in ("output", "provider") and block.labels:
                ctx = self.context(block.location.path)
                body = evaluate_body(block, ctx)
                body.value["name"] = Node(block.labels[0], block.location)
                alias = body.get("alias")
                suffix = f".{alias.value}" if alias is not None and isinstance(alias.value, str) else ""
                address = f"{block.type}.{block.labels[0]}{suffix}"
                native_type = "output" if block.type == "output" else f"provider.{block.labels[0]}"
                found.append(NativeResource(address, native_type, TERRAFORM, block.location, body,
                                            [Reference(address, t, loc) for t, loc in ctx.refs], scope=self.scope))
        return found

    def _native(self, local: str, suffix: str, block: Block, bindings: dict[str, Node]) -> NativeResource:
        address = self.qualify(local + suffix)
        ctx = self.context(block.location.path, bindings)
        body = evaluate_body(block, ctx)
        native_type = block.labels[0]
        if block.type == "data":
            native_type = "data." + native_type
            if native_type == "data.aws_iam_policy_document":
                body.value["json"] = self.document(local, suffix)
        base = self.qualify(local)
        refs = [Reference(address, target, loc) for target, loc in ctx.refs if target not in (address, base)]
        return NativeResource(address, native_type, TERRAFORM, block.location, body, refs, scope=self.scope,
                              module_calls=self.calls)


def _why(node: Node, what: str) -> str:
    reason = node.value.reason if node.unknown else "not a number or collection"
    return f"{what} is not resolved statically ({reason})"


__all__ = ["Module", "ModuleSource", "instance_key", "MAX_INSTANCES"]
