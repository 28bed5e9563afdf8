"""Predicates and tests for Load balancers, CloudFront, API Gateway and WAF."""

from __future__ import annotations

PREDICATES: dict = {}
TESTS: dict = {}
