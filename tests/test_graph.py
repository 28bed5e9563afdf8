"""The resource graph: S3 companions folded into their bucket, canonical properties shared by
split and inline declarations, CloudFormation bucket policies, and module loading in a scan."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

import pytest

from srm_lint.engine import Settings, scan
from srm_lint.graph import Graph
from srm_lint.model import Location, Resource
from srm_lint.parsers.cloudformation import Template
from srm_lint.parsers.cloudformation import parse_text as parse_template
from srm_lint.parsers.terraform import parse_text as parse_terraform
from srm_lint.parsers.tf_module import Module


def tf_graph(text: str, path: str = "main.tf") -> Graph:
    return Graph(Module(".", parse_terraform(dedent(text), path)).native_resources())


def cfn_graph(text: str, path: str = "t.yaml") -> Graph:
    root, errors = parse_template(dedent(text), path)
    assert errors == []
    return Graph(Template(path, root).native_resources())


def by_address(graph: Graph) -> dict[str, Resource]:
    return {r.address: r for r in graph.resources}


def at(line: int, column: int = 1, path: str = "main.tf") -> Location:
    return Location(path, line, column)


SPLIT_AND_INLINE = """\
resource "aws_s3_bucket" "split" {
  bucket = "acme-split"
}

resource "aws_s3_bucket_acl" "split" {
  bucket = aws_s3_bucket.split.id
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "split" {
  bucket            = aws_s3_bucket.split.bucket
  block_public_acls = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "split" {
  bucket = "acme-split"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "alias/data"
    }
  }
}

resource "aws_s3_bucket_versioning" "split" {
  bucket = aws_s3_bucket.split.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_policy" "split" {
  bucket = aws_s3_bucket.split.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [] })
}

resource "aws_s3_bucket_logging" "split" {
  bucket        = aws_s3_bucket.split.id
  target_bucket = "acme-logs"
}

