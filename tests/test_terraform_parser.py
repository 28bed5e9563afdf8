"""The Terraform parser: positions of every value, expression evaluation, references, policy
documents, dynamic blocks, module-level errors and `.tf.json` files."""

from __future__ import annotations

from textwrap import dedent

import pytest

from srm_lint.jsonpos import decode_json
from srm_lint.model import PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN, InputError, Location, NativeResource, Node, Unknown
from srm_lint.parsers.terraform import TerraformSyntaxError, parse_json_text, parse_text
from srm_lint.parsers.tf_module import Module


def module(*files: tuple[str, str]) -> Module:
    blocks = []
    for path, text in files:
        blocks.extend(parse_text(dedent(text), path))
    return Module(".", blocks)


def natives(text: str, path: str = "main.tf") -> dict[str, NativeResource]:
    return {n.address: n for n in module((path, text)).native_resources()}


def body(text: str, address: str) -> Node:
    return natives(text)[address].body


def at(line: int, column: int, path: str = "main.tf") -> Location:
    return Location(path, line, column)


# -- positions ---------------------------------------------------------------------------------------


BUCKET = """\
# a comment

resource "aws_s3_bucket" "b" {
  bucket = "acme-data" # trailing comment
  tags = {
    Name  = "n"
    "Env" = "prod"
  }
  names = ["a",
    "b"]
  versioning {
    enabled = true
  }
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect = "Allow"
    }]
  })
}
"""


def test_resource_header_location() -> None:
    native = natives(BUCKET)["aws_s3_bucket.b"]
    assert native.location == at(3, 1)
    assert native.body.location == at(3, 1)
    assert native.native_type == "aws_s3_bucket"


def test_indented_resource_header_location() -> None:
    text = 'resource "aws_s3_bucket" "a" {\n}\n  resource "aws_s3_bucket" "b" {\n    bucket    =    "y"\n  }\n'
    found = {n.address: n for n in Module(".", parse_text(text, "main.tf")).native_resources()}
    assert found["aws_s3_bucket.b"].location == at(3, 3)
    assert found["aws_s3_bucket.b"].body.get("bucket").location == at(4, 5)


def test_attribute_line_and_column() -> None:
    bucket = body(BUCKET, "aws_s3_bucket.b").get("bucket")
    assert bucket.value == "acme-data"
    assert bucket.location == at(4, 3)


def test_object_keys_are_located_at_the_key() -> None:
    tags = body(BUCKET, "aws_s3_bucket.b").get("tags")
    assert tags.location == at(5, 3)
    assert tags.plain() == {"Name": "n", "Env": "prod"}
    assert tags.get("Name").location == at(6, 5)
    assert tags.get("Env").location == at(7, 5)


def test_tuple_items_are_located_at_the_item() -> None:
    names = body(BUCKET, "aws_s3_bucket.b").get("names")
    assert names.location == at(9, 3)
    assert [(item.value, item.location) for item in names.value] == [("a", at(9, 12)), ("b", at(10, 5))]


def test_nested_block_is_a_list_of_bodies() -> None:
    versioning = body(BUCKET, "aws_s3_bucket.b").get("versioning")
    assert versioning.location == at(11, 3)
    assert versioning.plain() == [{"enabled": True}]
    assert versioning.value[0].location == at(11, 3)
    assert versioning.value[0].get("enabled").location == at(12, 5)


def test_jsonencode_keeps_structure_and_key_positions() -> None:
    policy = body(BUCKET, "aws_s3_bucket.b").get("policy")
    assert policy.location == at(14, 3)
    assert policy.plain() == {"Version": "2012-10-17", "Statement": [{"Effect": "Allow"}]}
    assert policy.get("Version").location == at(15, 5)
    assert policy.get("Statement").location == at(16, 5)
    statement = policy.get("Statement").value[0]
    assert statement.location == at(16, 18)
    assert statement.get("Effect").location == at(17, 7)


# -- heredocs --------------------------------------------------------------------------------------


HEREDOC_POLICY = """\
resource "aws_iam_policy" "p" {
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "s3:*"
    }
  ]
}
EOF
}
"""


