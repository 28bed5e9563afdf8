"""What one scan is asked to do: the frozen result of flags (and, later, configuration files)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    policy_dirs: tuple[Path, ...] = ()
    # A file named on the command line that is neither Terraform nor a template is an error,
    # unless the caller passes arbitrary files (a pre-commit hook matching every *.yaml).
    skip_unrecognised: bool = False
    # Terraform input variables, with Terraform's precedence: terraform.tfvars, *.auto.tfvars
    # (in name order), then each --var-file and --var in command-line order; TF_VAR_* only
    # when env_vars is set.
    var_files: tuple[Path, ...] = ()
    variables: tuple[tuple[str, str], ...] = ()
    env_vars: bool = False
    # CloudFormation parameter values: --parameter Key=Value and parameter files (the JSON array
    # of `aws cloudformation create-stack`, or a cfn-lint deployment file); later ones win.
    parameters: tuple[tuple[str, str], ...] = ()
    parameter_files: tuple[Path, ...] = ()
    # Which checks run besides --select/--ignore: the strict profile turns on every opt-in check
    # and its stricter parameters; --absence turns on the "something is missing" checks.
    profile: str = "default"
    absence: bool = False
    categories: tuple[str, ...] = ()
    severities: tuple[str, ...] = ()
    # The date that support-window checks compare against (YYYY-MM-DD); default: the data file's.
    as_of: str | None = None
