"""Which files a scan covers: Terraform by extension, CloudFormation by content."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

EXCLUDED_DIRECTORIES = {".terraform", ".git", "node_modules", "cdk.out", ".venv", "__pycache__"}
TEMPLATE_SUFFIXES = (".yaml", ".yml", ".json", ".template")


def is_terraform(path: Path) -> bool:
    return path.name.endswith((".tf", ".tf.json"))


def maybe_template(path: Path) -> bool:
    return path.name.endswith(TEMPLATE_SUFFIXES) and not path.name.endswith(".tf.json")


@dataclass(frozen=True)
class Candidate:
    path: Path
    explicit: bool  # named on the command line: an unrecognised file is an error, not a skip


def discover(paths: list[Path]) -> tuple[list[Candidate], list[Path]]:
    """Candidate files under the given paths, sorted; and the paths that do not exist."""
    found: dict[Path, Candidate] = {}
    missing: list[Path] = []
    for path in paths:
        if path.is_dir():
            for candidate in _walk(path):
                found.setdefault(candidate, Candidate(candidate, False))
        elif path.is_file():
            found[path] = Candidate(path, True)
        else:
            missing.append(path)
    return sorted(found.values(), key=lambda c: c.path.as_posix()), missing


def _walk(root: Path) -> list[Path]:
    out: list[Path] = []
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = sorted(d for d in subdirectories if d not in EXCLUDED_DIRECTORIES)
        for name in sorted(files):
            path = Path(directory) / name
            if is_terraform(path) or maybe_template(path):
                out.append(path)
    return out


def display_path(path: Path) -> str:
    """Relative POSIX path as reports show it."""
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()