def test_heredoc_keeps_text_and_body_line() -> None:
    policy = body(HEREDOC_POLICY, "aws_iam_policy.p").get("policy")
    assert policy.location == at(2, 3)
    assert policy.body_line == 3
    assert policy.value == (
        '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n'
        '      "Action": "s3:*"\n    }\n  ]\n}'
    )


def test_heredoc_json_statement_is_located_inside_the_heredoc() -> None:
    policy = body(HEREDOC_POLICY, "aws_iam_policy.p").get("policy")
    document = decode_json(policy.value, policy)
    assert document.location == at(3, 1)
    assert document.get("Statement").location == at(5, 3)
    statement = document.get("Statement").value[0]
    assert statement.location == at(6, 5)
    assert statement.get("Effect").location == at(7, 7)
    assert statement.plain() == {"Effect": "Allow", "Action": "s3:*"}


TRIMMED = """\
resource "aws_iam_policy" "q" {
  policy = <<-EOT
    {
      "Statement": [
        {"Effect": "Deny"}
      ]
    }
  EOT
  description = <<-EOT
    first ${aws_s3_bucket.logs.arn}
      indented
    EOT
}
"""


def test_trimmed_heredoc_removes_common_indentation() -> None:
    policy = body(TRIMMED, "aws_iam_policy.q").get("policy")
    assert policy.value == '{\n  "Statement": [\n    {"Effect": "Deny"}\n  ]\n}'
    assert policy.location == at(2, 3)
    assert policy.body_line == 3


def test_trimmed_heredoc_json_positions_are_file_positions() -> None:
    # The statement's `{` is written at line 5, column 9 of the file; trimming the heredoc's
    # indentation must not shift the columns reported for the JSON inside it.
    policy = body(TRIMMED, "aws_iam_policy.q").get("policy")
    document = decode_json(policy.value, policy)
    assert document.location == at(3, 5)
    assert document.get("Statement").location == at(4, 7)
    assert document.get("Statement").value[0].location == at(5, 9)


def test_trimmed_heredoc_with_interpolation_keeps_known_text() -> None:
    native = natives(TRIMMED)["aws_iam_policy.q"]
    description = native.body.get("description")
    assert description.location == at(9, 3)
    assert description.body_line == 10
    assert isinstance(description.value, Unknown)
    assert description.value.refs == ("aws_s3_bucket.logs",)
    assert description.value.text == (
        f"first {PLACEHOLDER_OPEN}{description.value.reason}{PLACEHOLDER_CLOSE}\n  indented"
    )
    assert [r.target for r in native.refs] == ["aws_s3_bucket.logs"]


def test_jsondecode_of_a_heredoc_locates_keys_inside_it() -> None:
    text = """\
    resource "x_y" "z" {
      doc = jsondecode(<<EOF
    {
      "a": [1, 2]
    }
    EOF
      )
    }
    """
    doc = body(text, "x_y.z").get("doc")
    assert doc.plain() == {"a": [1, 2]}
    assert doc.location == at(2, 3)
    assert doc.get("a").location == at(4, 3)


# -- strings, variables, locals ------------------------------------------------------------------------


VALUES = """\
variable "name" {
  type    = string
  default = "acme"
}

variable "nodef" {
  type = string
}

variable "cfg" {
  default = {
    enabled = true
  }
}

locals {
  prefix = "${var.name}-data"
  full   = "${local.prefix}-bucket"
  a      = local.b
  b      = local.a
  flag   = var.cfg.enabled
  cidr   = "10.0.0.0/8"
}

resource "x_y" "z" {
  mixed     = "logs-${aws_s3_bucket.logs.id}-x"
  known     = "plain-${var.name}"
  whole     = "${var.name}"
  from_var  = var.name
  no_def    = var.nodef
  missing   = var.undeclared
  chained   = local.full
  cyclic    = local.a
  nested    = local.flag
  in_list   = ["x", local.cidr]
  var_list  = ["x", var.name]
}
"""


def test_interpolation_with_known_parts_only_is_a_string() -> None:
    assert body(VALUES, "x_y.z").get("known").value == "plain-acme"


