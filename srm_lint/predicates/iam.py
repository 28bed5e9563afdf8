"""Identity, trust and resource policy predicates (catalogue IAM-*, S3-003, POL-001)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN, Hit, Node, Resource
from . import policy_document as pd

ADMINISTRATOR_ACCESS = re.compile(r"^arn:aws[a-z-]*:iam::aws:policy/AdministratorAccess$")
# the same ARN with its partition left to deploy time (`${AWS::Partition}`, `data.aws_partition`)
ADMINISTRATOR_ACCESS_ANY_PARTITION = re.compile(
    "^arn:" + PLACEHOLDER_OPEN + "[^" + PLACEHOLDER_CLOSE + "]*" + PLACEHOLDER_CLOSE
    + r":iam::aws:policy/AdministratorAccess$")

UNRESOLVED = "statement elements are not resolved statically"


# -- identity policies (IAM-001, IAM-002, IAM-003) -----------------------------------------------


def _documents(resource: Resource) -> Iterator[Node]:
    """The identity policy documents a resource carries."""
    direct = resource.properties.get("document")
    if direct is not None:
        yield direct
    inline = resource.properties.get("inline_policies")
    if inline is not None:
        for policy in inline.items():
            document = policy.get("document") if isinstance(policy.value, dict) else policy
            if document is not None:
                yield document


def _identity_statements(resource: Resource, graph) -> Iterator[Node]:
    """Each statement of the identity policies a resource carries. A policy document data source
    that something refers to is judged where it is used (the policy, role or other document)."""
    if resource.kind == "aws.iam.policy_document" and graph.is_referenced(resource):
        return
    for carrier in _documents(resource):
        for statement in pd.statements(pd.document(carrier)):
            # a statement naming principals belongs to a resource or trust policy (a document
            # passed to a module that is not scanned, say): identity policies have none
            if resource.kind == "aws.iam.policy_document" and (
                    pd.has(statement, "Principal") or pd.has(statement, "NotPrincipal")):
                continue
            yield statement


def _admin(statement: Node) -> bool | None:
    """Allow * on * (conditions ignored): SRM-IAM-001's statement rule."""
    return pd.all3([
        pd.is_allow(statement),
        pd.any_element(statement, "Action", pd.action_all, pd.wildcard_only),
        pd.any_element(statement, "Resource", pd.resource_all, pd.wildcard_only),
    ])


def _arns(resource: Resource) -> Iterator[Node]:
    for name in ("managed_policy_arns", "policy_arn"):
        node = resource.properties.get(name)
        if node is not None:
            yield from node.items()


def _is_administrator_access(arn: Node, resource: Resource, graph) -> bool:
    if not arn.unknown:
        return isinstance(arn.value, str) and ADMINISTRATOR_ACCESS.match(arn.value.strip()) is not None
    # only the partition is unknown
    if arn.value.text and ADMINISTRATOR_ACCESS_ANY_PARTITION.match(arn.value.text.strip()):
        return True
    # `data "aws_iam_policy"` looked up by ARN or name
    for lookup in graph.targets(resource, arn, ("aws.iam.managed_policy_lookup",)):
        looked_arn, name = lookup.properties.get("arn"), lookup.properties.get("name")
        if looked_arn is not None and _is_administrator_access(looked_arn, lookup, graph):
            return True
        if looked_arn is None and name is not None and name.value == "AdministratorAccess":
            return True
    # any other unknown ARN is almost never AdministratorAccess (reporting each would be noise)
    return False


