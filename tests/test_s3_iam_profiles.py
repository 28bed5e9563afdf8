"""SRM-S3-005 under the strict profile: medium severity and `require_cmk` (a customer-managed key,
not the AWS managed aws/s3 key). The fixture harness runs the default profile only."""

from __future__ import annotations

from pathlib import Path

import pytest

from srm_lint.engine import Settings, scan

TERRAFORM = """\
resource "aws_kms_key" "data" {
  enable_key_rotation = true
}

resource "aws_kms_alias" "data" {
  name          = "alias/acme-data"
  target_key_id = aws_kms_key.data.key_id
}

variable "ledger_key_arn" {
  type = string
}

resource "aws_s3_bucket" "no_key" {
  bucket = "acme-no-key"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "aws:kms" # strict: no key id, the AWS managed key
      }
    }
  }
}

resource "aws_s3_bucket" "aws_managed_alias" {
  bucket = "acme-aws-managed-alias"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "aws_managed_alias" {
  bucket = aws_s3_bucket.aws_managed_alias.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "arn:aws:kms:eu-west-1:111122223333:alias/aws/s3" # strict: the AWS managed key
    }
  }
}

resource "aws_s3_bucket" "customer_key" {
  bucket = "acme-customer-key"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "customer_key" {
  bucket = aws_s3_bucket.customer_key.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms:dsse"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}

resource "aws_s3_bucket" "customer_alias" {
  bucket = "acme-customer-alias"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "customer_alias" {
  bucket = aws_s3_bucket.customer_alias.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_alias.data.arn
    }
  }
}

resource "aws_s3_bucket" "ledger" {
  bucket = "acme-ledger"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "ledger" {
  bucket = aws_s3_bucket.ledger.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.ledger_key_arn # unknown: strict only
    }
  }
}

resource "aws_s3_bucket" "sse_s3" { # both: SSE-S3
  bucket = "acme-sse-s3"
}
"""

CLOUDFORMATION = """\
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  DataKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
  NoKeyBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms # strict: no key id
  AwsManagedAliasBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: alias/aws/s3 # strict: the AWS managed key
  CustomerKeyBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt DataKey.Arn
  SseS3Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256 # both: SSE-S3
"""


def _marked(text: str, *labels: str) -> set[int]:
    return {n for n, line in enumerate(text.splitlines(), 1) if any(f"# {label}:" in line for label in labels)}


@pytest.mark.parametrize("name,text", [("main.tf", TERRAFORM), ("template.yaml", CLOUDFORMATION)])
def test_strict_profile_requires_a_customer_managed_key(name: str, text: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    strict = scan([path], Settings(select=("SRM-S3-005",), profile="strict"))
    assert {f.location.line for f in strict.findings} == _marked(text, "strict", "both")
    assert {f.severity for f in strict.findings} == {"medium"}
    assert {u.location.line for u in strict.unknowns} == _marked(text, "unknown")

    default = scan([path], Settings(select=("SRM-S3-005",)))
    assert {f.location.line for f in default.findings} == _marked(text, "both")
    assert {f.severity for f in default.findings} == {"low"}
    assert default.unknowns == []