resource "aws_s3_bucket" "inline" {
  bucket = "acme-inline"
  acl    = "public-read"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = "alias/data"
      }
    }
  }
  versioning {
    enabled = true
  }
  policy = jsonencode({ Version = "2012-10-17", Statement = [] })
  logging {
    target_bucket = "acme-logs"
  }
}
"""


def test_split_companions_fold_into_their_bucket() -> None:
    resources = by_address(tf_graph(SPLIT_AND_INLINE))
    assert sorted(resources) == ["aws_s3_bucket.inline", "aws_s3_bucket.split"]
    split = resources["aws_s3_bucket.split"]
    assert (split.kind, split.partial, split.location) == ("aws.s3.bucket", False, at(1))
    assert sorted(split.properties.value) == [
        "acl", "encryption", "logging", "name", "policy", "public_access_block", "versioning",
    ]


def test_related_holds_every_companion_location() -> None:
    split = by_address(tf_graph(SPLIT_AND_INLINE))["aws_s3_bucket.split"]
    assert split.related == (at(5), at(10), at(15), at(25), at(32), at(37))


@pytest.mark.parametrize("name", ["acl", "encryption", "versioning", "policy"])
def test_split_and_inline_give_the_same_canonical_property(name: str) -> None:
    resources = by_address(tf_graph(SPLIT_AND_INLINE))
    split = resources["aws_s3_bucket.split"].properties.get(name)
    inline = resources["aws_s3_bucket.inline"].properties.get(name)
    assert split.plain() == inline.plain()


def test_split_and_inline_canonical_values() -> None:
    resources = by_address(tf_graph(SPLIT_AND_INLINE))
    for address in ("aws_s3_bucket.split", "aws_s3_bucket.inline"):
        properties = resources[address].properties
        assert properties.get("acl").value == "public-read"
        assert [e.get("sse_algorithm").value for e in properties.get("encryption").items()] == ["aws:kms"]
        assert [e.get("kms_key_id").value for e in properties.get("encryption").items()] == ["alias/data"]
        assert [e.get("status").value for e in properties.get("versioning").items()] == ["Enabled"]
        assert [e.get("target_bucket").value for e in properties.get("logging").items()] == ["acme-logs"]


def test_folded_values_keep_the_companion_positions() -> None:
    split = by_address(tf_graph(SPLIT_AND_INLINE))["aws_s3_bucket.split"].properties
    assert split.get("acl").location == at(7, 3)
    assert split.get("encryption").items()[0].get("sse_algorithm").location == at(19, 7)


def test_omitted_public_access_flags_default_at_the_companion() -> None:
    block = by_address(tf_graph(SPLIT_AND_INLINE))["aws_s3_bucket.split"].properties.get("public_access_block")
    assert block.plain() == {
        "block_public_acls": True,
        "block_public_policy": False,
        "ignore_public_acls": False,
        "restrict_public_buckets": False,
    }
    assert (block.get("block_public_acls").state, block.get("block_public_acls").location) == ("literal", at(12, 3))
    omitted = block.get("restrict_public_buckets")
    assert (omitted.state, omitted.location) == ("default", at(10))


def test_companion_linked_through_an_indexed_reference() -> None:
    text = """\
    resource "aws_s3_bucket" "counted" {
      count  = 1
      bucket = "acme-counted"
    }
    resource "aws_s3_bucket_acl" "counted" {
      bucket = aws_s3_bucket.counted[0].id
      acl    = "private"
    }
    """
    resources = by_address(tf_graph(text))
    assert list(resources) == ["aws_s3_bucket.counted[0]"]
    bucket = resources["aws_s3_bucket.counted[0]"]
    assert bucket.properties.plain() == {"name": "acme-counted", "acl": "private"}
    assert bucket.related == (at(5),)


def test_companion_linked_by_a_name_from_a_variable_default() -> None:
    text = """\
    variable "name" {
      default = "acme-named"
    }
    resource "aws_s3_bucket" "b" {
      bucket = var.name
    }
    resource "aws_s3_bucket_acl" "b" {
      bucket = "acme-named"
      acl    = "private"
    }
    """
    resources = by_address(tf_graph(text))
    assert list(resources) == ["aws_s3_bucket.b"]
    assert resources["aws_s3_bucket.b"].properties.get("acl").value == "private"


def test_companion_of_a_bucket_not_in_scope_is_partial() -> None:
    text = """\
    resource "aws_s3_bucket_versioning" "elsewhere" {
      bucket = "someone-elses-bucket"
      versioning_configuration {
        status = "Suspended"
      }
    }
    resource "aws_s3_bucket_acl" "undeclared" {
      bucket = aws_s3_bucket.not_here.id
      acl    = "public-read"
    }
    """
    resources = by_address(tf_graph(text))
    elsewhere = resources["aws_s3_bucket_versioning.elsewhere"]
    assert (elsewhere.kind, elsewhere.partial, elsewhere.location) == ("aws.s3.bucket", True, at(1))
    assert elsewhere.properties.plain() == {"versioning": [{"status": "Suspended"}]}
    undeclared = resources["aws_s3_bucket_acl.undeclared"]
    assert (undeclared.kind, undeclared.partial) == ("aws.s3.bucket", True)
    assert undeclared.properties.plain() == {"acl": "public-read"}


def test_companion_does_not_fold_into_a_bucket_of_another_module() -> None:
    bucket = Module("a", parse_terraform('resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n', "a/main.tf"))
    acl = Module("b", parse_terraform(
        'resource "aws_s3_bucket_acl" "b" {\n  bucket = aws_s3_bucket.b.id\n  acl = "private"\n}\n', "b/main.tf"))
    graph = Graph(bucket.native_resources() + acl.native_resources())
    assert [(r.address, r.partial) for r in graph.resources] == [("aws_s3_bucket.b", False),
                                                                  ("aws_s3_bucket_acl.b", True)]


# -- CloudFormation ---------------------------------------------------------------------------------------


CFN = """\
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
  P:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref B
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
  Named:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-named
  NamedPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: acme-named
      PolicyDocument: {Statement: []}
  Orphan:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: other-bucket
      PolicyDocument: {Statement: []}
