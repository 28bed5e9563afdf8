"""The registry itself: every policy validates, every check has its four fixtures, every fail
fixture expects something and no pass fixture does, every predicate is used."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CHECKS, ROOT, annotated

from srm_lint.policies import PolicyError, bundled_policy_dir, load_policies, load_policy
from srm_lint.predicates import PREDICATES, TESTS

REGISTRY = load_policies()

# Checks whose catalogue entry says `CFN: n/a`: Terraform fixtures only. One line per group.
TF_ONLY: set[str] = set()
TF_ONLY |= {"SRM-IAM-006", "SRM-IAM-007"}  # s3_iam: no CloudFormation password-policy resource


def test_bundled_policies_are_found() -> None:
    assert bundled_policy_dir().resolve() == (ROOT / "policies").resolve()
    assert len(REGISTRY) >= 9


@pytest.mark.parametrize("check_id", sorted(REGISTRY))
def test_each_check_has_failing_and_passing_fixtures_for_both_frameworks(check_id: str) -> None:
    folder = CHECKS / check_id
    suffixes = (".tf",) if check_id in TF_ONLY else (".tf", ".yaml")
    for suffix in suffixes:
        for name in (f"fail{suffix}", f"pass{suffix}"):
            assert (folder / name).is_file(), f"{check_id} lacks {name}"
        assert annotated(folder / f"fail{suffix}", "expect"), f"{check_id}/fail{suffix} expects no finding"
        assert not annotated(folder / f"pass{suffix}", "expect"), f"{check_id}/pass{suffix} must not expect findings"


def test_no_fixture_folder_without_a_check() -> None:
    assert sorted(p.name for p in CHECKS.iterdir() if p.is_dir()) == sorted(REGISTRY)


def test_annotations_only_name_their_own_check() -> None:
    for fixture in CHECKS.glob("*/*.*"):
        for kind in ("expect", "ok", "todo-expect", "todo-ok"):
            assert {cid for _, cid in annotated(fixture, kind)} <= {fixture.parent.name}, fixture


def test_every_predicate_and_test_is_used() -> None:
    used = {c.predicate for c in REGISTRY.values() if c.predicate}
    assert used == set(PREDICATES)
    texts = "".join(p.read_text() for p in bundled_policy_dir().rglob("*.yaml"))
    for name in TESTS:
        assert f"test: {name}" in texts


def test_ids_are_unique_and_match_file_names() -> None:
    paths = sorted(bundled_policy_dir().rglob("SRM-*.yaml"))
    assert len({p.stem for p in paths}) == len(paths) == len(REGISTRY)


def _write(tmp_path: Path, text: str, name: str = "SRM-X-001.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


VALID = (ROOT / "policies" / "s3" / "SRM-S3-002.yaml").read_text(encoding="utf-8")


def test_a_broken_policy_names_the_file_and_key(tmp_path: Path) -> None:
    path = _write(tmp_path, VALID.replace("severity: critical", "severity: severe"), "SRM-S3-002.yaml")
    with pytest.raises(PolicyError, match=r"SRM-S3-002\.yaml: severity: 'severe' is not one of"):
        load_policy(path)


def test_a_broken_condition_names_the_nested_key(tmp_path: Path) -> None:
    path = _write(tmp_path, VALID.replace("not_in: [public-read,", "not_inn: [public-read,"), "SRM-S3-002.yaml")
    with pytest.raises(PolicyError, match=r"SRM-S3-002\.yaml: assert\.all\.0"):
        load_policy(path)


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "id: [unclosed\n", "SRM-S3-002.yaml")
    with pytest.raises(PolicyError, match=r"SRM-S3-002\.yaml:\d+: invalid YAML"):
        load_policy(path)


def test_id_must_match_file_name(tmp_path: Path) -> None:
    path = _write(tmp_path, VALID, "SRM-S3-099.yaml")
    with pytest.raises(PolicyError, match="does not match the file name"):
        load_policy(path)


def test_unknown_predicate_is_rejected(tmp_path: Path) -> None:
    text = (ROOT / "policies" / "network" / "SRM-NET-001.yaml").read_text(encoding="utf-8")
    path = _write(tmp_path, text.replace("network.public_ingress", "network.nope"), "SRM-NET-001.yaml")
    with pytest.raises(PolicyError, match="predicate: unknown predicate 'network.nope'"):
        load_policy(path)
