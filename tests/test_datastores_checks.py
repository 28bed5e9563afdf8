"""Data-store checks beyond the annotated fixtures: the AWS provider version behind Redshift
defaults, strict-profile parameters, and the unknowns of the graph checks (RDS-003, RDS-004,
OS-002)."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

from srm_lint.engine import Settings, scan
from srm_lint.predicates.datastores import _version, tls_defaults


def run(tmp_path: Path, files: dict[str, str], check: str, profile: str = "default"):
    for name, text in files.items():
        (tmp_path / name).write_text(dedent(text), encoding="utf-8")
    report = scan([tmp_path], Settings(select=(check,), profile=profile))
    assert report.errors == []
    return ({(f.location.path.rsplit("/", 1)[-1], f.location.line) for f in report.findings},
            {(u.location.path.rsplit("/", 1)[-1], u.location.line) for u in report.unknowns})


REDSHIFT = """\
resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "warehouse_admin"
  manage_master_password = true
  %s
}
"""

V6 = """\
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0, < 7.0"
    }
  }
}
"""

LOCK_V6 = """\
provider "registry.terraform.io/hashicorp/aws" {
  version     = "6.14.1"
  constraints = ">= 5.0"
}
"""


def test_redshift_unset_fails_on_v5_and_passes_on_v6(tmp_path: Path) -> None:
    v5 = tmp_path / "v5"
    v5.mkdir()
    assert run(v5, {"main.tf": REDSHIFT % ""}, "SRM-RS-001")[0] == {("main.tf", 1)}
    assert run(v5, {"main.tf": REDSHIFT % ""}, "SRM-RS-002")[0] == {("main.tf", 1)}
    v6 = tmp_path / "v6"
    v6.mkdir()
    assert run(v6, {"main.tf": REDSHIFT % "", "versions.tf": V6}, "SRM-RS-001") == (set(), set())
    assert run(v6, {"main.tf": REDSHIFT % "", "versions.tf": V6}, "SRM-RS-002") == (set(), set())


def test_the_lock_file_decides_the_provider_version(tmp_path: Path) -> None:
    files = {"main.tf": REDSHIFT % "", ".terraform.lock.hcl": LOCK_V6}
    assert run(tmp_path, files, "SRM-RS-001") == (set(), set())


def test_explicit_values_win_over_the_provider_default(tmp_path: Path) -> None:
    v5 = tmp_path / "v5"
    v5.mkdir()
    explicit_safe = REDSHIFT % "publicly_accessible = false\n  encrypted = true"
    assert run(v5, {"main.tf": explicit_safe}, "SRM-RS-001") == (set(), set())
    assert run(v5, {"main.tf": explicit_safe}, "SRM-RS-002") == (set(), set())
    v6 = tmp_path / "v6"
    v6.mkdir()
    explicit_bad = REDSHIFT % "publicly_accessible = true\n  encrypted = false"
    assert run(v6, {"main.tf": explicit_bad, "versions.tf": V6}, "SRM-RS-001")[0] == {("main.tf", 6)}
    assert run(v6, {"main.tf": explicit_bad, "versions.tf": V6}, "SRM-RS-002")[0] == {("main.tf", 7)}


def test_redshift_value_from_a_variable_without_default_is_unknown(tmp_path: Path) -> None:
    text = REDSHIFT % "publicly_accessible = var.public" + 'variable "public" {\n  type = bool\n}\n'
    assert run(tmp_path, {"main.tf": text}, "SRM-RS-001") == (set(), {("main.tf", 6)})


TABLES = """\
resource "aws_dynamodb_table" "managed" {
  name     = "managed"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled = true
  }
}

resource "aws_dynamodb_table" "customer" {
  name     = "customer"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.tables.arn
  }
}

resource "aws_kms_key" "tables" {
  enable_key_rotation = true
}
"""


def test_strict_profile_requires_a_customer_managed_table_key(tmp_path: Path) -> None:
    assert run(tmp_path, {"main.tf": TABLES}, "SRM-DDB-002") == (set(), set())
    assert run(tmp_path, {"main.tf": TABLES}, "SRM-DDB-002", profile="strict")[0] == {("main.tf", 8)}


BACKUPS = """\
resource "aws_db_instance" "short" {
  engine                  = "postgres"
  instance_class          = "db.t4g.micro"
  backup_retention_period = 3
}

resource "aws_db_instance" "unset" {
  engine         = "postgres"
  instance_class = "db.t4g.micro"
}