def test_interpolation_with_an_unknown_part_keeps_refs_and_known_text() -> None:
    mixed = body(VALUES, "x_y.z").get("mixed")
    assert mixed.location == at(26, 3)
    assert mixed.state == "unknown"
    assert isinstance(mixed.value, Unknown)
    assert mixed.value.refs == ("aws_s3_bucket.logs",)
    assert mixed.value.text.startswith(f"logs-{PLACEHOLDER_OPEN}")
    assert mixed.value.text.endswith(f"{PLACEHOLDER_CLOSE}-x")
    assert mixed.value.text.count(PLACEHOLDER_OPEN) == 1


def test_variable_default_resolves_at_the_use_site_with_origin() -> None:
    value = body(VALUES, "x_y.z").get("from_var")
    assert value.value == "acme"
    assert value.location == at(29, 3)
    assert value.origin == at(3, 3)
    assert value.state == "literal"


def test_lone_interpolation_is_the_value_itself() -> None:
    value = body(VALUES, "x_y.z").get("whole")
    assert (value.value, value.location, value.origin) == ("acme", at(28, 3), at(3, 3))


def test_variable_in_a_tuple_is_located_at_its_item() -> None:
    item = body(VALUES, "x_y.z").get("var_list").value[1]
    assert (item.value, item.location, item.origin) == ("acme", at(36, 21), at(3, 3))


def test_variable_without_default_is_unknown() -> None:
    value = body(VALUES, "x_y.z").get("no_def")
    assert isinstance(value.value, Unknown)
    assert "no default" in value.value.reason
    assert value.value.refs == ()
    assert value.location == at(30, 3)


def test_undeclared_variable_is_unknown() -> None:
    value = body(VALUES, "x_y.z").get("missing")
    assert isinstance(value.value, Unknown)
    assert "not declared" in value.value.reason


def test_locals_refer_to_locals_and_variables() -> None:
    resource = body(VALUES, "x_y.z")
    assert resource.get("chained").value == "acme-data-bucket"
    assert resource.get("chained").location == at(32, 3)
    assert resource.get("nested").value is True
    assert resource.get("nested").location == at(34, 3)


def test_local_in_a_tuple_is_located_at_its_use_with_origin() -> None:
    # Like a variable: the value sits where it is used, `origin` says where it was defined.
    item = body(VALUES, "x_y.z").get("in_list").value[1]
    assert item.value == "10.0.0.0/8"
    assert item.location == at(35, 21)
    assert item.origin == at(22, 3)


def test_local_cycle_is_unknown_not_an_exception() -> None:
    value = body(VALUES, "x_y.z").get("cyclic")
    assert isinstance(value.value, Unknown)
    assert "refers to itself" in value.value.reason


def test_variable_from_a_sibling_file_of_the_module() -> None:
    found = module(
        ("variables.tf", 'variable "acl" {\n  default = "private"\n}\n'),
        ("main.tf", 'resource "aws_s3_bucket" "b" {\n  acl = var.acl\n}\n'),
    ).native_resources()
    acl = found[0].body.get("acl")
    assert (acl.value, acl.location, acl.origin) == ("private", at(2, 3), Location("variables.tf", 2, 3))


# -- conditionals and functions -------------------------------------------------------------------------


def evaluated(expression: str) -> Node:
    text = f'variable "on" {{\n  default = true\n}}\nresource "x_y" "z" {{\n  v = {expression}\n}}\n'
    found = Module(".", parse_text(text, "main.tf")).native_resources()
    return found[0].body.get("v")


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ('var.on ? "yes" : "no"', "yes"),
        ('false ? "yes" : "no"', "no"),
        ('aws_s3_bucket.q.id == "" ? "same" : "same"', "same"),
        ('jsonencode({ a = 1, b = ["x"] })', {"a": 1, "b": ["x"]}),
        (r'jsondecode("{\"k\": [1, 2]}")', {"k": [1, 2]}),
        ("merge({ a = 1 }, { b = 2 }, { a = 3 })", {"a": 3, "b": 2}),
        ('concat(["a"], ["b", "c"])', ["a", "b", "c"]),
        ('lookup({ k = "v" }, "k", "d")', "v"),
        ('lookup({ k = "v" }, "other", "d")', "d"),
        ('format("%s-%d", "a", 5)', "a-5"),
        ('join(",", ["a", "b"])', "a,b"),
        ('lower("ABC")', "abc"),
        ("length([1, 2, 3])", 3),
        ('length({ a = 1 })', 1),
        ('try({ a = 1 }.b, "fallback")', "fallback"),
        ('coalesce("", "second")', "second"),
        ('coalesce(null, "x")', "x"),
    ],
)
def test_known_expressions(expression: str, expected: object) -> None:
    value = evaluated(expression)
    assert value.plain() == expected
    assert value.location == at(5, 3)


