"""Predicates and tests for RDS, Redshift, ElastiCache, OpenSearch, EFS, DynamoDB, SNS, SQS."""

from __future__ import annotations

PREDICATES: dict = {}
TESTS: dict = {}
