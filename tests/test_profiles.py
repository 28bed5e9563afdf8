"""Service responsibility profiles: every check's resources belong to a profiled service."""

from __future__ import annotations

from srm_lint.model import CATEGORIES
from srm_lint.policies import load_policies
from srm_lint.profiles import profile_for, profiles


def test_every_profile_is_well_formed() -> None:
    for profile in profiles().values():
        assert profile.model in ("IaaS", "PaaS", "SaaS", "account")
        assert set(profile.categories) <= set(CATEGORIES)


def test_every_check_names_profiled_services_that_own_its_category() -> None:
    for check in load_policies().values():
        for kind in check.resources:
            profile = profile_for(kind)
            assert profile is not None, f"{check.id}: no service profile for {kind}"
            assert check.category in profile.categories, f"{check.id}: {profile.name} does not list {check.category}"
