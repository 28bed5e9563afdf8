"""S3 relations that a condition cannot express on one resource."""

from __future__ import annotations

from ..model import Resource
from . import policy_document as pd


def access_log_destination(resource: Resource, graph, params: dict) -> bool:
    """The bucket receives S3 server access logs: another bucket in scope names it as its
    logging target, or its policy lets the logging service put objects (catalogue SRM-S3-005)."""
    name = resource.properties.get("name")
    for other in graph.by_kind.get(resource.kind, []):
        if other.native.scope != resource.native.scope:
            continue
        logging = other.properties.get("logging")
        for entry in logging.items() if logging is not None else []:
            target = entry.get("target_bucket") if isinstance(entry.value, dict) else None
            if target is None:
                continue
            if target.unknown and resource.address in target.value.refs:
                return True
            if name is not None and not name.unknown and not target.unknown and target.value == name.value:
                return True
    policy = resource.properties.get("policy")
    for statement in pd.statements(pd.document(policy)) if policy is not None else []:
        if pd.is_allow(statement) and _logging_service(statement) and pd.any_element(
                statement, "Action", lambda action: pd.action_matches(action, "s3:PutObject")):
            return True
    return False


def _logging_service(statement) -> bool:
    principal = statement.get("Principal") if isinstance(statement.value, dict) else None
    service = principal.get("Service") if principal is not None else None
    return service is not None and any(
        not s.unknown and s.value == "logging.s3.amazonaws.com" for s in service.items())


PREDICATES: dict = {}
TESTS = {
    "s3.access_log_destination": access_log_destination,
}
