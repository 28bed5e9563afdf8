"""Named Python predicates for what the YAML condition language cannot say.

An explicit table: nothing is discovered by walking directories or by import side effects.
A predicate yields Hits (failures and unknowns) for one resource; a test answers True, False
or None (unknown) and is used inside conditions as `{test: name}`.
"""

from __future__ import annotations

from . import iam, network, s3

PREDICATES = {
    "iam.admin_access": iam.admin_access,
    "iam.public_resource_policy": iam.public_resource_policy,
    "network.public_ingress": network.public_ingress,
}

TESTS = {
    "s3.access_log_destination": s3.access_log_destination,
}
