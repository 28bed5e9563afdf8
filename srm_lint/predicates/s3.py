"""S3 relations that a condition cannot express on one resource."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator

from ..model import PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN, Hit, Node, Resource
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
            if name is not None and _same_value(name, target):
                return True
    policy = resource.properties.get("policy")
    for statement in pd.statements(pd.document(policy)) if policy is not None else []:
        if pd.is_allow(statement) and _logging_service(statement) and pd.any_element(
                statement, "Action", lambda action: pd.action_matches(action, "s3:PutObject")):
            return True
    return False


def _same_value(a: Node, b: Node) -> bool:
    """Equal literals, or the same expression left unresolved (`!Sub ${AppName}-logs`)."""
    if not a.unknown and not b.unknown:
        return a.value == b.value
    return a.unknown and b.unknown and a.value.text is not None and a.value.text == b.value.text


def _logging_service(statement) -> bool:
    principal = statement.get("Principal") if isinstance(statement.value, dict) else None
    service = principal.get("Service") if principal is not None else None
    return service is not None and any(
        not s.unknown and s.value == "logging.s3.amazonaws.com" for s in service.items())


# -- SRM-S3-005: the encryption key ---------------------------------------------------------------

KMS_ALGORITHMS = ("aws:kms", "aws:kms:dsse")
AWS_MANAGED_S3_KEY = re.compile(r"(^|:)alias/aws/s3$")


def encryption_key(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """SSE-KMS (or DSSE-KMS) is chosen; with `require_cmk`, with a customer-managed key rather than
    the AWS managed aws/s3 key. SRM-S3-005."""
    encryption = resource.properties.get("encryption")
    if encryption is None:
        if not resource.partial:
            yield Hit("fail", resource.location, "sse_algorithm is not set")
        return
    for rule in encryption.items():
        if rule.unknown:
            yield Hit("unknown", rule.location, f"encryption: {rule.value.reason}")
            continue
        algorithm = rule.get("sse_algorithm")
        if algorithm is None:
            yield Hit("fail", rule.location, "sse_algorithm is not set")
        elif algorithm.unknown:
            yield Hit("unknown", algorithm.location, f"sse_algorithm: {algorithm.value.reason}")
        elif str(algorithm.value) not in KMS_ALGORITHMS:
            yield Hit("fail", algorithm.location, f"sse_algorithm is {algorithm.value!r}")
        elif params.get("require_cmk"):
            yield from _customer_key(resource, graph, rule.get("kms_key_id"), algorithm)


def _customer_key(resource: Resource, graph, key: Node | None, algorithm: Node) -> Iterator[Hit]:
    if key is None:
        yield Hit("fail", algorithm.location, f"sse_algorithm is {algorithm.value!r} with no KMS key id: the AWS "
                  "managed key aws/s3 is used, not a customer-managed key")
        return
    text = key.value.text if key.unknown else key.value
    if isinstance(text, str) and AWS_MANAGED_S3_KEY.search(text.strip()):
        yield Hit("fail", key.location, "the KMS key is the AWS managed key aws/s3, not a customer-managed key")
        return
    if key.unknown and not graph.targets(resource, key, ("aws.kms.key", "aws.kms.alias")):
        yield Hit("unknown", key.location, f"whether the KMS key is customer-managed: {key.value.reason}")


# -- SRM-S3-004: deny requests without TLS --------------------------------------------------------

_PLACEHOLDER = re.compile(PLACEHOLDER_OPEN + "[^" + PLACEHOLDER_CLOSE + "]*" + PLACEHOLDER_CLOSE)
_S3_ARN = re.compile(r"^arn:[^:]*:s3:::([^/]+)(?:/(.*))?$", re.DOTALL)
_TOKEN = "\x00"  # an unresolved part of an ARN


def denies_insecure_transport(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """Some bucket-policy statement denies every S3 action to everyone on the bucket and its
    objects when aws:SecureTransport is false. SRM-S3-004."""
    policy = resource.properties.get("policy")
    if policy is None:
        if not resource.partial:
            yield Hit("fail", resource.location, "the bucket has no policy denying requests without TLS "
                      "(aws:SecureTransport = false)")
        return
    document = pd.document(policy)
    bucket = objects = False
    undecided = False
    for statement in pd.statements(document):
        guard = pd.all3([_is_deny(statement), pd.is_public_principal(statement),
                         pd.any_element(statement, "Action", lambda a: a.strip().lower() in ("*", "*:*", "s3:*")),
                         _insecure_transport_condition(statement)])
        if guard is False:
            continue
        covers = [_covers(element, resource, graph) for element in pd.elements(statement, "Resource")]
        covers_bucket = pd.any3([c[0] for c in covers])
        covers_objects = pd.any3([c[1] for c in covers])
        if guard is True:
            bucket = pd.any3([bucket, covers_bucket])
            objects = pd.any3([objects, covers_objects])
        elif covers_bucket is not False or covers_objects is not False:
            undecided = True
    if bucket is True and objects is True:
        return
    if undecided or bucket is None or objects is None or document.unknown:
        yield Hit("unknown", policy.location, "whether the bucket policy denies requests without TLS is not "
                  "resolved statically")
        return
    missing = " and ".join(what for what, covered in (("the bucket", bucket), ("its objects", objects))
                           if not covered)
    yield Hit("fail", policy.location, f"the bucket policy does not deny requests without TLS to {missing} "
              "(Deny s3:* to Principal \"*\" when aws:SecureTransport is false)")


def _is_deny(statement: Node) -> bool | None:
    if statement.unknown:
        return None
    effect = statement.get("Effect")
    if effect is None or effect.unknown:
        return None if effect is not None else False
    return isinstance(effect.value, str) and effect.value.lower() == "deny"


def _insecure_transport_condition(statement: Node) -> bool | None:
    """Bool/BoolIfExists aws:SecureTransport = false."""
    results: list[bool | None] = []
    for operator, key, values in pd.conditions(statement):
        if operator == pd.UNRESOLVED_OPERATOR:
            results.append(None)
            continue
        if operator.lower() not in ("bool", "boolifexists") or key.lower() != "aws:securetransport":
            continue
        items = values.items()
        results.append(pd.all3([None if v.unknown else str(v.value).lower() == "false" for v in items])
                       if items else False)
    return pd.any3(results)


def _covers(element: Node, resource: Resource, graph) -> tuple[bool | None, bool | None]:
    """Whether a Resource element of the bucket's own policy covers (the bucket ARN, every object
    ARN). S3 accepts only resources of the bucket itself in its policy, so an unresolved bucket
    part of an ARN is this bucket."""
    if element.unknown:
        text = element.value.text
        if text is None or _PLACEHOLDER.fullmatch(text.strip()):
            # the whole ARN is a reference: the bucket's ARN when it refers to an S3 bucket
            if graph.targets(resource, element, ("aws.s3.bucket",)):
                return True, False
            return None, None
        text = _PLACEHOLDER.sub(_TOKEN, text)
        if text.startswith(_TOKEN + "/"):  # ${bucket.arn}/…
            return False, _all_keys(text.split("/", 1)[1])
        if text.startswith(_TOKEN):
            return None, None
    elif isinstance(element.value, str):
        text = element.value
    else:
        return False, False
    text = text.strip()
    if text == "*":
        return True, True
    match = _S3_ARN.match(text)
    if match is None:
        return False, False
    bucket_part, key_part = match.group(1), match.group(2)
    name = resource.properties.get("name")
    if _TOKEN not in bucket_part and name is not None and not name.unknown and isinstance(name.value, str) \
            and not fnmatch.fnmatchcase(name.value, bucket_part):
        return False, False
    if key_part is None:
        # `arn:aws:s3:::bucket*` also matches every object ARN
        return True, bucket_part.endswith("*")
    return False, _all_keys(key_part)


def _all_keys(key_part: str) -> bool:
    return key_part != "" and key_part.strip("*") == ""


PREDICATES = {
    "s3.encryption_key": encryption_key,
    "s3.denies_insecure_transport": denies_insecure_transport,
}
TESTS = {
    "s3.access_log_destination": access_log_destination,
}
