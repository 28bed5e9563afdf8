"""Loading CloudFormation templates for one scan: parameter values given from outside, and nested
stacks.

- Parameter values: each parameter file of the settings in order, then each `--parameter`
  (later ones win). They apply to every top-level template of the scan; a name a template does
  not declare is ignored. A file that cannot be read or understood is an InputError and the scan
  goes on without it.
- Nested stacks: an `AWS::CloudFormation::Stack` whose TemplateURL (or an
  `AWS::Serverless::Application` whose Location) is a relative path to a file that exists inside
  the parent template's directory (or below it), is loaded as its own template with
  the Parameters the parent passes (a value the parent cannot resolve is unknown in the child, not
  its Default). Remote URLs (http, https, s3), computed URLs and paths outside the parent's
  directory are not followed (a notice says so). A template loaded as a nested stack is
  evaluated only as such, once per parent stack resource, not on its own as well.

The per-scan state hangs on the loader's `Loaded` object; `templates_of(loaded)` gives the
Template behind each native scope (for conditional resources and Fn::If branch variants).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import InputError, Node
from . import cloudformation
from .cfn_parameters import parse_parameter_file

MAX_DEPTH = 8
STACK_TYPES = {"AWS::CloudFormation::Stack": "TemplateURL", "AWS::Serverless::Application": "Location"}
REMOTE = ("http://", "https://", "s3://")

ReadText = Callable[[Path], "tuple[str | None, InputError | None]"]
Display = Callable[[Path], str]


@dataclass
class ScanState:
    overrides: dict[str, Node | str] | None = None
    nested: set[Path] = field(default_factory=set)  # templates loaded as a nested stack
    standalone: dict[Path, str] = field(default_factory=dict)  # templates loaded on their own → scope
    templates: dict[str, cloudformation.Template] = field(default_factory=dict)  # scope → template


def state_of(loaded: Any) -> ScanState:
    state = getattr(loaded, "_cloudformation", None)
    if state is None:
        state = ScanState()
        loaded._cloudformation = state
    return state


def templates_of(loaded: Any) -> dict[str, cloudformation.Template]:
    """The Template behind each native scope of a load (empty when no template was loaded)."""
    return state_of(loaded).templates


def overrides(settings: Any, loaded: Any, read_text: ReadText, display: Display) -> dict[str, Node | str]:
    """The parameter values of the settings, read once per scan; file problems go to loaded.errors."""
    state = state_of(loaded)
    if state.overrides is None:
        values: dict[str, Node | str] = {}
        for path in settings.parameter_files:
            text, error = read_text(path)
            if error is not None:
                loaded.errors.append(error)
                continue
            found, errors = parse_parameter_file(text, display(path))
            loaded.errors.extend(errors)
            values.update(found)
        for key, value in settings.parameters:
            values[key] = value
        state.overrides = values
    return state.overrides


def is_nested(loaded: Any, path: Path) -> bool:
    return _real(path) in state_of(loaded).nested


def add_template(loaded: Any, path: Path, template: cloudformation.Template, read_text: ReadText,
                 display: Display, chain: tuple[Path, ...] = ()) -> None:
    """Add a template's resources and errors to the load, then its local nested stacks."""
    state = state_of(loaded)
    chain = (*chain, _real(path))
    depth = len(chain) - 1
    natives = template.native_resources()
    loaded.natives.extend(natives + template.declarations())
    loaded.errors.extend(template.errors)
    state.templates[template.scope] = template
    if depth == 0:
        state.standalone[_real(path)] = template.scope
    if template.path not in loaded.parsed:
        loaded.parsed.append(template.path)
    if depth >= MAX_DEPTH:
        if any(n.native_type in STACK_TYPES for n in natives):
            _notice(loaded, natives[0].body, f"nested stacks deeper than {MAX_DEPTH} levels; not scanned")
        return
    for native in natives:
        key = STACK_TYPES.get(native.native_type)
        where = native.body.get(key) if key else None
        if where is None:
            continue
        if not isinstance(where.value, str):
            text = where.value.text if where.unknown else None
            reason = "is remote" if text and text.startswith(REMOTE) else \
                "is not resolved statically" if where.unknown else "is not a local path"
            _notice(loaded, where, f"nested stack {native.address}: {key} {reason}; not scanned")
            continue
        if where.value.startswith(REMOTE):
            _notice(loaded, where, f"nested stack {native.address}: {where.value} is remote; not scanned")
            continue
        child = _child_path(path, where.value)
        if child is None:
            _notice(loaded, where, f"nested stack {native.address}: {where.value} is not a file inside the "
                                   "template's directory; not scanned")
            continue
        if _real(child) in chain:
            _notice(loaded, where, f"nested stack {native.address}: {where.value} includes itself; not scanned "
                                   "again")
            continue
        text, error = read_text(child)
        if error is not None:
            loaded.errors.append(error)
            continue
        shown = display(child)
        try:
            root, errors = cloudformation.parse_text(text, shown)
        except cloudformation.NotATemplate:
            continue
        if root is None:
            loaded.errors.extend(errors)
            continue
        state.nested.add(_real(child))
        scope = state.standalone.pop(_real(child), None)
        if scope is not None:  # already loaded on its own: it is evaluated as a nested stack instead
            _forget(loaded, state, scope)
        passed = native.body.get("Parameters")
        given = dict(passed.value) if passed is not None and isinstance(passed.value, dict) else {}
        scope = f"{shown}#{template.scope}/{native.address}"
        nested = cloudformation.Template(shown, root, overrides=given, scope=scope)
        first = len(loaded.natives)
        add_template(loaded, child, nested, read_text, display, chain)
        for added in loaded.natives[first:]:  # a finding in the child is in scope when its parent is
            added.module_calls = (native.location, *added.module_calls)


def _notice(loaded: Any, where: Node, message: str) -> None:
    """Something deliberately not scanned (the loader's notices)."""
    notices = getattr(loaded, "notices", None)
    if notices is not None:
        notices.append(InputError(where.location.path, message, where.location.line, where.location.column))


def _forget(loaded: Any, state: ScanState, scope: str) -> None:
    """Drop what a template loaded on its own contributed, with its own nested stacks."""
    def gone(name: str) -> bool:
        return name == scope or f"#{scope}/" in name
    loaded.natives[:] = [n for n in loaded.natives if not gone(n.scope)]
    for name in [name for name in state.templates if gone(name)]:
        del state.templates[name]


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _child_path(parent: Path, url: str) -> Path | None:
    """A nested template's file, when it exists inside the parent template's directory (which is
    inside the scan root); None otherwise: path traversal is not followed, symbolic links included."""
    if not url or "://" in url or os.path.isabs(url):
        return None
    child = parent.parent / url
    try:
        real = _real(child)
        inside = _real(parent.parent) in real.parents
        return child if inside and real.is_file() else None
    except (OSError, ValueError):
        return None
