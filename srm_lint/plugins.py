"""Users' Python predicates, loaded only when named: `--plugin package.module`,
`--plugin module:object`, or the (dot-free) name of an entry point in the `srm_lint.plugins`
group. Nothing in a scanned repository is ever imported.

The object is a module or a mapping with `PREDICATES` and/or `TESTS` tables, like the modules
of srm_lint/predicates/.
"""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points
from typing import Any

from . import predicates


class PluginError(Exception):
    pass


def load_plugin(name: str) -> None:
    """Import a plugin and add its predicates and tests to the tables checks may name."""
    target = _resolve(name)
    tables = {key: (target.get(key) if isinstance(target, dict) else getattr(target, key, None))
              for key in ("PREDICATES", "TESTS")}
    if not any(tables.values()):
        raise PluginError(f"plugin {name!r} has no PREDICATES or TESTS table")
    for key, registry in (("PREDICATES", predicates.PREDICATES), ("TESTS", predicates.TESTS)):
        for predicate_name, function in (tables[key] or {}).items():
            if predicate_name in registry and registry[predicate_name] is not function:
                raise PluginError(f"plugin {name!r}: {predicate_name!r} is already registered")
            if not callable(function):
                raise PluginError(f"plugin {name!r}: {predicate_name!r} is not callable")
            registry[predicate_name] = function


def _resolve(name: str) -> Any:
    if ":" in name or "." in name:  # module or module:object; a bare name is an entry point
        module_name, _, attribute = name.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ImportError as error:
            raise PluginError(f"cannot import plugin module {module_name!r}: {error}") from None
        if not attribute:
            return module
        if not hasattr(module, attribute):
            raise PluginError(f"plugin module {module_name!r} has no {attribute!r}")
        return getattr(module, attribute)
    for entry in entry_points(group="srm_lint.plugins"):
        if entry.name == name:
            return entry.load()
    raise PluginError(f"no plugin {name!r}: use module:object, or the name of an srm_lint.plugins entry point")
