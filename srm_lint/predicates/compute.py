"""Predicates and tests for EC2, EBS, VPC networking and EKS (owned by the compute checks)."""

from __future__ import annotations

PREDICATES: dict = {}
TESTS: dict = {}
