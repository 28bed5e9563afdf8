"""Predicates and tests for Lambda, ECR and ECS."""

from __future__ import annotations

PREDICATES: dict = {}
TESTS: dict = {}
