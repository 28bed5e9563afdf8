"""Terraform plan JSON (`terraform show -json`): addresses of module and count/for_each instances,
values known after apply, references, policy documents, errors with positions, and the plan
resolution cases under tests/resolution/plan/ judged through the graph and the checks."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from srm_lint.engine import _judge, scan
from srm_lint.graph import Graph
from srm_lint.model import InputError, Location, NativeResource, Node, Unknown
from srm_lint.parsers import plan
from srm_lint.parsers.plan import NOT_A_PLAN, looks_like_plan, module_steps, parse_text
from srm_lint.policies import load_policies
from srm_lint.settings import Settings

CASES = Path(__file__).resolve().parent / "resolution" / "plan"
AWS = "registry.terraform.io/hashicorp/aws"


# -- building plans -----------------------------------------------------------------------------------


_MODULES = re.compile(r'^(?:module\.[A-Za-z_][\w-]*(?:\[(?:\d+|"[^"]*")\])?\.)*')


def _type_and_name(address: str) -> tuple[str, str]:
    """module.m["x"].aws_s3_bucket.b[0] → (aws_s3_bucket, b); data.x.y → (x, y)."""
    local = address[_MODULES.match(address).end():].removeprefix("data.")
    type_, name = local.split(".")[:2]
    return type_, name.split("[")[0]


def resource(address: str, values: dict, *, mode: str = "managed", index=None) -> dict:
    type_, name = _type_and_name(address)
    out = {"address": address, "mode": mode, "type": type_, "name": name}
    if index is not None:
        out["index"] = index
    out.update({"provider_name": AWS, "schema_version": 0, "values": values, "sensitive_values": {}})
    return out


def change(address: str, after: dict, after_unknown: dict, *, mode: str = "managed", actions=("create",)) -> dict:
    type_, name = _type_and_name(address)
    return {"address": address, "mode": mode, "type": type_, "name": name, "provider_name": AWS,
            "change": {"actions": list(actions), "before": None, "after": after, "after_unknown": after_unknown,
                       "before_sensitive": False, "after_sensitive": {}}}


def config(local: str, expressions: dict, **extra) -> dict:
    mode = "data" if local.startswith("data.") else "managed"
    type_, name = local.removeprefix("data.").split(".")
    return {"address": local, "mode": mode, "type": type_, "name": name, "provider_config_key": "aws",
            "expressions": expressions, "schema_version": 0, **extra}


def refs(*names: str) -> dict:
    return {"references": list(names)}


def plan_text(resources: list, *, child_modules: list | None = None, changes: list | None = None,
              configuration: dict | None = None, prior: list | None = None, indent: int | None = 2) -> str:
    root: dict = {"resources": resources}
    if child_modules:
        root["child_modules"] = child_modules
    document: dict = {"format_version": "1.2", "terraform_version": "1.9.5",
                      "planned_values": {"root_module": root}, "resource_changes": changes or []}
    if prior is not None:
        document["prior_state"] = {"format_version": "1.0", "terraform_version": "1.9.5",
                                   "values": {"root_module": {"resources": prior}}}
    document["configuration"] = {"root_module": configuration or {}}
    return json.dumps(document, indent=indent) + "\n"


def position_of(text: str, needle: str) -> tuple[int, int]:
    position = text.index(needle)
    return text.count("\n", 0, position) + 1, position - text.rfind("\n", 0, position)


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """The line of the nth occurrence of needle."""
    position = -1
    for _ in range(nth):
        position = text.index(needle, position + 1)
    return text.count("\n", 0, position) + 1


def parse(text: str, path: str = "plan.json") -> dict[str, NativeResource]:
    natives, errors = parse_text(text, path)
    assert errors == []
    return {n.address: n for n in natives}


# -- sniffing and errors ------------------------------------------------------------------------------


def test_looks_like_plan() -> None:
    assert looks_like_plan(plan_text([]))
    assert looks_like_plan(plan_text([], indent=None))
    assert not looks_like_plan('{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}}')
    assert not looks_like_plan('{"format_version": "1.0", "values": {"root_module": {}}}')  # a state


def test_malformed_plan_is_an_error_with_line_and_column() -> None:
    text = '{\n  "format_version": "1.2",\n  "planned_values": {\n    "root_module": {"resources": [}\n  }\n}\n'
    natives, errors = parse_text(text, "plan.json")
    assert natives == []
    assert len(errors) == 1
    assert (errors[0].path, errors[0].line, errors[0].column) == ("plan.json", 4, 35)
    assert errors[0].message.startswith("invalid plan JSON: ")


def test_json_that_is_not_a_plan_returns_the_documented_error() -> None:
    for text in ('{"format_version": "1.0", "values": {}}', '["planned_values", "format_version"]'):
        assert parse_text(text, "x.json") == ([], [InputError("x.json", NOT_A_PLAN)])


def test_unsupported_format_version_is_refused_at_its_line() -> None:
    text = plan_text([]).replace('"format_version": "1.2"', '"format_version": "2.0"')
    natives, errors = parse_text(text, "plan.json")
    assert natives == []
    assert [(e.line, e.column) for e in errors] == [(2, 3)]
    assert "2.0" in errors[0].message


def test_a_malformed_structure_is_reported_and_the_rest_is_read() -> None:
    text = plan_text([{"address": "aws_s3_bucket.a", "mode": "managed"},
                      resource("aws_s3_bucket.b", {"bucket": "b"})],
                     child_modules=[{"resources": [], "address": "not a module"}])
    natives, errors = parse_text(text, "plan.json")
    assert [n.address for n in natives] == ["aws_s3_bucket.b"]
    assert [(e.line, e.message) for e in errors] == [
        (line_of(text, '"address": "aws_s3_bucket.a"') - 1, "plan: a resource without type, name; not scanned"),
        (line_of(text, '"address": "not a module"') - 2,
         "plan: a child module without a valid module address; not scanned"),
    ]
    text = plan_text([]).replace('"resources": []', '"resources": {}')
    natives, errors = parse_text(text, "plan.json")
    assert natives == [] and [(e.line, e.message) for e in errors] == [
        (line_of(text, '"resources": {}'), "plan: planned_values resources is not a list")]


# -- addresses, scope, values -------------------------------------------------------------------------


def test_addresses_of_nested_module_and_count_for_each_instances() -> None:
    inner = 'module.site["eu"].module.logs[0]'
    text = plan_text(
        [resource("aws_s3_bucket.b[0]", {"bucket": "b0"}, index=0),
         resource("aws_s3_bucket.b[1]", {"bucket": "b1"}, index=1),
         resource('aws_s3_bucket.named["x"]', {"bucket": "x"}, index="x")],
        child_modules=[{"resources": [resource('module.site["eu"].aws_s3_bucket.this', {"bucket": "eu"})],
                        "address": 'module.site["eu"]',
                        "child_modules": [{"resources": [resource(f"{inner}.aws_s3_bucket_acl.this",
                                                                  {"acl": "public-read", "bucket": "eu"})],
                                           "address": inner}]}])
    natives = parse(text)
    assert list(natives) == ["aws_s3_bucket.b[0]", "aws_s3_bucket.b[1]", 'aws_s3_bucket.named["x"]',
                             'module.site["eu"].aws_s3_bucket.this', f"{inner}.aws_s3_bucket_acl.this"]
    acl = natives[f"{inner}.aws_s3_bucket_acl.this"]
    assert acl.native_type == "aws_s3_bucket_acl" and acl.framework == "terraform"
    header = '"address": ' + json.dumps(f"{inner}.aws_s3_bucket_acl.this")
    assert acl.location == Location("plan.json", *position_of(text, header))
    assert acl.body.get("acl").location.line == line_of(text, '"acl": "public-read"')
    # one scope per plan: addresses are absolute, and literal bucket names are global
    assert {n.scope for n in natives.values()} == {"plan.json"}
    graph = Graph(list(natives.values()))
    eu = next(r for r in graph.resources if r.address == 'module.site["eu"].aws_s3_bucket.this')
    assert eu.properties.get("acl").value == "public-read"  # folded across module instances by name
    assert module_steps(inner) == [("site", "eu", 'module.site["eu"]'), ("logs", 0, inner)]
    assert module_steps("module.a.aws_s3_bucket.b") is None


def test_nulls_are_unset_and_only_managed_resources_and_policy_documents_are_read() -> None:
    text = plan_text(
        [resource("aws_s3_bucket.b", {"bucket": "b", "policy": None, "tags": None, "grant": [],
                                      "list": ["a", None]}),
         resource("data.aws_caller_identity.me", {"account_id": "123456789012"}, mode="data"),
         resource("data.aws_iam_policy_document.d", {"json": "{}"}, mode="data")],
    )
    natives = parse(text)
    assert list(natives) == ["aws_s3_bucket.b", "data.aws_iam_policy_document.d"]
    assert natives["aws_s3_bucket.b"].body.plain() == {"bucket": "b", "grant": [], "list": ["a", None]}
    assert natives["data.aws_iam_policy_document.d"].native_type == "data.aws_iam_policy_document"


def test_a_compact_plan_as_terraform_prints_it_is_located_by_column() -> None:
    text = plan_text([resource("aws_s3_bucket_acl.a", {"acl": "public-read", "bucket": "a"})], indent=None)
    acl = parse(text)["aws_s3_bucket_acl.a"].body.get("acl")
    assert acl.location == Location("plan.json", 1, text.index('"acl": "public-read"') + 1)


# -- known after apply ------------------------------------------------------------------------------


def test_after_unknown_becomes_unknown_with_the_references_of_its_expression() -> None:
    module = 'module.site["eu"]'
    acl_values = {"acl": "public-read", "expected_bucket_owner": None}
    text = plan_text(
        [],
        child_modules=[{"resources": [resource(f"{module}.aws_s3_bucket.this", {"force_destroy": False}),
                                      resource(f"{module}.aws_s3_bucket_acl.this", acl_values)],
                        "address": module},
                       {"resources": [resource('module.site["us"].aws_s3_bucket.this', {"force_destroy": False})],
                        "address": 'module.site["us"]'}],
        changes=[change(f"{module}.aws_s3_bucket.this", {"force_destroy": False},
                        {"acl": True, "arn": True, "bucket": True, "bucket_prefix": True, "id": True}),
                 change(f"{module}.aws_s3_bucket_acl.this", acl_values,
                        {"access_control_policy": True, "bucket": True, "id": True})],
        configuration={"module_calls": {"site": {"source": "./site", "for_each_expression": refs("var.sites"),
                                                 "module": {"resources": [
                                                     config("aws_s3_bucket.this", {"bucket_prefix": refs("var.name")}),
                                                     config("aws_s3_bucket_acl.this", {
                                                         "acl": {"constant_value": "public-read"},
                                                         "bucket": refs("aws_s3_bucket.this.id",
                                                                        "aws_s3_bucket.this")})]}}}})
    natives = parse(text)
    bucket = natives[f"{module}.aws_s3_bucket.this"].body
    # bucket_prefix is written (and unknown); acl, arn, bucket and id are the provider's: not set
    assert set(bucket.value) == {"force_destroy", "bucket_prefix"}
    assert bucket.get("bucket_prefix").unknown and bucket.get("bucket_prefix").value.refs == ()
    link = natives[f"{module}.aws_s3_bucket_acl.this"].body.get("bucket")
    assert link.unknown
    assert link.value == Unknown(f"{module}.aws_s3_bucket.this.id is known after apply",
                                 (f"{module}.aws_s3_bucket.this",))
    # an attribute left out of the planned values is located at its after_unknown entry
    assert link.location.line == line_of(text, '"bucket": true', 2)
    assert "access_control_policy" not in natives[f"{module}.aws_s3_bucket_acl.this"].body.value
    # the companion folds into the bucket of its own module instance through the reference
    graph = Graph(list(natives.values()))
    folded = {r.address: r for r in graph.resources}
    assert folded[f"{module}.aws_s3_bucket.this"].properties.get("acl").value == "public-read"
    assert folded['module.site["us"].aws_s3_bucket.this'].properties.get("acl") is None
    [ref] = natives[f"{module}.aws_s3_bucket_acl.this"].refs
    assert (ref.source, ref.target, ref.location.line) == (f"{module}.aws_s3_bucket_acl.this",
                                                           f"{module}.aws_s3_bucket.this", link.location.line)


def test_unknown_list_elements_and_blocks_the_configuration_does_not_show() -> None:
    ingress = {"cidr_blocks": ["10.0.0.0/8", None], "from_port": 22, "protocol": "tcp", "to_port": 22,
               "ipv6_cidr_blocks": [], "self": False}
    text = plan_text(
        [resource("aws_security_group.sg", {"ingress": [ingress], "name": "sg"})],
        changes=[change("aws_security_group.sg", {"ingress": [ingress], "name": "sg"},
                        {"arn": True, "egress": True, "id": True,
                         "ingress": [{"cidr_blocks": [False, True]}]})],
        configuration={"resources": [config("aws_security_group.sg", {"name": {"constant_value": "sg"}})]})
    body = parse(text)["aws_security_group.sg"].body
    assert set(body.value) == {"ingress", "name"}  # egress, arn and id are computed
    first, second = body.get("ingress").value[0].get("cidr_blocks").value
    assert first.value == "10.0.0.0/8"
    assert second.unknown and second.value.reason == \
        "aws_security_group.sg.ingress[0].cidr_blocks[1] is known after apply"
    assert second.location.line == line_of(text, "null")  # where the plan keeps the element's place


def test_count_index_and_module_variables_resolve_to_the_instance_referred_to() -> None:
    bucket = {"force_destroy": False}
    text = plan_text(
        [resource("aws_s3_bucket.b[0]", bucket, index=0), resource("aws_s3_bucket.b[1]", bucket, index=1),
         resource("aws_s3_bucket_versioning.v[0]", {}, index=0),
         resource("aws_s3_bucket_versioning.v[1]", {}, index=1),
         resource('aws_s3_bucket.site["eu"]', bucket, index="eu")],
        child_modules=[{"resources": [resource('module.acl["eu"].aws_s3_bucket_acl.this', {"acl": "private"})],
                        "address": 'module.acl["eu"]'}],
        changes=[change("aws_s3_bucket_versioning.v[0]", {}, {"bucket": True}),
                 change("aws_s3_bucket_versioning.v[1]", {}, {"bucket": True}),
                 change('module.acl["eu"].aws_s3_bucket_acl.this', {"acl": "private"}, {"bucket": True})],
        configuration={
            "resources": [config("aws_s3_bucket.b", {}, count_expression={"constant_value": 2}),
                          config("aws_s3_bucket_versioning.v", {"bucket": refs("aws_s3_bucket.b", "count.index")},
                                 count_expression={"constant_value": 2}),
                          config("aws_s3_bucket.site", {}, for_each_expression=refs("var.sites"))],
            "module_calls": {"acl": {"source": "./acl",
                                     "expressions": {"bucket": refs("aws_s3_bucket.site", "each.key")},
                                     "for_each_expression": refs("var.sites"),
                                     "module": {"resources": [config("aws_s3_bucket_acl.this",
                                                                     {"bucket": refs("var.bucket")})]}}}})
    natives = parse(text)
    assert natives["aws_s3_bucket_versioning.v[1]"].body.get("bucket").value.refs == ("aws_s3_bucket.b[1]",)
    assert natives["aws_s3_bucket_versioning.v[0]"].body.get("bucket").value.refs == ("aws_s3_bucket.b[0]",)
    acl = natives['module.acl["eu"].aws_s3_bucket_acl.this']
    assert acl.body.get("bucket").value.refs == ('aws_s3_bucket.site["eu"]',)
    assert [r.target for r in acl.refs] == ['aws_s3_bucket.site["eu"]']


# -- policy documents -----------------------------------------------------------------------------


ADMIN = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]},
                   indent=2)


def test_policy_documents_are_decoded_from_the_prior_state_and_read_through_references() -> None:
    policy = {"name": "admin", "path": "/"}
    text = plan_text(
        [resource("aws_iam_policy.admin", policy)],
        changes=[change("aws_iam_policy.admin", policy, {"arn": True, "id": True, "policy": True})],
        prior=[resource("data.aws_iam_policy_document.admin", {"id": "1", "json": ADMIN, "statement": []},
                        mode="data")],
        configuration={"resources": [
            config("aws_iam_policy.admin", {"policy": refs("data.aws_iam_policy_document.admin.json",
                                                            "data.aws_iam_policy_document.admin")}),
            config("data.aws_iam_policy_document.admin", {"statement": [{"actions": {"constant_value": ["*"]}}]})]})
    natives = parse(text)
    document = natives["data.aws_iam_policy_document.admin"].body.get("json")
    assert document.plain() == json.loads(ADMIN)
    json_line = line_of(text, '"json": "{')
    assert {n.location.line for n in document.walk()} == {json_line}
    # `policy = data.aws_iam_policy_document.admin.json`, known after apply: the document it reads
    used = natives["aws_iam_policy.admin"].body.get("policy")
    assert used.plain() == json.loads(ADMIN) and used.origin.line == json_line
    assert [r.target for r in natives["aws_iam_policy.admin"].refs] == ["data.aws_iam_policy_document.admin"]
    graph = Graph(list(natives.values()))
    hits = judge(graph, "SRM-IAM-001")
    # the document is used, so the policy reports it, at the statement (as for .tf sources)
    assert hits == {(json_line, "fail", "aws_iam_policy.admin")}


def test_a_document_read_at_apply_keeps_its_known_statements() -> None:
    statement = {"actions": ["*"], "condition": [], "effect": "Allow", "not_actions": [], "principals": [],
                 "sid": ""}
    values = {"statement": [statement]}
    text = plan_text(
        [resource("data.aws_iam_policy_document.d", values, mode="data")],
        changes=[change("data.aws_iam_policy_document.d", values,
                        {"id": True, "json": True, "minified_json": True, "statement": [{"resources": True}]},
                        mode="data", actions=("read",))],
        configuration={"resources": [config("data.aws_iam_policy_document.d", {"statement": [
            {"actions": {"constant_value": ["*"]}, "resources": refs("aws_s3_bucket.b.arn", "aws_s3_bucket.b")}]})]})
    document = parse(text)["data.aws_iam_policy_document.d"].body.get("json")
    [element] = document.get("Statement").value
    assert set(element.value) == {"Effect", "Action", "Resource"}  # empty sid, lists and blocks are unset
    assert element.get("Resource").unknown
    assert element.location.line == line_of(text, '"actions": [') - 1
    graph = Graph(list(parse(text).values()))
    assert judge(graph, "SRM-IAM-001") == {(element.location.line, "unknown", "data.aws_iam_policy_document.d")}


# -- the plan resolution cases ---------------------------------------------------------------------


def judge(graph: Graph, *check_ids: str) -> set[tuple[int, str, str]]:
    registry = load_policies()
    found = set()
    for check_id in check_ids:
        check = registry[check_id]
        for resource_ in graph.kinds(list(check.resources)):
            for hit in _judge(check, resource_, graph):
                found.add((hit.location.line, hit.state, resource_.address))
    return found


def _case_file(root: Path) -> Path:
    # case.pending.json until srm_lint.loader reads plans; then case.json (run by test_resolution_cases)
    return root / "case.json" if (root / "case.json").is_file() else root / "case.pending.json"


PLAN_CASES = sorted(p for p in CASES.iterdir() if p.is_dir())


def test_there_are_plan_cases() -> None:
    assert len(PLAN_CASES) >= 2
    assert all(_case_file(p).is_file() and (p / "plan.json").is_file() for p in PLAN_CASES)


@pytest.mark.parametrize("root", PLAN_CASES, ids=lambda p: p.name)
def test_plan_case_through_the_graph(root: Path) -> None:
    """parse_text → Graph → each selected check: exactly the case's findings and unknowns."""
    case = json.loads(_case_file(root).read_text(encoding="utf-8"))
    text = (root / "plan.json").read_text(encoding="utf-8")
    natives, errors = parse_text(text, "plan.json")
    assert errors == []
    graph = Graph(sorted(natives, key=lambda n: (n.scope, n.address)))
    registry = load_policies()
    findings, unknowns = set(), set()
    for check_id in case["select"]:
        check = registry[check_id]
        for resource_ in graph.kinds(list(check.resources)):
            for hit in _judge(check, resource_, graph):
                (findings if hit.state == "fail" else unknowns).add((hit.location.path, hit.location.line, check_id))
    assert findings == {tuple(x) for x in case.get("expect", [])}
    assert unknowns == {tuple(x) for x in case.get("unknown", [])}


