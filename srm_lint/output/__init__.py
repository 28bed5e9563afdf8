"""One pure `render(report, registry) -> str` per format."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Report
from ..policies import Check

Renderer = Callable[[Report, dict[str, Check]], str]


def renderer(name: str) -> Renderer:
    if name == "json":
        from .json import render
    else:
        from .text import render
    return render


FORMATS = ("text", "json")
