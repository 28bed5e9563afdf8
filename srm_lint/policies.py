"""Load the checks: one YAML policy per file, validated against the published JSON Schema."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as package_files
from pathlib import Path
from typing import Any

import yaml

from .predicates import PREDICATES, TESTS


class PolicyError(Exception):
    """A policy file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Check:
    id: str
    title: str
    category: str
    severity: str
    kind: str
    default: str
    resources: tuple[str, ...]
    message: str
    why: str
    remediation: dict[str, str]
    references: tuple[str, ...]
    since: str
    source: str  # the policy file
    facets: tuple[str, ...] = ()
    when: dict | None = None
    unknown_when: dict | None = None
    assertion: dict | None = None
    predicate: str | None = None
    params: dict = field(default_factory=dict)
    mappings: dict = field(default_factory=dict)
    require: dict | None = None  # absence: what must exist somewhere in the scan
    profiles: dict = field(default_factory=dict)


def bundled_policy_dir() -> Path:
    """Where the shipped policies are: inside the wheel, or at the top of a source checkout."""
    installed = Path(__file__).parent / "policies"
    if installed.is_dir():
        return installed
    return Path(__file__).parent.parent / "policies"


@lru_cache(maxsize=1)
def _validator():
    import jsonschema

    text = package_files.files("srm_lint.schemas").joinpath("policy.schema.json").read_text(encoding="utf-8")
    schema = json.loads(text)
    return jsonschema.Draft202012Validator(schema)


def load_policy(path: Path) -> Check:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise PolicyError(f"{path}: cannot read: {error}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise PolicyError(f"{path}{where}: invalid YAML: {getattr(error, 'problem', error)}") from None
    errors = sorted(_validator().iter_errors(data), key=lambda e: (list(e.absolute_path), e.message))
    if errors:
        error = min(errors, key=lambda e: len(list(e.absolute_path)) * -1)
        key = ".".join(str(p) for p in error.absolute_path) or "(top level)"
        raise PolicyError(f"{path}: {key}: {_short(error)}")
    if path.stem != data["id"]:
        raise PolicyError(f"{path}: id: {data['id']!r} does not match the file name")
    if "predicate" in data and data["predicate"] not in PREDICATES:
        raise PolicyError(f"{path}: predicate: unknown predicate {data['predicate']!r}")
    for key in ("when", "unknown_when", "assert"):
        for test in _tests(data.get(key)) + (_tests(data["require"].get("where")) if key == "assert" and
                                              "require" in data else []):
            if test not in TESTS:
                raise PolicyError(f"{path}: {key}: unknown test {test!r}")
    resources = data["resource"] if isinstance(data["resource"], list) else [data["resource"]]
    return Check(
        id=data["id"], title=data["title"], category=data["category"], severity=data["severity"],
        kind=data["kind"], default=data["default"], resources=tuple(resources), message=data["message"],
        why=" ".join(data["why"].split()), remediation={k: " ".join(v.split()) for k, v in data["remediation"].items()},
        references=tuple(data["references"]), since=data["since"], source=str(path),
        facets=tuple(data.get("facets", ())), when=data.get("when"), unknown_when=data.get("unknown_when"),
        assertion=data.get("assert"), predicate=data.get("predicate"), params=data.get("params", {}),
        mappings=data.get("mappings", {}), require=data.get("require"), profiles=data.get("profiles", {}),
    )


def _short(error: Any) -> str:
    message = error.message
    if error.validator == "oneOf" and error.context:
        message = "; ".join(sorted({e.message for e in error.context}))[:300]
    return message


def _tests(condition: Any) -> list[str]:
    if isinstance(condition, dict):
        found = [condition["test"]] if "test" in condition else []
        for key in ("all", "any"):
            for child in condition.get(key, []):
                found.extend(_tests(child))
        if "not" in condition:
            found.extend(_tests(condition["not"]))
        return found
    return []


def load_policies(directories: list[Path] | None = None) -> dict[str, Check]:
    """Every policy of the given directories (default: the bundled ones), by id."""
    registry: dict[str, Check] = {}
    seen: set[Path] = set()
    for directory in directories or [bundled_policy_dir()]:
        if directory.resolve() in seen:
            continue
        seen.add(directory.resolve())
        for path in sorted(directory.rglob("*.yaml")):
            if "data" in path.relative_to(directory).parts[:-1]:
                continue
            check = load_policy(path)
            if check.id in registry:
                raise PolicyError(f"{path}: id: {check.id} is already defined in {registry[check.id].source}")
            registry[check.id] = check
    return dict(sorted(registry.items()))
