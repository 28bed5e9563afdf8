"""Terraform functions that can be computed statically when their arguments are known.

A function missing from this table, or called with an unknown argument, gives an unknown
value; a call Terraform itself would reject also gives an unknown, never an exception.
"""

from __future__ import annotations

import base64
import gzip
import json
from collections.abc import Callable
from typing import Any

from ..model import PLACEHOLDER_OPEN, Location, Node, unknown_node
from ..values import as_text, known, unknown_from
from .hcl_expr import Context, decode_json, to_node


def _flatten(value: list) -> list:
    out: list = []
    for item in value:
        out.extend(_flatten(item) if isinstance(item, list) else [item])
    return out


def _distinct(value: list) -> list:
    out: list = []
    for item in value:
        if item not in out:
            out.append(item)
    return out


def _format(spec: str, *args: Any) -> str:
    # Terraform's verbs are Go's; %s, %d and %v cover the modules seen in practice
    pieces = spec.replace("%%", "\0").split("%")
    out = [pieces[0]]
    for index, piece in enumerate(pieces[1:]):
        out.append(as_text(args[index]) + piece[1:])
    return "".join(out).replace("\0", "%")


def _lookup(mapping: dict, key: str, *default: Any) -> Any:
    if key in mapping:
        return mapping[key]
    if default:
        return default[0]
    raise KeyError(key)


def _coalesce(*values: Any) -> Any:
    for value in values:
        if value not in (None, ""):
            return value
    raise ValueError("no non-null argument")


# the reason an expression gives when Terraform would raise an error evaluating it
FAILED = "no element"

# Functions over plain values: applied only when every argument is fully known.
PLAIN: dict[str, Callable[..., Any]] = {
    "lower": lambda s: s.lower(),
    "upper": lambda s: s.upper(),
    "tostring": lambda v: v if isinstance(v, str) else json.dumps(v),
    "tonumber": lambda v: float(v) if "." in str(v) else int(v),
    "tobool": lambda v: {"true": True, "false": False}.get(v, v) if isinstance(v, str) else bool(v),
    "tolist": list,
    "toset": lambda v: _distinct(list(v)),
    "tomap": dict,
    "concat": lambda *lists: [item for lst in lists for item in lst],
    "merge": lambda *maps: {k: v for m in maps if m for k, v in m.items()},
    "lookup": _lookup,
    "coalesce": _coalesce,
    "coalescelist": lambda *lists: next(lst for lst in lists if lst),
    "format": _format,
    "join": lambda sep, items: sep.join(as_text(i) for i in items),
    "split": lambda sep, text: text.split(sep),
    "length": len,
    "element": lambda items, index: items[index % len(items)],
    "contains": lambda items, value: value in items,
    "keys": lambda m: sorted(m),
    "values": lambda m: [m[k] for k in sorted(m)],
    "flatten": _flatten,
    "compact": lambda items: [i for i in items if i not in (None, "")],
    "distinct": _distinct,
    "trimspace": lambda s: s.strip(),
    "replace": lambda s, old, new: s.replace(old, new),
    "min": min,
    "max": max,
    "abs": abs,
    "reverse": lambda items: list(reversed(items)),
    "sort": lambda items: sorted(items),
    "zipmap": lambda ks, vs: dict(zip(ks, vs, strict=True)),
    "range": lambda *a: list(range(*[int(x) for x in a])),
    "base64encode": lambda s: base64.b64encode(s.encode()).decode(),
    "base64decode": lambda s: base64.b64decode(s).decode(),
    "base64gzip": lambda s: base64.b64encode(gzip.compress(s.encode(), mtime=0)).decode(),
}


def call(name: str, args: list[Node], location: Location, ctx: Context) -> Node:
    if name == "jsonencode":
        # keep the structure (and its positions): policy documents are read from it directly
        return args[0] if len(args) == 1 else unknown_node("jsonencode needs one argument", location)
    if name in ("sensitive", "nonsensitive"):  # they change how Terraform displays a value, not the value
        return args[0] if len(args) == 1 else unknown_node(f"{name} needs one argument", location)
    if name == "jsondecode":
        return _jsondecode(args, location)
    if name == "try":
        # try() falls back only past arguments that fail; one that is merely not known yet
        # (a value after apply, a variable without default) makes the result unknown
        for arg in args:
            if known(arg):
                return arg
            if not (arg.unknown and arg.value.reason.startswith(FAILED)):
                return _unknown([arg], "try() argument is not resolved statically", location)
        return _unknown(args, "try() has no argument that can be evaluated", location)
    if name in PLAIN:
        if not all(known(a) for a in args):
            return _unknown(args, f"{name}() argument is not resolved statically", location)
        try:
            return to_node(PLAIN[name](*[a.plain() for a in args]), location)
        except Exception:  # a call Terraform would reject: unknown, not a crash
            return unknown_node(f"{name}() cannot be evaluated on these arguments", location)
    return _unknown(args, f"function {name}() is not evaluated statically", location)


def _jsondecode(args: list[Node], location: Location) -> Node:
    if len(args) != 1:
        return unknown_node("jsondecode needs one argument", location)
    arg = args[0]
    if isinstance(arg.value, str):
        return decode_json(arg.value, arg.at(location))
    if arg.unknown and arg.value.text and PLACEHOLDER_OPEN in arg.value.text:
        return decode_json(arg.value.text, arg.at(location))
    return _unknown(args, "jsondecode() argument is not resolved statically", location)


def _unknown(args: list[Node], reason: str, location: Location) -> Node:
    """Unknown because of an argument: keep the argument's own reason (the root cause)."""
    return unknown_from(args, reason, location)


__all__ = ["call"]