"""


def test_cfn_bucket_policy_folds_into_the_bucket_it_refs() -> None:
    bucket = by_address(cfn_graph(CFN))["B"]
    policy = bucket.properties.get("policy")
    assert policy.plain() == {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"}]}
    assert policy.location == Location("t.yaml", 11, 7)
    assert policy.get("Statement").value[0].location == Location("t.yaml", 13, 13)
    assert bucket.related == (Location("t.yaml", 7, 3),)


def test_cfn_bucket_policy_folds_by_literal_bucket_name() -> None:
    named = by_address(cfn_graph(CFN))["Named"]
    assert named.properties.plain() == {"name": "acme-named", "policy": {"Statement": []}}
    assert named.related == (Location("t.yaml", 20, 3),)


def test_cfn_bucket_policy_for_a_bucket_not_in_scope_is_partial() -> None:
    resources = by_address(cfn_graph(CFN))
    assert sorted(resources) == ["B", "Named", "Orphan"]
    orphan = resources["Orphan"]
    assert (orphan.kind, orphan.partial, orphan.native_type) == ("aws.s3.bucket", True, "AWS::S3::BucketPolicy")


def test_cfn_access_control_maps_to_the_canned_acl() -> None:
    acl = by_address(cfn_graph(CFN))["B"].properties.get("acl")
    assert (acl.value, acl.location) == ("public-read", Location("t.yaml", 6, 7))


def test_cfn_and_terraform_public_read_give_the_same_canonical_acl() -> None:
    cfn = by_address(cfn_graph(CFN))["B"].properties.get("acl").value
    terraform = by_address(tf_graph(SPLIT_AND_INLINE))["aws_s3_bucket.split"].properties.get("acl").value
    assert cfn == terraform == "public-read"


def test_cfn_references_are_graph_edges() -> None:
    graph = cfn_graph(CFN)
    bucket = by_address(graph)["B"]
    assert graph.is_referenced(bucket)
    assert [n.address for n in graph.referring(bucket)] == ["P"]
    assert not graph.is_referenced(by_address(graph)["Named"])


# -- module loading through engine.scan ---------------------------------------------------------------------


MAIN_TF = """\
resource "aws_s3_bucket" "b" {
  bucket = "acme-main"
}

