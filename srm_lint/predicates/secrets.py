"""Predicates and tests for Secrets in code: credentials, user data, environment variables, parameters."""

from __future__ import annotations

PREDICATES: dict = {}
TESTS: dict = {}
