"""Named Python predicates for what the YAML condition language cannot say.

An explicit table: nothing is discovered by walking directories or by import side effects.
Each module below lists its own PREDICATES and TESTS; this module merges exactly those.

A predicate `fn(resource, graph, params) -> Iterable[Hit]` yields failures and unknowns for one
resource. A test `fn(resource, graph, params) -> bool | None` answers a question inside a
condition (`{test: name}`). `params` are the policy's params plus `as_of` (the date checks
compare support dates against).
"""

from __future__ import annotations

from . import compute, datastores, edge, iam, monitoring, network, s3, secrets, serverless

_MODULES = (iam, s3, network, compute, datastores, serverless, edge, monitoring, secrets)


def _merge(tables: list[dict]) -> dict:
    merged: dict = {}
    for table in tables:
        repeated = set(merged) & set(table)
        if repeated:
            raise ValueError(f"predicate {sorted(repeated)[0]} is registered twice")
        merged.update(table)
    return merged


PREDICATES = _merge([getattr(m, "PREDICATES", {}) for m in _MODULES])
TESTS = _merge([getattr(m, "TESTS", {}) for m in _MODULES])
