"""Nested stacks: local templates loaded with the parameters their parent passes, evaluated once
per parent stack resource and not on their own; remote URLs and path traversal not followed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from srm_lint.discovery import discover
from srm_lint.loader import load
from srm_lint.model import Unknown
from srm_lint.parsers import cfn_stacks
from srm_lint.settings import Settings

CHILD = """\
AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Acl:
    Type: String
    Default: Private
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: !Ref Acl
"""


EMPTY = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n'


def parent(*stacks: tuple[str, str, str | None], base: str = EMPTY) -> str:
    """A template (by default an empty one) with stack resources appended."""
    text = base
    for name, url, acl in stacks:
        text += f"  {name}:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: {url}\n"
        if acl is not None:
            text += f"      Parameters:\n        Acl: {acl}\n"
    return text


def scan(root: Path, settings: Settings | None = None, paths: list[Path] | None = None):
    candidates, _ = discover(paths or [root])
    loaded = load(candidates, settings or Settings())
    return loaded


def buckets(loaded) -> list[tuple[str, str, object]]:
    return sorted(((n.scope, n.address, _acl(n)) for n in loaded.natives if n.native_type == "AWS::S3::Bucket"),
                  key=str)


def _acl(native) -> object:
    acl = native.body.get("AccessControl")
    return "unknown" if acl is not None and isinstance(acl.value, Unknown) else getattr(acl, "value", None)


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return Path(".")


def test_child_takes_the_parameters_its_parent_passes(project: Path) -> None:
    (project / "child.yaml").write_text(CHILD)
    (project / "parent.yaml").write_text(parent(("Public", "./child.yaml", "PublicRead"),
                                                ("Default", "child.yaml", None),
                                                ("Unknown", "child.yaml", '!Ref "AWS::Region"')))
    loaded = scan(project)
    # "child.yaml" sorts before "parent.yaml": it was first loaded on its own, then replaced
    assert buckets(loaded) == [
        ("child.yaml#parent.yaml/Default", "Bucket", "Private"),
        ("child.yaml#parent.yaml/Public", "Bucket", "PublicRead"),
        ("child.yaml#parent.yaml/Unknown", "Bucket", "unknown"),
    ]
    assert sorted(loaded.parsed) == ["child.yaml", "parent.yaml"]
    assert loaded.errors == []
    assert set(cfn_stacks.templates_of(loaded)) == {
        "parent.yaml", "child.yaml#parent.yaml/Default", "child.yaml#parent.yaml/Public",
        "child.yaml#parent.yaml/Unknown"}


def test_child_met_after_its_parent_is_not_loaded_again(project: Path) -> None:
    (project / "a-parent.yaml").write_text(parent(("Stack", "stacks/z-child.yaml", "PublicRead")))
    (project / "stacks").mkdir()
    (project / "stacks" / "z-child.yaml").write_text(CHILD)
    assert buckets(scan(project)) == [("stacks/z-child.yaml#a-parent.yaml/Stack", "Bucket", "PublicRead")]


def test_command_line_parameters_reach_top_level_templates_only(project: Path) -> None:
    (project / "child.yaml").write_text(CHILD)
    (project / "parent.yaml").write_text(parent(("Stack", "child.yaml", None), base=CHILD))
    loaded = scan(project, Settings(parameters=(("Acl", "PublicReadWrite"),)))
    assert buckets(loaded) == [("child.yaml#parent.yaml/Stack", "Bucket", "Private"),
                               ("parent.yaml", "Bucket", "PublicReadWrite")]


def test_remote_missing_and_outside_templates_are_not_followed(project: Path, tmp_path: Path) -> None:
    (project / "app").mkdir()
    (project / "outside.yaml").write_text(CHILD)
    (project / "app" / "parent.yaml").write_text(parent(
        ("Remote", "https://bucket.s3.amazonaws.com/child.yaml", "PublicRead"),
        ("S3", "s3://bucket/child.yaml", "PublicRead"),
        ("Missing", "./missing.yaml", "PublicRead"),
        ("Outside", "../outside.yaml", "PublicRead"),
        ("Absolute", str((tmp_path / "outside.yaml").resolve()), "PublicRead"),
        ("Computed", '!Sub "${AWS::Region}.yaml"', "PublicRead"),
        ("RemoteSub", '!Sub "https://bucket.s3.${AWS::URLSuffix}/child.yaml"', None),
    ))
    loaded = scan(project)
    assert buckets(loaded) == [("outside.yaml", "Bucket", "Private")]
    assert loaded.errors == []
    # what is not followed is a notice at the TemplateURL, not an error
    assert sorted((n.path, n.line, n.message.split(":")[0]) for n in loaded.notices) == [
        ("app/parent.yaml", line, f"nested stack {name}")
        for name, line in [("Remote", 6), ("S3", 12), ("Missing", 18), ("Outside", 24), ("Absolute", 30),
                           ("Computed", 36), ("RemoteSub", 42)]]
    messages = {n.message.split(":")[0]: n.message for n in loaded.notices}
    assert "is remote" in messages["nested stack Remote"]
    assert "is remote" in messages["nested stack RemoteSub"]
    assert "not resolved statically" in messages["nested stack Computed"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_symbolic_link_out_of_the_parent_directory_is_not_followed(project: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere"
    elsewhere.mkdir()
    (elsewhere / "child.yaml").write_text(CHILD)
    (project / "app").mkdir()
    try:
        (project / "app" / "link.yaml").symlink_to(elsewhere / "child.yaml")
    except OSError:
        pytest.skip("symbolic links are not allowed here")
    (project / "app" / "parent.yaml").write_text(parent(("Stack", "link.yaml", "PublicRead")))
    loaded = scan(project, paths=[project / "app" / "parent.yaml"])
    assert buckets(loaded) == []


def test_serverless_application_with_a_local_location(project: Path) -> None:
    (project / "child.yaml").write_text(CHILD)
    (project / "parent.yaml").write_text(
        "Transform: AWS::Serverless-2016-10-31\nResources:\n  App:\n    Type: AWS::Serverless::Application\n"
        "    Properties:\n      Location: child.yaml\n      Parameters:\n        Acl: AuthenticatedRead\n")
    assert buckets(scan(project)) == [("child.yaml#parent.yaml/App", "Bucket", "AuthenticatedRead")]


def test_nested_stack_with_a_false_condition_is_not_loaded(project: Path) -> None:
    (project / "child.yaml").write_text(CHILD)
    (project / "parent.yaml").write_text(
        "Conditions:\n  Never: !Equals [a, b]\nResources:\n  Stack:\n    Type: AWS::CloudFormation::Stack\n"
        "    Condition: Never\n    Properties:\n      TemplateURL: child.yaml\n"
        "      Parameters:\n        Acl: PublicRead\n")
    assert buckets(scan(project)) == [("child.yaml", "Bucket", "Private")]


def test_cycles_and_bad_children_do_not_break_the_scan(project: Path) -> None:
    (project / "a.yaml").write_text(parent(("B", "b.yaml", None), ("Self", "a.yaml", None), base=CHILD))
    (project / "b.yaml").write_text(parent(("A", "a.yaml", None), ("Broken", "broken.yaml", None),
                                           ("NotTemplate", "other.yaml", None)))
    (project / "broken.yaml").write_text("Resources:\n  X: [\n")
    (project / "other.yaml").write_text("name: not a template\n")
    loaded = scan(project)
    # a.yaml nests b.yaml, which nests a.yaml again: the cycle stops at the first repeat
    assert buckets(loaded) == [("a.yaml", "Bucket", "Private")]
    assert sorted(n.scope for n in loaded.natives if n.address == "A") == ["b.yaml#a.yaml/B"]
    assert [e.path for e in loaded.errors] == ["broken.yaml"]