def test_conditional_on_an_unknown_condition_is_unknown_with_refs() -> None:
    value = evaluated('aws_s3_bucket.q.id == "" ? "a" : "b"')
    assert isinstance(value.value, Unknown)
    assert value.value.refs == ("aws_s3_bucket.q",)


def test_unknown_function_is_unknown() -> None:
    value = evaluated('unknownfn("a")')
    assert isinstance(value.value, Unknown)
    assert "unknownfn" in value.value.reason


def test_known_function_over_an_unknown_argument_is_unknown_with_refs() -> None:
    value = evaluated("upper(aws_s3_bucket.q.id)")
    assert isinstance(value.value, Unknown)
    assert value.value.refs == ("aws_s3_bucket.q",)


def test_try_over_a_value_known_only_after_apply_is_unknown() -> None:
    # Terraform's try() returns an unknown result while its first argument depends on unknown
    # values: it cannot tell yet whether that argument will fail.
    value = evaluated('try(aws_s3_bucket.q.arn, "fallback")')
    assert isinstance(value.value, Unknown)
    assert value.value.refs == ("aws_s3_bucket.q",)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [('join(",", [true, 1])', "true,1"), ('format("%v-%s", false, true)', "false-true")],
)
def test_functions_write_booleans_as_terraform_does(expression: str, expected: str) -> None:
    # Terraform converts a bool to the string "true"/"false", as in "${true}" interpolation.
    assert evaluated(expression).value == expected


def test_lookup_of_a_missing_key_without_default_is_unknown() -> None:
    value = evaluated('lookup({ k = "v" }, "other")')
    assert isinstance(value.value, Unknown)


# -- references ------------------------------------------------------------------------------------------


def test_references_produce_refs_edges_and_unknown_values() -> None:
    text = """\
    resource "x_y" "z" {
      a = aws_s3_bucket.b[0].id
      b = data.x.y.attr
      c = module.m.out
      d = aws_s3_bucket.c["k"].arn
    }
    """
    native = natives(text)["x_y.z"]
    assert [(r.source, r.target, r.location) for r in native.refs] == [
        ("x_y.z", "aws_s3_bucket.b[0]", at(2, 7)),
        ("x_y.z", "data.x.y", at(3, 7)),
        ("x_y.z", "module.m", at(4, 7)),
        ('x_y.z', 'aws_s3_bucket.c["k"]', at(5, 7)),
    ]
    values = native.body.value
    assert {k: v.value.refs for k, v in values.items()} == {
        "a": ("aws_s3_bucket.b[0]",),
        "b": ("data.x.y",),
        "c": ("module.m",),
        "d": ('aws_s3_bucket.c["k"]',),
    }


def test_instance_references_are_unknown_without_refs() -> None:
    value = evaluated("count.index")
    assert isinstance(value.value, Unknown)
    assert value.value.refs == ()


# -- aws_iam_policy_document ---------------------------------------------------------------------------


POLICY_DOCUMENT = """\
data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
  statement {
    sid     = "Two"
    effect  = "Deny"
    actions = ["s3:*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceVpce"
      values   = ["vpce-1"]
    }
  }
}

resource "aws_iam_policy" "p" {
  policy = data.aws_iam_policy_document.d.json
}
"""

RENDERED = {
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": ["*"], "Principal": "*"},
        {
            "Effect": "Deny",
            "Sid": "Two",
            "Action": ["s3:*"],
            "Principal": {"AWS": ["arn:aws:iam::111122223333:root"]},
            "Condition": {"StringEquals": {"aws:SourceVpce": ["vpce-1"]}},
        },
    ],
}


