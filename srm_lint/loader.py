"""Files → native resources: read each candidate once, hand it to the parser of its framework,
and turn every problem into an InputError instead of an exception."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .discovery import Candidate, display_path, is_terraform
from .model import InputError, NativeResource, Node, unknown_node
from .parsers import cloudformation, plan
from .settings import Settings

MAX_FILE_BYTES = 10 * 1024 * 1024


@dataclass
class Loaded:
    natives: list[NativeResource] = field(default_factory=list)
    parsed: list[str] = field(default_factory=list)  # display paths of the files understood
    errors: list[InputError] = field(default_factory=list)
    notices: list[InputError] = field(default_factory=list)  # what was deliberately not scanned
    facts: dict[str, dict] = field(default_factory=dict)  # scope → facts such as aws_provider_major


def read_text(path: Path) -> tuple[str | None, InputError | None]:
    """A file's text, or why it cannot be had (too large, unreadable, not UTF-8)."""
    shown = display_path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, InputError(shown, f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; not scanned")
        data = path.read_bytes()
    except OSError as error:
        return None, InputError(shown, f"cannot read: {error.strerror or error}")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, InputError(shown, "not UTF-8 text", line)


def load(candidates: list[Candidate], settings: Settings) -> Loaded:
    loaded = Loaded()
    directories: dict[Path, None] = {}
    for candidate in candidates:
        if is_terraform(candidate.path):
            directories.setdefault(candidate.path.parent, None)
        else:
            _load_document(candidate, settings, loaded)
    terraform = TerraformLoader(settings, loaded)
    for directory in directories:
        _load_module(directory, settings, loaded, terraform)
    _branch_on_conditions(loaded)
    return loaded


def _branch_on_conditions(loaded: Loaded) -> None:
    """CloudFormation resources whose values depend on conditions that do not resolve become one
    variant per combination of those conditions; the engine reports a finding only when every
    variant fails. A resource whose own Condition does not resolve is marked conditional."""
    from .parsers import cfn_stacks
    from .parsers.cfn_conditions import condition_branches

    templates = cfn_stacks.templates_of(loaded)
    if not templates:
        return
    natives: list[NativeResource] = []
    for native in loaded.natives:
        template = templates.get(native.scope)
        if template is None:
            natives.append(native)
            continue
        condition = template.conditional.get(native.address, "")
        for assumed, variant in condition_branches(template, native):
            variant.condition = condition
            variant.assumptions = tuple(sorted(assumed.items()))
            natives.append(variant)
    loaded.natives[:] = natives


def _load_document(candidate: Candidate, settings: Settings, loaded: Loaded) -> None:
    """A YAML or JSON file: a CloudFormation template, or something we do not scan.

    Parameter values (files and --parameter) apply to every top-level template; local nested
    stacks are loaded with what their parent passes (parsers/cfn_stacks.py)."""
    from .parsers import cfn_stacks

    if cfn_stacks.is_nested(loaded, candidate.path):
        return  # already evaluated as the nested stack of a template in the scan
    shown = display_path(candidate.path)
    text, error = read_text(candidate.path)
    if error is not None:
        if candidate.explicit or error.message.startswith("cannot read"):
            loaded.errors.append(error)
        return
    if plan.looks_like_plan(text):
        natives, plan_errors = plan.parse_text(text, shown)
        if plan_errors != [InputError(shown, plan.NOT_A_PLAN)]:
            _link_plan_to_sources(candidate.path, text, natives, TerraformLoader(settings, Loaded()))
            loaded.natives.extend(natives)
            loaded.errors.extend(plan_errors)
            if natives or not plan_errors:
                loaded.parsed.append(shown)
            return
    if not cloudformation.looks_like_template(text):
        if candidate.explicit:
            loaded.errors.append(InputError(shown, "not a Terraform file or CloudFormation template"))
        return
    try:
        root, template_errors = cloudformation.parse_text(text, shown)
    except cloudformation.NotATemplate:
        if candidate.explicit:
            loaded.errors.append(InputError(shown, "not a CloudFormation template (no AWSTemplateFormatVersion "
                                                   "and no Resources with AWS:: types)"))
        return
    if root is None:
        loaded.errors.extend(template_errors)
        return
    overrides = cfn_stacks.overrides(settings, loaded, read_text, display_path)
    template = cloudformation.Template(shown, root, overrides=overrides)
    cfn_stacks.add_template(loaded, candidate.path, template, read_text, display_path)


_LOCKED_AWS = re.compile(r'provider\s+"[^"]*/hashicorp/aws"\s*\{[^}]*?version\s*=\s*"(\d+)\.', re.DOTALL)
_CONSTRAINT = re.compile(r"(>=|<=|~>|!=|=|>|<)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?")


def aws_provider_major(directory: Path, source) -> int:
    """The AWS provider major version a root module uses (catalogue 3.2): the lock file's, else
    6 only when required_providers excludes every 5.x, else 5."""
    text, _ = read_text(directory / ".terraform.lock.hcl") if (directory / ".terraform.lock.hcl").is_file() \
        else (None, None)
    if text:
        match = _LOCKED_AWS.search(text)
        if match:
            return int(match.group(1))
    samples = [(major, minor, 0) for major in (5, 6) for minor in (0, 1, 2, 5, 10, 20, 50, 99)]
    for constraint in _aws_constraints(source):
        if not any(_allows(constraint, v) for v in samples if v[0] == 5) and \
                any(_allows(constraint, v) for v in samples if v[0] == 6):
            return 6
    return 5


def _aws_constraints(source) -> list[str]:
    from .parsers import terraform
    from .parsers.hcl_expr import Context

    found = []
    for block in source.blocks:
        if block.type != "terraform":
            continue
        body = terraform.evaluate_body(block, Context(block.location.path, _no_reference, terraform.parse_expression))
        for required in (body.get("required_providers") or Node([], block.location)).items():
            aws = required.get("aws") if isinstance(required.value, dict) else None
            version = aws.get("version") if aws is not None and isinstance(aws.value, dict) else None
            if version is not None and isinstance(version.value, str):
                found.append(version.value)
    return found


def _allows(constraint: str, version: tuple[int, int, int]) -> bool:
    for part in constraint.split(","):
        match = _CONSTRAINT.fullmatch(part.strip())
        if match is None:
            continue
        op = match.group(1) or "="
        numbers = [int(n) for n in match.groups()[1:] if n is not None]
        wanted = tuple(numbers + [0] * (3 - len(numbers)))
        if op == "~>":
            upper = (numbers[0] + 1, 0, 0) if len(numbers) <= 2 else (numbers[0], numbers[1] + 1, 0)
            if not (wanted <= version < upper):
                return False
        elif not {"=": version == wanted, "!=": version != wanted, ">": version > wanted, ">=": version >= wanted,
                  "<": version < wanted, "<=": version <= wanted}[op]:
            return False
    return True


_PLAN_ADDRESS = re.compile(r'^(?P<modules>(?:module\.[^.\[]+(?:\[[^\]]*\])?\.)*)(?P<local>(?:data\.)?[^.\[]+\.[^.\[]+)')


def _link_plan_to_sources(path: Path, text: str, natives: list[NativeResource], terraform: TerraformLoader) -> None:
    """When a plan sits in its root module's directory, relate each planned resource to the block
    that declares it, following local module calls through the plan's configuration."""
    directory = path.parent
    if not any(is_terraform(p) for p in directory.iterdir() if p.is_file()):
        return
    try:
        configuration = json.loads(text).get("configuration", {}).get("root_module", {})
    except (ValueError, AttributeError):
        return
    declared: dict[Path, dict[str, object]] = {}
    for native in natives:
        match = _PLAN_ADDRESS.match(native.address)
        if match is None:
            continue
        module_dir, config = directory, configuration
        calls = plan.module_steps(match["modules"].rstrip(".")) if match["modules"] else []
        for step in calls or []:
            call = (config.get("module_calls") or {}).get(step[0]) if isinstance(config, dict) else None
            source = call.get("source") if isinstance(call, dict) else None
            if not isinstance(source, str) or not source.startswith(("./", "../")):
                module_dir = None
                break
            module_dir, config = Path(os.path.normpath(module_dir / source)), call.get("module") or {}
        if module_dir is None or not module_dir.is_dir():
            continue
        if module_dir not in declared:
            blocks = terraform.source(module_dir).blocks
            declared[module_dir] = {("data." if b.type == "data" else "") + ".".join(b.labels): b
                                    for b in blocks if b.type in ("resource", "data") and len(b.labels) == 2}
        block = declared[module_dir].get(match["local"])
        if block is not None:
            native.module_calls = (*native.module_calls, block.location)


def _load_module(directory: Path, settings: Settings, loaded: Loaded, terraform: TerraformLoader | None = None) -> None:
    """A scanned directory with Terraform files is a root module: load it with its variable
    values and instantiate the local modules it calls."""
    terraform = terraform or TerraformLoader(settings, loaded)
    source = terraform.source(directory)
    from .parsers.tf_module import Module

    inputs = terraform.root_inputs(directory, source)
    module = Module(source.directory, source.blocks, inputs=inputs, path=directory,
                    find_source=lambda caller, text, key: terraform.find(directory, caller, text, key))
    loaded.natives.extend(module.native_resources() + module.declarations())
    loaded.errors.extend(module.errors)
    loaded.notices.extend(module.notices)
    loaded.facts[source.directory] = {"aws_provider_major": aws_provider_major(directory, source)}


class TerraformLoader:
    """Parses each module directory once, however many times it is instantiated."""

    def __init__(self, settings: Settings, loaded: Loaded) -> None:
        self.settings = settings
        self.loaded = loaded
        self.sources: dict[Path, object] = {}

    def source(self, directory: Path):
        from .parsers import terraform
        from .parsers.tf_module import ModuleSource

        key = directory.resolve()
        if key in self.sources:
            return self.sources[key]
        primary: list = []
        overrides: list = []
        files = sorted(p for p in directory.iterdir() if p.is_file() and is_terraform(p))
        for path in files:
            shown = display_path(path)
            text, error = read_text(path)
            if error is not None:
                self.loaded.errors.append(error)
                continue
            try:
                blocks = terraform.parse_json_text(text, shown) if path.name.endswith(".json") \
                    else terraform.parse_text(text, shown)
            except terraform.TerraformSyntaxError as syntax:
                self.loaded.errors.append(InputError(shown, str(syntax), syntax.line, syntax.column))
                continue
            (overrides if terraform.is_override_file(path.name) else primary).extend(blocks)
            self.loaded.parsed.append(shown)
        source = ModuleSource(display_path(directory), directory, tuple(terraform.merge_overrides(primary, overrides)))
        self.sources[key] = source
        return source

    def find(self, root: Path, caller, text: str, key: str):
        """The directory a module call's `source` names, or why it is not scanned."""
        if text.startswith(("./", "../")) or text in (".", ".."):
            directory = Path(os.path.normpath(caller.path / text))
            if not directory.is_dir():
                return f"local module directory {display_path(directory)} does not exist"
            if not any(is_terraform(p) for p in directory.iterdir() if p.is_file()):
                return f"local module directory {display_path(directory)} has no Terraform files"
            return self.source(directory)
        installed = _installed_modules(root).get(key)
        if installed is not None and installed.is_dir():
            return self.source(installed)
        return "remote source, not fetched (run `terraform init` to scan the installed copy)"

    def root_inputs(self, directory: Path, source) -> dict:
        """Variable values of a root module, in Terraform's order of precedence."""
        from .parsers import terraform

        values: dict = {}
        declared = {b.labels[0]: b for b in source.blocks if b.type == "variable" and b.labels}
        if self.settings.env_vars:
            for name, block in declared.items():
                if f"TF_VAR_{name}" in os.environ:
                    values[name] = _cli_value(os.environ[f"TF_VAR_{name}"], block)
        files = [directory / "terraform.tfvars", directory / "terraform.tfvars.json",
                 *sorted(p for p in directory.glob("*.auto.tfvars*") if p.name.endswith((".tfvars", ".tfvars.json"))),
                 *self.settings.var_files]
        for path in files:
            if not path.is_file():
                if path in self.settings.var_files:
                    self.loaded.errors.append(InputError(display_path(path), "variable file not found"))
                continue
            text, error = read_text(path)
            if error is not None:
                self.loaded.errors.append(error)
                continue
            try:
                parse = terraform.parse_tfvars_json if path.name.endswith(".json") else terraform.parse_tfvars
                values.update(parse(text, display_path(path)))
            except terraform.TerraformSyntaxError as syntax:
                self.loaded.errors.append(InputError(display_path(path), str(syntax), syntax.line, syntax.column))
        for name, text in self.settings.variables:
            if name in declared:
                values[name] = _cli_value(text, declared[name])
        return values


def _cli_value(text: str, block) -> Node:
    """-var and TF_VAR_ values: a string, or an HCL list/object when written as one."""
    from .parsers import terraform
    from .parsers.hcl_expr import Context, evaluate

    if text.lstrip().startswith(("[", "{")):
        expression = terraform.parse_expression(text)
        if expression is not None:
            return evaluate(expression, Context(block.location.path, _no_reference, terraform.parse_expression)) \
                .at(block.location)
    return Node(text, block.location)


def _no_reference(root, steps, location, ctx) -> Node:
    return unknown_node("a -var value cannot refer to other values", location)


def _installed_modules(root: Path) -> dict[str, Path]:
    """`terraform init`'s record of installed modules: module key → directory."""
    manifest = root / ".terraform" / "modules" / "modules.json"
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        return {m["Key"]: root / m["Dir"] for m in data.get("Modules", []) if m.get("Key") and m.get("Dir")}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}