resource "aws_s3_bucket_public_access_block" "b" {
  bucket                  = aws_s3_bucket.b.id
  block_public_acls       = var.block_acls
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
"""

OTHER_TF = """\
resource "aws_s3_bucket" "other" {
  bucket = "acme-other"
  acl    = "public-read"
}
"""

S3_ACCESS = Settings(select=("SRM-S3-001", "SRM-S3-002"))


@pytest.fixture
def module_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    directory = tmp_path / "mod"
    directory.mkdir()
    (directory / "variables.tf").write_text('variable "block_acls" {\n  default = false\n}\n')
    (directory / "main.tf").write_text(MAIN_TF)
    (directory / "other.tf").write_text(OTHER_TF)
    return directory


def found(report) -> list[tuple[str, str, int, int]]:
    return [(f.check_id, f.location.path, f.location.line, f.location.column) for f in report.findings]


def test_one_file_resolves_a_variable_of_a_sibling_file(module_dir: Path) -> None:
    report = scan([Path("mod/main.tf")], S3_ACCESS)
    assert report.errors == []
    assert found(report) == [("SRM-S3-001", "mod/main.tf", 7, 3)]
    assert report.findings[0].resource == "aws_s3_bucket.b"
    assert report.findings[0].related == (Location("mod/main.tf", 5, 1),)
    assert report.files == ["mod/main.tf"]


def test_whole_directory_reports_every_file(module_dir: Path) -> None:
    report = scan([Path("mod")], S3_ACCESS)
    assert report.errors == []
    assert found(report) == [("SRM-S3-001", "mod/main.tf", 7, 3), ("SRM-S3-002", "mod/other.tf", 3, 3)]
    assert report.files == ["mod/main.tf", "mod/other.tf", "mod/variables.tf"]


def test_parse_error_in_one_file_keeps_the_others(module_dir: Path) -> None:
    (module_dir / "broken.tf").write_text('resource "aws_s3_bucket" "z" {\n  bucket = "z"\n')
    report = scan([Path("mod")], S3_ACCESS)
    assert [(e.path, e.line) for e in report.errors] == [("mod/broken.tf", 3)]
    assert found(report) == [("SRM-S3-001", "mod/main.tf", 7, 3), ("SRM-S3-002", "mod/other.tf", 3, 3)]
    assert report.files == ["mod/main.tf", "mod/other.tf", "mod/variables.tf"]


def test_parse_error_in_a_sibling_while_scanning_one_file(module_dir: Path) -> None:
    (module_dir / "broken.tf").write_text('resource "aws_s3_bucket" "z" {\n  bucket = = "z"\n}\n')
    report = scan([Path("mod/main.tf")], S3_ACCESS)
    assert [(e.path, e.line, e.column) for e in report.errors] == [("mod/broken.tf", 2, 12)]
    assert found(report) == [("SRM-S3-001", "mod/main.tf", 7, 3)]


def test_one_file_reports_a_statement_built_from_a_sibling_local(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # The statement is written in main.tf (line 5) from a local defined in locals.tf: scanning
    # main.tf alone must still report the public bucket policy.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "locals.tf").write_text(dedent("""\
        locals {
          public_read = {
            Effect    = "Allow"
            Principal = "*"
            Action    = "s3:GetObject"
            Resource  = "*"
          }
        }
        """))
    (tmp_path / "main.tf").write_text(dedent("""\
        resource "aws_s3_bucket" "b" {
          bucket = "acme-public"
          policy = jsonencode({
            Version   = "2012-10-17"
            Statement = [local.public_read]
          })
        }
        """))
    whole = scan([tmp_path], Settings(select=("SRM-S3-003",)))
    assert [f.check_id for f in whole.findings] == ["SRM-S3-003"]
    report = scan([Path("main.tf")], Settings(select=("SRM-S3-003",)))
    assert report.errors == []
    assert [(f.check_id, f.location.path, f.location.line) for f in report.findings] == [
        ("SRM-S3-003", "main.tf", 5),
    ]


def test_every_mapped_native_type_appears_once_and_every_check_kind_is_mapped() -> None:
    from srm_lint.graph import load_mapping
    from srm_lint.policies import load_policies

    mapping = load_mapping()
    kinds = {kind for kind, _ in mapping.by_native.values()} | {c.kind for c in mapping.companions.values()}
    for check in load_policies().values():
        assert set(check.resources) <= kinds, check.id
    assert not set(mapping.by_native) & set(mapping.companions)


def test_declarations_are_pseudo_resources_for_the_secrets_checks(tmp_path, monkeypatch) -> None:
    """Terraform variables, locals, outputs and providers, CloudFormation Parameters and Outputs
    reach the checks as natives of pseudo types."""
    from srm_lint.discovery import discover
    from srm_lint.loader import load
    from srm_lint.settings import Settings

    monkeypatch.chdir(tmp_path)
    (tmp_path / "main.tf").write_text(
        'variable "db_password" {\n  default = "hunter22"\n}\nlocals {\n  key = "AKIAIOSFODNN7EXAMPLE"\n}\n'
        'provider "aws" {\n  alias  = "eu"\n  region = "eu-west-1"\n}\noutput "endpoint" {\n  value = "x"\n}\n')
    (tmp_path / "t.yaml").write_text(
        "Parameters:\n  DbPassword:\n    Type: String\n    NoEcho: true\nResources:\n  B:\n    Type: AWS::S3::Bucket\n"
        "Outputs:\n  BucketArn:\n    Value: !GetAtt B.Arn\n")
    candidates, _ = discover([tmp_path])
    natives = {n.address: n for n in load(candidates, Settings()).natives}
    assert natives["var.db_password"].native_type == "variable"
    assert natives["var.db_password"].body.get("default").value == "hunter22"
    assert natives["var.db_password"].body.get("name").value == "db_password"
    assert natives["local.key"].body.get("value").value == "AKIAIOSFODNN7EXAMPLE"
    assert natives["provider.aws.eu"].native_type == "provider.aws"
    assert natives["output.endpoint"].native_type == "output"
    assert natives["Parameters.DbPassword"].native_type == "CloudFormation::Parameter"
    assert natives["Parameters.DbPassword"].body.get("NoEcho").value is True
    assert natives["Outputs.BucketArn"].body.get("Value").value.refs == ("B",)


def test_instance_keys_are_stripped_only_from_the_end_of_an_address() -> None:
    from srm_lint.graph import _base

    assert _base('module.a["x"].aws_s3_bucket.b[0]') == 'module.a["x"].aws_s3_bucket.b'
    assert _base('module.a["x"].aws_s3_bucket.b') == 'module.a["x"].aws_s3_bucket.b'
    assert _base("aws_s3_bucket.b") == "aws_s3_bucket.b"


def test_a_bucket_policy_links_to_the_bucket_named_by_the_same_unset_parameter() -> None:
    text = """\
    Parameters:
      BucketName:
        Type: String
    Resources:
      Bucket:
        Type: AWS::S3::Bucket
        Properties:
          BucketName: !Ref BucketName
      Policy:
        Type: AWS::S3::BucketPolicy
        Properties:
          Bucket: !Ref BucketName
          PolicyDocument:
            Statement:
              - Effect: Deny
                Principal: "*"
                Action: s3:*
                Resource: "*"
    """
    resources = by_address(cfn_graph(text))
    assert list(resources) == ["Bucket"]
    assert resources["Bucket"].properties.get("policy") is not None