def _load_document_with_plans(candidate, settings, loaded) -> None:
    """The wiring proposed for srm_lint.loader._load_document, in front of the template sniff."""
    from srm_lint import loader
    from srm_lint.discovery import display_path

    text, error = loader.read_text(candidate.path)
    if error is None and plan.looks_like_plan(text):
        shown = display_path(candidate.path)
        natives, plan_errors = plan.parse_text(text, shown)
        if plan_errors != [InputError(shown, plan.NOT_A_PLAN)]:
            loaded.natives.extend(natives)
            loaded.errors.extend(plan_errors)
            if natives or not plan_errors:
                loaded.parsed.append(shown)
            return
    ORIGINAL_LOAD_DOCUMENT(candidate, settings, loaded)


ORIGINAL_LOAD_DOCUMENT = __import__("srm_lint.loader", fromlist=["_load_document"])._load_document


@pytest.mark.parametrize("root", PLAN_CASES, ids=lambda p: p.name)
def test_plan_case_through_scan_with_the_proposed_loader_wiring(root: Path, monkeypatch) -> None:
    from srm_lint import loader

    if loader._load_document is ORIGINAL_LOAD_DOCUMENT and "plan" not in loader.__dict__:
        monkeypatch.setattr(loader, "_load_document", _load_document_with_plans)
    case = json.loads(_case_file(root).read_text(encoding="utf-8"))
    monkeypatch.chdir(root)
    report = scan([Path(".")], Settings(select=tuple(case["select"])))
    assert report.errors == [] and report.files == ["plan.json"]
    assert {(f.location.path, f.location.line, f.check_id) for f in report.findings} == \
        {tuple(x) for x in case.get("expect", [])}
    assert {(u.location.path, u.location.line, u.check_id) for u in report.unknowns} == \
        {tuple(x) for x in case.get("unknown", [])}