resource "aws_db_instance" "week" {
  engine                  = "postgres"
  instance_class          = "db.t4g.micro"
  backup_retention_period = 7
}
"""


def test_strict_profile_asks_for_a_week_of_backups(tmp_path: Path) -> None:
    assert run(tmp_path, {"main.tf": BACKUPS}, "SRM-RDS-005") == (set(), set())
    assert run(tmp_path, {"main.tf": BACKUPS}, "SRM-RDS-005", profile="strict")[0] == {("main.tf", 4), ("main.tf", 7)}


PUBLIC_DB = """\
resource "aws_db_instance" "db" {
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  publicly_accessible = true
  %s
}
"""


def test_public_database_without_security_groups_is_unknown(tmp_path: Path) -> None:
    assert run(tmp_path, {"main.tf": PUBLIC_DB % ""}, "SRM-RDS-003") == (set(), {("main.tf", 1)})


def test_security_group_id_literal_not_in_scope_is_unknown(tmp_path: Path) -> None:
    text = PUBLIC_DB % 'vpc_security_group_ids = ["sg-0123456789abcdef0"]'
    assert run(tmp_path, {"main.tf": text}, "SRM-RDS-003") == (set(), {("main.tf", 5)})


def test_one_open_group_among_unresolved_ones_is_enough(tmp_path: Path) -> None:
    text = PUBLIC_DB % 'vpc_security_group_ids = ["sg-0123456789abcdef0", aws_security_group.open.id]' + """
resource "aws_security_group" "open" {
  ingress {
    from_port   = 0
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
"""
    assert run(tmp_path, {"main.tf": text}, "SRM-RDS-003")[0] == {("main.tf", 1)}


GROUP_BY_NAME = """\
resource "aws_db_parameter_group" "strict" {
  name   = "pg13-strict"
  family = "postgres13"
  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

resource "aws_db_instance" "db" {
  engine               = "postgres"
  engine_version       = "13.16"
  instance_class       = "db.t4g.micro"
  parameter_group_name = "pg13-strict"
}

resource "aws_db_instance" "elsewhere" {
  engine               = "postgres"
  engine_version       = "13.16"
  instance_class       = "db.t4g.micro"
  parameter_group_name = "managed-by-another-stack"
}

variable "engine_version" {
  type = string
}

resource "aws_db_instance" "unversioned_default" {
  engine         = "postgres"
  engine_version = var.engine_version
  instance_class = "db.t4g.micro"
}
"""


def test_parameter_groups_named_by_literal_and_unknown_versions(tmp_path: Path) -> None:
    findings, unknowns = run(tmp_path, {"main.tf": GROUP_BY_NAME}, "SRM-RDS-004")
    assert findings == set()
    assert unknowns == {("main.tf", 21), ("main.tf", 30)}


def test_default_parameter_group_name_gives_the_version(tmp_path: Path) -> None:
    text = """\
    resource "aws_db_instance" "db" {
      engine               = "postgres"
      instance_class       = "db.t4g.micro"
      parameter_group_name = "default.postgres14"
    }

    resource "aws_db_instance" "current" {
      engine               = "postgres"
      instance_class       = "db.t4g.micro"
      parameter_group_name = "default.postgres16"
    }
    """
    assert run(tmp_path, {"main.tf": text}, "SRM-RDS-004") == ({("main.tf", 4)}, set())


def test_tls_default_versions() -> None:
    assert tls_defaults()["as_of"]
    assert _version("default.mariadb11.8") == (11, 8)
    assert _version("aurora-postgresql16") == (16,)
    assert _version("9.6.22") == (9, 6, 22)


DOMAIN = """\
variable "in_vpc" {
  type    = bool
  default = false
}

resource "aws_opensearch_domain" "logs" {
  domain_name = "logs"
  dynamic "vpc_options" {
    for_each = var.in_vpc ? [1] : []
    content {
      subnet_ids = ["subnet-0a1b2c3d4e5f60001"]
    }
  }
  access_policies = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "es:*", Resource = "*" }]
  })
}
"""


def test_an_empty_dynamic_vpc_block_leaves_the_domain_public(tmp_path: Path) -> None:
    assert run(tmp_path, {"main.tf": DOMAIN}, "SRM-OS-002")[0] == {("main.tf", 16)}


def test_a_domain_policy_without_its_domain_is_not_judged(tmp_path: Path) -> None:
    text = """\
    resource "aws_opensearch_domain_policy" "logs" {
      domain_name     = "logs-elsewhere"
      access_policies = jsonencode({
        Version   = "2012-10-17"
        Statement = [{ Effect = "Allow", Principal = "*", Action = "es:*", Resource = "*" }]
      })
    }
    """
    assert run(tmp_path, {"main.tf": text}, "SRM-OS-002") == (set(), set())


PORT_UNKNOWN = """\
variable "port" {
  type = number
}

resource "aws_security_group" "db" {
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["%s"]
  }
}

resource "aws_db_instance" "db" {
  engine                 = "postgres"
  instance_class         = "db.t4g.micro"
  publicly_accessible    = true
  port                   = var.port
  vpc_security_group_ids = [aws_security_group.db.id]
}
"""


def test_an_unknown_port_matters_only_when_a_rule_admits_the_internet(tmp_path: Path) -> None:
    private, public = tmp_path / "private", tmp_path / "public"
    private.mkdir()
    public.mkdir()
    assert run(private, {"main.tf": PORT_UNKNOWN % "10.0.0.0/8"}, "SRM-RDS-003") == (set(), set())
    assert run(public, {"main.tf": PORT_UNKNOWN % "0.0.0.0/0"}, "SRM-RDS-003") == (set(), {("main.tf", 19)})