def admin_access(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """Allow * on * (conditions ignored), or AdministratorAccess attached. SRM-IAM-001."""
    for statement in _identity_statements(resource, graph):
        verdict = _admin(statement)
        if verdict is True:
            yield Hit("fail", statement.location, "allows every action on every resource")
        elif verdict is None:
            yield Hit("unknown", statement.location, UNRESOLVED)
    for arn in _arns(resource):
        if _is_administrator_access(arn, resource, graph):
            yield Hit("fail", arn.location, "attaches the AWS managed AdministratorAccess policy")


def not_action_allow(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """Allow with NotAction on every resource, or Allow with NotResource. SRM-IAM-002."""
    for statement in _identity_statements(resource, graph):
        not_action = pd.all3([pd.present(statement, "NotAction"),
                              pd.any_element(statement, "Resource", pd.resource_all, pd.wildcard_only)])
        not_resource = pd.present(statement, "NotResource")
        verdict = pd.all3([pd.is_allow(statement), pd.any3([not_action, not_resource])])
        if verdict is True:
            what = ("allows every action except those in NotAction on every resource" if not_action
                    else "allows the actions on every resource except those in NotResource")
            yield Hit("fail", statement.location, what)
        elif verdict is None:
            yield Hit("unknown", statement.location, UNRESOLVED)


def service_wildcard(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """Allow with a service-wide wildcard action (`s3:*`), or `*` on a scoped resource; statements
    that SRM-IAM-001 reports (Allow * on *) are skipped. SRM-IAM-003."""
    for statement in _identity_statements(resource, graph):
        admin = _admin(statement)
        if admin is True:
            continue
        service = pd.any_element(statement, "Action", pd.service_wildcard)
        scoped_all = pd.all3([pd.any_element(statement, "Action", pd.action_all, pd.wildcard_only),
                              _not(pd.any_element(statement, "Resource", pd.resource_all, pd.wildcard_only))])
        verdict = pd.all3([pd.is_allow(statement), pd.any3([service, scoped_all])])
        if verdict is True and admin is False:
            actions = [e.value for e in pd.elements(statement, "Action")
                       if isinstance(e.value, str) and (pd.service_wildcard(e.value) or pd.action_all(e.value))]
            yield Hit("fail", statement.location, f"allows {', '.join(actions)}: every action of "
                      f"{'the service' if service else 'every service'}")
        elif verdict is not False:
            yield Hit("unknown", statement.location, UNRESOLVED)


def _not(value: bool | None) -> bool | None:
    return None if value is None else not value


# -- resource and trust policies (S3-003, POL-001, IAM-004, IAM-008) ------------------------------


def _service(resource: Resource) -> str:
    """The service whose extra restricting condition keys apply (catalogue 3.4)."""
    return resource.kind.split(".")[1]


def public_resource_policy(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """An Allow statement whose principal is anyone (or NotPrincipal) and whose conditions do not
    restrict. SRM-S3-003, SRM-POL-001."""
    carrier = resource.properties.get(params.get("property", "policy"))
    if carrier is None:
        return
    for statement in pd.statements(pd.document(carrier)):
        verdict = pd.grants_everyone(statement, _service(resource))
        if verdict is True:
            principal = "NotPrincipal" if pd.has_not_principal(statement) else "Principal \"*\""
            yield Hit("fail", statement.location, f"allows access to anyone ({principal}) without a "
                      "restricting condition")
        elif verdict is None:
            yield Hit("unknown", statement.location, UNRESOLVED)


GITHUB_ISSUER = "token.actions.githubusercontent.com"
# GitHub's issuer, or a GitHub Enterprise Cloud issuer with an enterprise slug
GITHUB_SUB_KEY = re.compile(r"^token\.actions\.githubusercontent\.com(/[^:]+)?:sub$", re.IGNORECASE)
# repo:OWNER/REPO… with a fixed owner (checkov CKV_AWS_358 uses repo:[^/]+/[^/]+)
GITHUB_REPOSITORY_SUB = re.compile(r"^repo:[^/*?]+/[^/]+")


def public_trust(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """A trust policy that lets anyone assume the role, or GitHub Actions OIDC tokens of any
    repository. SRM-IAM-004."""
    trust = resource.properties.get("assume_role_policy")
    if trust is None:
        return
    for statement in pd.statements(pd.document(trust)):
        public = pd.grants_everyone(statement)
        if public is True:
            yield Hit("fail", statement.location, "lets anyone (Principal \"*\") assume the role without a "
                      "restricting condition")
            continue
        github = pd.all3([pd.is_allow(statement), _github_federated(statement, resource, graph),
                          pd.any_element(statement, "Action",
                                         lambda a: pd.action_matches(a, "sts:AssumeRoleWithWebIdentity"))])
        unpinned = _not(_github_sub_pinned(statement)) if github is not False else False
        verdict = pd.all3([github, unpinned])
        if verdict is True:
            yield Hit("fail", statement.location, "trusts GitHub Actions OIDC tokens without pinning "
                      f"{GITHUB_ISSUER}:sub to a repository (StringEquals/StringLike repo:OWNER/REPO…)")
        elif verdict is None or public is None:
            yield Hit("unknown", statement.location, UNRESOLVED)


def _github_federated(statement: Node, resource: Resource, graph) -> bool | None:
    """Whether the statement trusts GitHub's OIDC issuer: by the Federated principal (an ARN, or
    an identity provider in scope) or by condition keys of that issuer."""
    if statement.unknown:
        return None
    if any(key.lower().startswith(GITHUB_ISSUER) for _, key, _ in pd.conditions(statement)):
        return True
    principal = statement.get("Principal")
    if principal is None or not isinstance(principal.value, dict):
        return None if principal is not None and principal.unknown else False
    federated = principal.get("Federated")
    if federated is None:
        return False
    results: list[bool | None] = []
    for element in federated.items():
        if not element.unknown:
            results.append(isinstance(element.value, str) and GITHUB_ISSUER in element.value)
            continue
        if element.value.text and GITHUB_ISSUER in element.value.text:
            results.append(True)
            continue
        providers = graph.targets(resource, element, ("aws.iam.oidc_provider",))
        urls = [p.properties.get("url") for p in providers]
        if urls and all(u is not None and not u.unknown for u in urls):
            results.append(any(GITHUB_ISSUER in str(u.value) for u in urls))
        else:
            results.append(None)
    # another issuer's condition keys (oidc.eks…:sub, cognito-identity…) say it is not GitHub
    if None in results and any(":" in key and not key.lower().startswith("aws:") and "." in key.split(":")[0]
                               for _, key, _ in pd.conditions(statement)):
        return False
    return pd.any3(results)


def _github_sub_pinned(statement: Node) -> bool | None:
    """Some StringEquals/StringLike test on the `sub` claim whose every value names a repository."""
    results: list[bool | None] = []
    for operator, key, values in pd.conditions(statement):
        if operator == pd.UNRESOLVED_OPERATOR:
            results.append(None)
            continue
        if pd.operator_name(operator) not in ("stringequals", "stringlike") or not GITHUB_SUB_KEY.match(key):
            continue
        if values.unknown:
            results.append(None)
            continue
        items = values.items()
        verdicts = [None if v.unknown else isinstance(v.value, str) and GITHUB_REPOSITORY_SUB.match(v.value.strip())
                    is not None for v in items]
        results.append(pd.all3(verdicts) if items else False)
    return pd.any3(results)


def trust_all_sts(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """An Allow statement of a trust policy with Action `*` or `sts:*`. SRM-IAM-008."""
    trust = resource.properties.get("assume_role_policy")
    if trust is None:
        return
    for statement in pd.statements(pd.document(trust)):
        verdict = pd.all3([pd.is_allow(statement), pd.any_element(
            statement, "Action", lambda a: a.strip().lower() in ("*", "*:*", "sts:*"))])
        if verdict is True:
            actions = [e.value for e in pd.elements(statement, "Action")
                       if isinstance(e.value, str) and e.value.strip().lower() in ("*", "*:*", "sts:*")]
            yield Hit("fail", statement.location, f"allows {', '.join(actions)} instead of the STS actions "
                      "the trusted principal needs (sts:AssumeRole, sts:TagSession, …)")
        elif verdict is None:
            yield Hit("unknown", statement.location, UNRESOLVED)


# -- users and the password policy (IAM-005, IAM-006) ---------------------------------------------

# native types whose single user argument is required: the user is named even when unresolved
_ONE_USER = {"aws_iam_user_policy", "aws_iam_user_policy_attachment", "AWS::IAM::UserPolicy"}


def user_grants(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """Policies attached to IAM users directly (inline, managed, or named in `users`). SRM-IAM-005."""
    names = ("inline_policies", "managed_policy_arns") if resource.kind == "aws.iam.user" else ("users",)
    for name in names:
        node = resource.properties.get(name)
        if node is None or node.value is None:
            continue
        what = {"inline_policies": "the IAM user has inline policies",
                "managed_policy_arns": "the IAM user has managed policies attached",
                "users": "the policy is attached directly to IAM users"}[name]
        if node.unknown and resource.native_type not in _ONE_USER:
            yield Hit("unknown", node.location, f"{what} unless {name} is empty; it is not resolved statically")
        elif node.unknown or node.items():
            yield Hit("fail", node.location, what)


def password_policy(resource: Resource, graph, params: dict) -> Iterator[Hit]:
    """The account password policy meets the CIS thresholds (parameters). SRM-IAM-006."""
    minimums = {"minimum_password_length": params.get("minimum_length", 14),
                "password_reuse_prevention": params.get("reuse_prevention", 24)}
    for name, minimum in minimums.items():
        node = resource.properties.get(name)
        if node is None:
            yield Hit("fail", resource.location, f"{name} is not set (at least {minimum})")
        elif node.unknown:
            yield Hit("unknown", node.location, f"{name}: {node.value.reason}")
        elif _number(node.value) is None or _number(node.value) < minimum:
            shown = "not set" if node.state == "default" else repr(node.value)
            yield Hit("fail", node.location, f"{name} is {shown} (at least {minimum})")
    for name in ("require_uppercase_characters", "require_lowercase_characters", "require_numbers",
                 "require_symbols"):
        node = resource.properties.get(name)
        if node is not None and node.unknown:
            yield Hit("unknown", node.location, f"{name}: {node.value.reason}")
        elif node is None or str(node.value).lower() != "true":
            yield Hit("fail", node.location if node is not None else resource.location,
                      f"{name} is {'not set' if node is None or node.state == 'default' else 'false'}")
    maximum = params.get("max_password_age")
    if maximum:
        node = resource.properties.get("max_password_age")
        if node is not None and node.unknown:
            yield Hit("unknown", node.location, f"max_password_age: {node.value.reason}")
        elif node is None or _number(node.value) in (None, 0) or _number(node.value) > maximum:
            yield Hit("fail", node.location if node is not None else resource.location,
                      f"max_password_age is {'not set' if node is None else repr(node.value)} (at most {maximum})")


def _number(value) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


PREDICATES = {
    "iam.admin_access": admin_access,
    "iam.not_action_allow": not_action_allow,
    "iam.service_wildcard": service_wildcard,
    "iam.public_resource_policy": public_resource_policy,
    "iam.public_trust": public_trust,
    "iam.trust_all_sts": trust_all_sts,
    "iam.user_grants": user_grants,
    "iam.password_policy": password_policy,
}
TESTS: dict = {}
