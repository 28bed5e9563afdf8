"""Files → native resources: read each candidate once, hand it to the parser of its framework,
and turn every problem into an InputError instead of an exception."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .discovery import Candidate, display_path, is_terraform
from .model import InputError, NativeResource
from .parsers import cloudformation
from .settings import Settings

MAX_FILE_BYTES = 10 * 1024 * 1024


@dataclass
class Loaded:
    natives: list[NativeResource] = field(default_factory=list)
    parsed: list[str] = field(default_factory=list)  # display paths of the files understood
    errors: list[InputError] = field(default_factory=list)


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
    for directory in directories:
        _load_module(directory, settings, loaded)
    return loaded


def _load_document(candidate: Candidate, settings: Settings, loaded: Loaded) -> None:
    """A YAML or JSON file: a CloudFormation template, or something we do not scan."""
    shown = display_path(candidate.path)
    text, error = read_text(candidate.path)
    if error is not None:
        if candidate.explicit or error.message.startswith("cannot read"):
            loaded.errors.append(error)
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
    template = cloudformation.Template(shown, root)
    loaded.natives.extend(template.native_resources())
    loaded.errors.extend(template.errors)
    loaded.parsed.append(shown)


def _load_module(directory: Path, settings: Settings, loaded: Loaded) -> None:
    """All Terraform files of a directory form one module: load them together."""
    from .parsers import terraform  # python-hcl2 only for runs that have Terraform

    blocks: list = []
    for path in sorted(p for p in directory.iterdir() if p.is_file() and is_terraform(p)):
        shown = display_path(path)
        text, error = read_text(path)
        if error is not None:
            loaded.errors.append(error)
            continue
        try:
            if path.name.endswith(".tf.json"):
                blocks.extend(terraform.parse_json_text(text, shown))
            else:
                blocks.extend(terraform.parse_text(text, shown))
        except terraform.TerraformSyntaxError as syntax:
            loaded.errors.append(InputError(shown, str(syntax), syntax.line, syntax.column))
            continue
        loaded.parsed.append(shown)
    module = terraform.Module(display_path(directory), blocks)
    loaded.natives.extend(module.native_resources())
    loaded.errors.extend(module.errors)
