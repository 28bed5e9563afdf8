"""Predicates and tests for CloudTrail, CloudWatch, GuardDuty, Config, Security Hub, tagging and
Secrets Manager rotation."""

from __future__ import annotations

PREDICATES: dict = {}
TESTS: dict = {}
