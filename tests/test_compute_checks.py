"""Compute checks beyond their fixtures: account-wide settings in scope (IMDS defaults, EBS
encryption by default), the --as-of date and extended support for EKS versions, unknowns that must
not turn into findings or passes, network ACL entries whose ACL is not in scope, and protocol
numbers that do not open tcp/udp ports."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

from srm_lint.engine import Settings, scan


def run(tmp_path: Path, name: str, text: str, check: str, **settings) -> tuple[set[tuple[int, str]], set[int]]:
    """(line, message) of the findings and the lines of the unknowns of one check on one file."""
    path = tmp_path / name
    path.write_text(dedent(text), encoding="utf-8")
    report = scan([path], Settings(select=(check,), **settings))
    assert report.errors == []
    return {(f.location.line, f.message) for f in report.findings}, {u.location.line for u in report.unknowns}


def lines(found: set[tuple[int, str]]) -> set[int]:
    return {line for line, _ in found}


# -- SRM-EC2-001 -----------------------------------------------------------------------------------

def test_imds_unset_is_unknown_when_the_account_default_is_not_resolved(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "main.tf", """\
        variable "tokens" {
          type = string
        }

        resource "aws_ec2_instance_metadata_defaults" "this" {
          http_tokens = var.tokens
        }

        resource "aws_instance" "app" {
          ami           = "ami-0c55b159cbfafe1f0"
          instance_type = "t3.micro"
        }

        resource "aws_instance" "legacy" {
          ami           = "ami-0c55b159cbfafe1f0"
          instance_type = "t3.micro"
          metadata_options {
            http_tokens = "optional"
          }
        }
        """, "SRM-EC2-001")
    assert lines(found) == {18}  # an explicit optional is not rescued by the account default
    assert unknown == {9}


def test_imds_instance_with_an_unresolved_launch_template_is_unknown(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "main.tf", """\
        variable "launch_template" {
          type = map(string)
        }

        resource "aws_instance" "app" {
          instance_type = "t3.micro"
          dynamic "launch_template" {
            for_each = var.launch_template == null ? [] : [var.launch_template]
            content {
              id = launch_template.value.id
            }
          }
        }
        """, "SRM-EC2-001")
    assert found == set()
    assert unknown == {5}


# -- SRM-EC2-002 -----------------------------------------------------------------------------------

UNENCRYPTED = """\
    resource "aws_ebs_volume" "scratch" {
      availability_zone = "eu-west-1a"
      size              = 100
      encrypted         = false
    }

    resource "aws_instance" "web" {
      ami           = "ami-0c55b159cbfafe1f0"
      instance_type = "t3.small"
      root_block_device {
        volume_size = 20
      }
    }
    """


def test_ebs_encryption_by_default_passes_every_volume(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "main.tf", UNENCRYPTED + """\
    resource "aws_ebs_encryption_by_default" "this" {}
    """, "SRM-EC2-002")
    assert found == set() and unknown == set()


def test_ebs_encryption_by_default_disabled_changes_nothing(tmp_path: Path) -> None:
    found, _ = run(tmp_path, "main.tf", UNENCRYPTED + """\
    resource "aws_ebs_encryption_by_default" "this" {
      enabled = false
    }
    """, "SRM-EC2-002")
    assert lines(found) == {4, 10}


def test_ebs_unknown_encryption_default_turns_failures_into_unknowns(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "main.tf", UNENCRYPTED + """\
    variable "ebs_default" {
      type = bool
    }

    resource "aws_ebs_encryption_by_default" "this" {
      enabled = var.ebs_default
    }
    """, "SRM-EC2-002")
    assert found == set()
    assert unknown == {4, 10}


def test_ebs_instance_without_root_device_is_unknown_but_its_data_devices_are_judged(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "main.tf", """\
        resource "aws_instance" "db" {
          ami           = "ami-0c55b159cbfafe1f0"
          instance_type = "r6i.large"
          ebs_block_device {
            device_name = "/dev/sdf"
            encrypted   = false
          }
          ebs_block_device {
            device_name = "/dev/sdg"
            snapshot_id = "snap-0123456789abcdef0"
          }
        }
        """, "SRM-EC2-002")
    assert lines(found) == {6}
    assert unknown == {1, 10}


# -- SRM-EC2-003 -----------------------------------------------------------------------------------

def test_public_ip_default_subnet_maps_public_ips(tmp_path: Path) -> None:
    found, _ = run(tmp_path, "main.tf", """\
        resource "aws_default_subnet" "az1" {
          availability_zone = "eu-west-1a"
        }

        resource "aws_instance" "app" {
          ami           = "ami-0c55b159cbfafe1f0"
          instance_type = "t3.micro"
          subnet_id     = aws_default_subnet.az1.id
        }
        """, "SRM-EC2-003")
    assert lines(found) == {8}


# -- SRM-EC2-005 -----------------------------------------------------------------------------------

def test_patching_policy_attached_by_an_iam_policy_resource_and_a_managed_policy_lookup(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "template.yaml", """\
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {Service: ec2.amazonaws.com}
                    Action: sts:AssumeRole
          AgentPolicy:
            Type: AWS::IAM::Policy
            Properties:
              PolicyName: ssm-agent
              Roles: [!Ref Role]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: ssm:*
                    Resource: "*"
          Profile:
            Type: AWS::IAM::InstanceProfile
            Properties:
              Roles: [!Ref Role]
          Instance:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-0c55b159cbfafe1f0
              IamInstanceProfile: !Ref Profile
        """, "SRM-EC2-005")
    assert found == set() and unknown == set()

    found, unknown = run(tmp_path, "main.tf", """\
        data "aws_iam_policy" "ssm" {
          name = "AmazonSSMManagedInstanceCore"
        }

        resource "aws_iam_role" "app" {
          name               = "app"
          assume_role_policy = "{}"
        }

        resource "aws_iam_role_policy_attachment" "app" {
          role       = "app"
          policy_arn = data.aws_iam_policy.ssm.arn
        }

        resource "aws_iam_instance_profile" "app" {
          name = "app"
          role = aws_iam_role.app.name
        }

        resource "aws_instance" "app" {
          ami                  = "ami-0c55b159cbfafe1f0"
          iam_instance_profile = aws_iam_instance_profile.app.name
        }
        """, "SRM-EC2-005")
    assert found == set() and unknown == set()


def test_patching_unknown_managed_policy_is_unknown(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "main.tf", """\
        variable "policy_arn" {
          type = string
        }

        resource "aws_iam_role" "app" {
          name                = "app"
          assume_role_policy  = "{}"
          managed_policy_arns = [var.policy_arn]
        }

        resource "aws_iam_instance_profile" "app" {
          role = aws_iam_role.app.name
        }

        resource "aws_instance" "app" {
          ami                  = "ami-0c55b159cbfafe1f0"
          iam_instance_profile = aws_iam_instance_profile.app.name
        }
        """, "SRM-EC2-005")
    assert found == set()
    assert unknown == {17}


# -- SRM-EKS-003 -----------------------------------------------------------------------------------

CLUSTER = """\
    resource "aws_eks_cluster" "this" {{
      name     = "platform"
      role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
      version  = "{version}"
      vpc_config {{
        subnet_ids = ["subnet-0123456789abcdef0"]
      }}
    }}
    """


def test_eks_version_compares_against_the_as_of_date(tmp_path: Path) -> None:
    text = CLUSTER.format(version="1.33")
    assert run(tmp_path, "main.tf", text, "SRM-EKS-003", as_of="2026-07-28")[0] == set()
    found, _ = run(tmp_path, "main.tf", text, "SRM-EKS-003", as_of="2026-07-29")
    assert found == {(4, "Kubernetes 1.33 reached the end of standard support on 2026-07-29 (as of 2026-07-29)")}


def test_eks_extended_support_is_allowed_by_a_parameter(tmp_path: Path) -> None:
    policies = tmp_path / "policies"
    policies.mkdir()
    from srm_lint.policies import bundled_policy_dir

    text = (bundled_policy_dir() / "eks" / "SRM-EKS-003.yaml").read_text(encoding="utf-8")
    (policies / "ACME-EKS-003.yaml").write_text(
        text.replace("id: SRM-EKS-003", "id: ACME-EKS-003").replace("allow_extended_support: false",
                                                                   "allow_extended_support: true"),
        encoding="utf-8")
    path = tmp_path / "main.tf"
    path.write_text(dedent(CLUSTER.format(version="1.32")), encoding="utf-8")
    report = scan([path], Settings(select=("ACME-EKS-003", "SRM-EKS-003"), policy_dirs=(policies,),
                                   as_of="2026-11-23"))
    assert [f.check_id for f in report.findings] == ["SRM-EKS-003"]
    report = scan([path], Settings(select=("ACME-EKS-003",), policy_dirs=(policies,), as_of="2027-03-23"))
    assert [f.message for f in report.findings] == [
        "Kubernetes 1.32 reached the end of extended support on 2027-03-23 (as of 2027-03-23)"]


def test_eks_unquoted_yaml_version_reads_as_its_minor_version(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "template.yaml", """\
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              Version: 1.30
              RoleArn: arn:aws:iam::111122223333:role/eks-cluster
              ResourcesVpcConfig:
                SubnetIds: [subnet-0123456789abcdef0]
        """, "SRM-EKS-003", as_of="2025-07-22")
    assert found == set() and unknown == set()


# -- SRM-NET-001, SRM-NET-003 ------------------------------------------------------------------------

def test_another_protocol_number_opens_no_tcp_port(tmp_path: Path) -> None:
    text = """\
        resource "aws_security_group" "vpn" {
          name = "vpn"
          ingress {
            from_port   = 0
            to_port     = 0
            protocol    = "50"
            cidr_blocks = ["0.0.0.0/0"]
          }
        }
        """
    assert run(tmp_path, "main.tf", text, "SRM-NET-001")[0] == set()
    assert lines(run(tmp_path, "main.tf", text, "SRM-NET-002")[0]) == {3}


# -- SRM-NET-005 -----------------------------------------------------------------------------------

def test_nacl_entries_whose_acl_is_not_in_scope_are_judged_together(tmp_path: Path) -> None:
    found, _ = run(tmp_path, "main.tf", """\
        variable "acl_id" {
          type = string
        }

        resource "aws_network_acl_rule" "deny_ssh" {
          network_acl_id = var.acl_id
          rule_number    = 10
          protocol       = "tcp"
          rule_action    = "deny"
          cidr_block     = "0.0.0.0/0"
          from_port      = 22
          to_port        = 22
        }

        resource "aws_network_acl_rule" "allow_all" {
          network_acl_id = var.acl_id
          rule_number    = 100
          protocol       = "-1"
          rule_action    = "allow"
          cidr_block     = "0.0.0.0/0"
        }
        """, "SRM-NET-005")
    assert found == {(15, "network ACL rule 100 allows 0.0.0.0/0 to reach 3389/tcp before any deny, "
                          "rule 100 allows 0.0.0.0/0 to reach 3389/udp before any deny")}


def test_nacl_entry_with_an_unknown_rule_number_is_unknown(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "main.tf", """\
        variable "rule_no" {
          type = number
        }

        resource "aws_network_acl" "public" {
          vpc_id = "vpc-0a1b2c3d4e5f60718"
          ingress {
            protocol   = "tcp"
            rule_no    = var.rule_no
            action     = "deny"
            cidr_block = "0.0.0.0/0"
            from_port  = 22
            to_port    = 22
          }
          ingress {
            protocol   = "tcp"
            rule_no    = 100
            action     = "allow"
            cidr_block = "0.0.0.0/0"
            from_port  = 0
            to_port    = 1023
          }
        }
        """, "SRM-NET-005")
    assert found == set()
    assert unknown


# -- SRM-NET-006 -----------------------------------------------------------------------------------

def test_flow_log_for_an_unresolved_vpc_makes_the_vpc_unknown(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "main.tf", """\
        variable "vpc_id" {
          type = string
        }

        resource "aws_vpc" "main" {
          cidr_block = "10.0.0.0/16"
        }

        resource "aws_flow_log" "main" {
          log_destination      = "arn:aws:s3:::acme-flow-logs"
          log_destination_type = "s3"
          traffic_type         = "ALL"
          vpc_id               = var.vpc_id
        }
        """, "SRM-NET-006")
    assert found == set()
    assert unknown == {5}


def test_nacl_entries_referring_to_an_unexpanded_acl_by_index_are_its_entries(tmp_path: Path) -> None:
    found, unknown = run(tmp_path, "main.tf", """\
        variable "create" {
          type = bool
        }

        resource "aws_network_acl" "public" {
          count  = var.create ? 1 : 0
          vpc_id = "vpc-0a1b2c3d4e5f60718"
        }

        resource "aws_network_acl_rule" "deny_ssh" {
          network_acl_id = aws_network_acl.public[0].id
          rule_number    = 10
          protocol       = "tcp"
          rule_action    = "deny"
          cidr_block     = "0.0.0.0/0"
          from_port      = 22
          to_port        = 22
        }

        resource "aws_network_acl_rule" "allow_rdp" {
          network_acl_id = aws_network_acl.public[0].id
          rule_number    = 100
          protocol       = "tcp"
          rule_action    = "allow"
          cidr_block     = "0.0.0.0/0"
          from_port      = 3389
          to_port        = 3389
        }
        """, "SRM-NET-005")
    assert lines(found) == {20}