def test_policy_document_renders_statements() -> None:
    data = natives(POLICY_DOCUMENT)["data.aws_iam_policy_document.d"]
    assert data.native_type == "data.aws_iam_policy_document"
    assert data.body.get("json").plain() == RENDERED


def test_policy_document_statements_are_located_at_their_blocks() -> None:
    document = natives(POLICY_DOCUMENT)["data.aws_iam_policy_document.d"].body.get("json")
    first, second = document.get("Statement").value
    assert first.location == at(2, 3)
    assert second.location == at(10, 3)
    # Effect was not written in the first block: the default, at the block
    assert (first.get("Effect").value, first.get("Effect").state, first.get("Effect").location) == (
        "Allow", "default", at(2, 3))
    assert (second.get("Effect").state, second.get("Effect").location) == ("literal", at(12, 5))
    assert first.get("Principal").location == at(5, 5)
    assert second.get("Condition").location == at(18, 5)


def test_policy_document_json_referenced_from_a_policy() -> None:
    native = natives(POLICY_DOCUMENT)["aws_iam_policy.p"]
    policy = native.body.get("policy")
    assert policy.plain() == RENDERED
    assert policy.location == at(27, 3)
    assert policy.origin == at(1, 1)
    assert [(r.target, r.location) for r in native.refs] == [("data.aws_iam_policy_document.d", at(27, 12))]


# -- dynamic blocks ------------------------------------------------------------------------------------


DYNAMIC = """\
variable "rules" {
  type = list(number)
}

resource "aws_security_group" "s" {
  dynamic "ingress" {
    for_each = [22, 443]
    content {
      from_port = ingress.value
      desc      = "rule-${ingress.key}"
    }
  }
  dynamic "egress" {
    for_each = var.rules
    iterator = rule
    content {
      from_port   = rule.value
      cidr_blocks = ["10.0.0.0/8"]
    }
  }
  dynamic "tag" {
    for_each = { a = "1" }
    content {
      key   = tag.key
      value = tag.value
    }
  }
}
"""


def test_dynamic_block_over_a_literal_list_expands() -> None:
    ingress = body(DYNAMIC, "aws_security_group.s").get("ingress")
    assert ingress.plain() == [{"from_port": 22, "desc": "rule-0"}, {"from_port": 443, "desc": "rule-1"}]
    assert [i.location for i in ingress.value] == [at(6, 3), at(6, 3)]
    assert ingress.value[1].get("from_port").location == at(9, 7)


def test_dynamic_block_over_a_literal_map_binds_key_and_value() -> None:
    assert body(DYNAMIC, "aws_security_group.s").get("tag").plain() == [{"key": "a", "value": "1"}]


def test_dynamic_block_over_an_unknown_value_keeps_one_instance() -> None:
    egress = body(DYNAMIC, "aws_security_group.s").get("egress")
    assert len(egress.value) == 1
    instance = egress.value[0]
    assert instance.location == at(13, 3)
    assert instance.get("cidr_blocks").plain() == ["10.0.0.0/8"]
    from_port = instance.get("from_port")
    assert isinstance(from_port.value, Unknown)
    assert "no default" in from_port.value.reason
    assert from_port.location == at(17, 7)


# -- module errors and syntax errors --------------------------------------------------------------------


def test_duplicate_resource_address_is_a_module_error() -> None:
    found = module(("dup.tf", 'resource "a_b" "c" {\n}\nresource "a_b" "c" {\n  x = 1\n}\ndata "a_b" "c" {}\n'))
    assert found.errors == [
        InputError("dup.tf", "duplicate resource a_b.c (first declared at dup.tf:1:1)", 3, 1),
    ]
    resources = {n.address: n for n in found.native_resources()}
    assert sorted(resources) == ["a_b.c", "data.a_b.c"]
    assert resources["a_b.c"].location == Location("dup.tf", 1, 1)