def test_a_json_file_that_is_not_a_plan_still_reaches_the_template_sniff(tmp_path: Path, monkeypatch) -> None:
    from srm_lint import loader

    monkeypatch.setattr(loader, "_load_document", _load_document_with_plans)
    odd = tmp_path / "odd.json"
    odd.write_text('{"planned_values": 1}\n', encoding="utf-8")  # no format_version: not even sniffed
    sniffed = tmp_path / "sniffed.json"  # sniffed as a plan, parsed, and handed on to the template sniff
    sniffed.write_text('{"format_version": "1.0", "note": "planned_values"}\n', encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"format_version": "1.2", "planned_values": {\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    report = scan([Path("odd.json"), Path("sniffed.json"), Path("broken.json")], Settings())
    assert sorted((e.path, e.line, e.message.split(":")[0]) for e in report.errors) == [
        ("broken.json", 2, "invalid plan JSON"),
        ("odd.json", None, "not a Terraform file or CloudFormation template"),
        ("sniffed.json", None, "not a Terraform file or CloudFormation template")]
    assert report.files == []


def test_node_values_are_plain_nodes() -> None:
    natives = parse(plan_text([resource("aws_s3_bucket.b", {"bucket": "b", "tags": {"a": "1"}})]))
    for node in natives["aws_s3_bucket.b"].body.walk():
        assert isinstance(node, Node) and node.location.path == "plan.json"


def test_a_plan_beside_its_configuration_relates_findings_to_the_tf_blocks(tmp_path, monkeypatch) -> None:
    """The plan has no line numbers for the .tf source; when the plan sits in its root module's
    directory, each planned resource is related to the block that declares it."""
    import shutil

    from srm_lint.engine import scan
    from srm_lint.settings import Settings

    case = Path(__file__).parent / "resolution" / "plan" / "s3-module-instances"
    shutil.copyfile(case / "plan.json", tmp_path / "plan.json")
    (tmp_path / "main.tf").write_text(
        'resource "aws_s3_bucket" "logs" {\n  bucket = var.logs_bucket\n}\n'
        'resource "aws_s3_bucket_public_access_block" "logs" {\n  bucket = var.logs_bucket\n}\n'
        'module "site" {\n  source = "./modules/site"\n}\n')
    (tmp_path / "modules" / "site").mkdir(parents=True)
    (tmp_path / "modules" / "site" / "main.tf").write_text(
        'resource "aws_s3_bucket" "this" {\n  bucket = "x"\n}\n'
        'resource "aws_s3_bucket_acl" "this" {\n  bucket = aws_s3_bucket.this.id\n}\n')
    monkeypatch.chdir(tmp_path)
    report = scan([Path("plan.json")], Settings(select=("SRM-S3-002", "SRM-S3-001")))
    related = {f.check_id: {(r.path, r.line) for r in f.related} for f in report.findings}
    assert ("modules/site/main.tf", 4) in related["SRM-S3-002"]
    assert ("main.tf", 4) in related["SRM-S3-001"]
    assert {f.location.path for f in report.findings} == {"plan.json"}