def test_duplicate_resource_address_across_files() -> None:
    found = module(("a.tf", 'resource "a_b" "c" {}\n'), ("b.tf", '\n\nresource "a_b" "c" {}\n'))
    assert found.errors == [InputError("b.tf", "duplicate resource a_b.c (first declared at a.tf:1:1)", 3, 1)]


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ('resource "a" "b" {\n  x = 1\n', 3, 1),  # unclosed brace: at the end of the file
        ('resource "a" "b" {\n  x = = 1\n}\n', 2, 7),  # stray '='
        ('resource "a" "b" {\n  = 1\n}\n', 2, 3),  # '=' without a name
        ('resource "a" "b" {\n  x = "open\n}\n', 2, 8),  # unterminated string
        ('x = 1\n', 1, 1),  # attribute at the top level
    ],
)
def test_syntax_errors_carry_line_and_column(text: str, line: int, column: int) -> None:
    with pytest.raises(TerraformSyntaxError) as raised:
        parse_text(text, "bad.tf")
    assert (raised.value.line, raised.value.column) == (line, column)


def test_unclosed_brace_is_described_as_the_end_of_the_file() -> None:
    with pytest.raises(TerraformSyntaxError) as raised:
        parse_text('resource "a" "b" {\n  x = 1\n', "bad.tf")
    assert "end of file" in str(raised.value)


def test_stray_equals_names_the_unexpected_text() -> None:
    with pytest.raises(TerraformSyntaxError) as raised:
        parse_text('resource "a" "b" {\n  x = = 1\n}\n', "bad.tf")
    assert str(raised.value) == "unexpected '= 1'"


# -- .tf.json -----------------------------------------------------------------------------------------


TF_JSON = """\
{
  "variable": {
    "name": {"default": "acme"}
  },
  "resource": {
    "aws_s3_bucket": {
      "b": {
        "bucket": "${var.name}-logs",
        "acl": "${var.name}",
        "target": "${aws_s3_bucket.c.id}",
        "retention": 2
      }
    }
  }
}
"""


def test_tf_json_blocks_and_positions() -> None:
    blocks = parse_json_text(TF_JSON, "main.tf.json")
    assert [(b.type, b.labels, b.location) for b in blocks] == [
        ("variable", ["name"], Location("main.tf.json", 3, 5)),
        ("resource", ["aws_s3_bucket", "b"], Location("main.tf.json", 7, 7)),
    ]


def test_tf_json_strings_are_templates() -> None:
    found = Module(".", parse_json_text(TF_JSON, "main.tf.json")).native_resources()
    assert [n.address for n in found] == ["aws_s3_bucket.b"]
    native = found[0]
    assert native.location == Location("main.tf.json", 7, 7)
    bucket, acl, target, retention = (native.body.get(k) for k in ("bucket", "acl", "target", "retention"))
    assert (bucket.value, bucket.location) == ("acme-logs", Location("main.tf.json", 8, 9))
    assert (acl.value, acl.location, acl.origin) == ("acme", Location("main.tf.json", 9, 9),
                                                     Location("main.tf.json", 3, 14))
    assert isinstance(target.value, Unknown)
    assert target.value.refs == ("aws_s3_bucket.c",)
    assert (retention.value, retention.location) == (2, Location("main.tf.json", 11, 9))
    assert [(r.target, r.location) for r in native.refs] == [("aws_s3_bucket.c", Location("main.tf.json", 10, 9))]


def test_tf_json_syntax_error_has_a_position() -> None:
    with pytest.raises(TerraformSyntaxError) as raised:
        parse_json_text('{\n "resource": {\n  "a": }\n}', "bad.tf.json")
    assert (raised.value.line, raised.value.column) == (3, 8)


def test_duplicate_variables_and_locals_are_input_errors() -> None:
    text = (
        'variable "a" {}\n'
        'variable "a" {}\n'
        "locals {\n  x = 1\n}\n"
        "locals {\n  x = 2\n}\n"
    )
    module = Module(".", parse_text(text, "main.tf"))
    messages = sorted((e.line, e.message) for e in module.errors)
    assert messages == [
        (2, "duplicate variable 'a' (first declared at main.tf:1:1)"),
        (7, "duplicate local value 'x' (first declared at main.tf:4:3)"),
    ]


@pytest.mark.parametrize(("expression", "expected"), [
    ('base64decode(base64encode("echo hi"))', "echo hi"),
    ('sensitive("s3cr3t")', "s3cr3t"),
    ('nonsensitive(upper("a"))', "A"),
])
def test_encoding_and_sensitivity_functions(expression: str, expected: str) -> None:
    assert evaluated(expression).value == expected
