"""Command line: flags → settings → engine → renderer → exit code. No logic of its own."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from . import __version__
from .model import SEVERITIES

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _ids(value: str) -> list[str]:
    return [part.strip().upper() for part in value.split(",") if part.strip()]


def _assignment(value: str) -> tuple[str, str]:
    name, sep, text = value.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {value!r}")
    return name.strip(), text


def _names(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _date(value: str) -> str:
    import datetime

    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, got {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="srm-lint",
        description="Find the customer's side of the AWS shared responsibility model in Terraform and "
                    "CloudFormation, before deployment.",
    )
    parser.add_argument("--version", action="version", version=f"srm-lint {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="lint files and directories",
                                description="Lint Terraform (.tf, .tf.json) and CloudFormation templates.")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or directories to scan")
    check.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    check.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the report to FILE instead of stdout")
    check.add_argument("--select", type=_ids, action="extend", default=[], metavar="IDS",
                       help="only run these checks (ids or prefixes, comma-separated, e.g. SRM-S3,SRM-IAM-001)")
    check.add_argument("--ignore", type=_ids, action="extend", default=[], metavar="IDS",
                       help="skip these checks (ids or prefixes); the longest matching prefix wins")
    selection = check.add_argument_group("selection")
    selection.add_argument("--category", type=_names, action="extend", default=[], metavar="CATEGORIES",
                           help="only checks of these shared-responsibility categories (comma-separated)")
    selection.add_argument("--severity", type=_names, action="extend", default=[], metavar="SEVERITIES",
                           help="only checks of these severities (comma-separated: low, medium, high, critical)")
    selection.add_argument("--profile", choices=("default", "strict"), default="default",
                           help="strict: every opt-in check, and stricter parameters where a check has them")
    selection.add_argument("--absence", action="store_true",
                           help="also run the checks for what is missing from the whole scan (no CloudTrail, no "
                                "GuardDuty, …), treating the scan as one account")
    selection.add_argument("--policy-dir", type=Path, action="append", default=[], metavar="DIR",
                           help="load your own YAML policies from DIR, in addition to the bundled ones")
    selection.add_argument("--plugin", action="append", default=[], metavar="MODULE:OBJECT",
                           help="load Python predicates your policies name (module:object, or an entry point "
                                "name); never loaded implicitly")
    selection.add_argument("--as-of", metavar="YYYY-MM-DD", type=_date,
                           help="compare support dates (runtimes, Kubernetes versions) with this date instead of "
                                "the date of the shipped data")
    check.add_argument("--fail-on", choices=SEVERITIES, default="low", metavar="SEVERITY",
                       help="exit 1 when a finding is at or above this severity: low, medium, high, critical "
                            "(default: low)")
    check.add_argument("--skip-unrecognised", action="store_true",
                       help="silently skip named files that are neither Terraform nor CloudFormation "
                            "(for hooks that pass every *.yaml and *.json)")
    terraform = check.add_argument_group("Terraform values")
    terraform.add_argument("--var-file", type=Path, action="append", default=[], metavar="FILE",
                           help="a .tfvars or .tfvars.json file, after terraform.tfvars and *.auto.tfvars")
    terraform.add_argument("--var", type=_assignment, action="append", default=[], metavar="NAME=VALUE",
                           dest="variables", help="set a Terraform input variable (last wins, as in Terraform)")
    terraform.add_argument("--env-vars", action="store_true",
                           help="also read TF_VAR_* environment variables (ignored by default, for reproducibility)")
    cfn = check.add_argument_group("CloudFormation values")
    cfn.add_argument("--parameter", type=_assignment, action="append", default=[], metavar="KEY=VALUE",
                     dest="parameters", help="set a template parameter (overrides its Default)")
    cfn.add_argument("--parameters-file", type=Path, action="append", default=[], metavar="FILE",
                     dest="parameter_files",
                     help="parameters as `aws cloudformation` JSON ([{ParameterKey, ParameterValue}]) or a "
                          "cfn-lint deployment file")
    check.add_argument("--show-unknown", action="store_true",
                       help="list the checks that could not decide because a value is unknown, and what was not "
                            "scanned on purpose, such as remote modules (text format)")

    listing = commands.add_parser("checks", help="list the checks", description="List the check catalogue.")
    listing.add_argument("--format", choices=("text", "json"), default="text")

    test = commands.add_parser("test", help="test policies against their annotated fixtures",
                               description="Run each check of a policy directory on its fixtures "
                                           "(FIXTURES/<ID>/*.tf|yaml annotated with `# srm: expect <ID>`) and report "
                                           "pass/fail per fixture.")
    test.add_argument("policy_dir", type=Path, metavar="POLICY_DIR")
    test.add_argument("--fixtures", type=Path, metavar="DIR",
                      help="the fixture directory (default: POLICY_DIR/fixtures)")
    test.add_argument("--plugin", action="append", default=[], metavar="MODULE:OBJECT",
                      help="load Python predicates the policies name")

    explain = commands.add_parser("explain", help="explain one check",
                                  description="Print a check's reasoning, remediation and references.")
    explain.add_argument("check_id", metavar="ID")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("srm-lint: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:  # the one place that turns a bug into a line instead of a traceback
        from .policies import PolicyError

        if isinstance(error, PolicyError):
            print(f"srm-lint: policy error: {error}", file=sys.stderr)
        else:
            print(f"srm-lint: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_ERROR


def _run(args: argparse.Namespace) -> int:
    from .plugins import PluginError, load_plugin
    from .policies import bundled_policy_dir, load_policies

    try:
        for name in getattr(args, "plugin", []):
            load_plugin(name)
    except PluginError as error:
        print(f"srm-lint: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    if args.command == "test":
        return _test(args)
    registry = load_policies([bundled_policy_dir(), *getattr(args, "policy_dir", [])])
    if args.command == "checks":
        return _list(registry, args.format)
    if args.command == "explain":
        return _explain(registry, args.check_id.upper())
    return _check(args, registry)


def _check(args: argparse.Namespace, registry: dict) -> int:
    from .engine import Settings, scan, selected_checks
    from .model import CATEGORIES
    from .output import renderer

    bad = [c for c in args.category if c not in CATEGORIES] + [s for s in args.severity if s not in SEVERITIES]
    if bad:
        print(f"srm-lint: error: unknown category or severity {', '.join(bad)}", file=sys.stderr)
        return EXIT_ERROR
    settings = Settings(select=tuple(args.select), ignore=tuple(args.ignore),
                        skip_unrecognised=args.skip_unrecognised, var_files=tuple(args.var_file),
                        variables=tuple(args.variables), env_vars=args.env_vars, parameters=tuple(args.parameters),
                        parameter_files=tuple(args.parameter_files), profile=args.profile, absence=args.absence,
                        categories=tuple(args.category), severities=tuple(args.severity),
                        policy_dirs=tuple(args.policy_dir), as_of=args.as_of)
    unknown_ids = [p for p in (*settings.select, *settings.ignore) if not any(i.startswith(p) for i in registry)]
    if unknown_ids:
        print(f"srm-lint: error: no check matches {', '.join(unknown_ids)} (see `srm-lint checks`)", file=sys.stderr)
        return EXIT_ERROR
    effective = {check.id: check for check in selected_checks(registry, settings)}
    if not effective:
        print("srm-lint: error: the selection leaves no check to run", file=sys.stderr)
        return EXIT_ERROR
    registry = {**registry, **effective}  # the strict profile may change a check's severity
    report = scan(args.paths, settings)
    render = renderer(args.format)
    text = render(report, registry, show_unknown=args.show_unknown) if args.format == "text" \
        else render(report, registry)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    if report.errors:
        return EXIT_ERROR
    threshold = SEVERITIES.index(args.fail_on)
    if any(SEVERITIES.index(f.severity) >= threshold for f in report.findings):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _test(args: argparse.Namespace) -> int:
    from .fixtures import fixtures_of, run_fixture
    from .policies import load_policies

    registry = load_policies([args.policy_dir])
    fixture_dir = args.fixtures or args.policy_dir / "fixtures"
    fixtures = [(check_id, path) for check_id, path in fixtures_of(fixture_dir) if check_id in registry]
    if not fixtures:
        print(f"srm-lint: error: no fixtures for the policies of {args.policy_dir} under {fixture_dir}",
              file=sys.stderr)
        return EXIT_ERROR
    failed = 0
    for check_id, path in fixtures:
        result = run_fixture(path, check_id, (args.policy_dir,))
        failed += not result.passed
        print(f"{'PASS' if result.passed else 'FAIL'}  {path}  {result.describe()}")
    untested = sorted(set(registry) - {check_id for check_id, _ in fixtures})
    for check_id in untested:
        print(f"FAIL  {check_id}: no fixture")
    print(f"{len(fixtures) - failed} passed, {failed + len(untested)} failed")
    return EXIT_FINDINGS if failed or untested else EXIT_CLEAN


def _list(registry: dict, fmt: str) -> int:
    if fmt == "json":
        import json

        rows = [{"id": c.id, "category": c.category, "severity": c.severity, "title": c.title,
                 "default": c.default} for c in registry.values()]
        sys.stdout.write(json.dumps(rows, indent=2, sort_keys=True) + "\n")
        return EXIT_CLEAN
    width = max(len(c.category) for c in registry.values())
    for check in registry.values():
        opt = "" if check.default == "on" else "  (opt-in)"
        print(f"{check.id:<13} {check.category:<{width}}  {check.severity:<8}  {check.title}{opt}")
    return EXIT_CLEAN


def _ownership(check, wrap: textwrap.TextWrapper) -> list[str]:
    from .profiles import profile_for

    services = {p.service: p for p in (profile_for(kind) for kind in check.resources) if p is not None}
    if not services:
        return []
    return ["Who owns what (AWS Shared Responsibility Model)",
            *[wrap.fill(profile.summary()) for profile in services.values()],
            wrap.fill(f"This check enforces the customer's {check.category} duty."), ""]


def _explain(registry: dict, check_id: str) -> int:
    check = registry.get(check_id)
    if check is None:
        print(f"srm-lint: error: unknown check {check_id!r} (see `srm-lint checks`)", file=sys.stderr)
        return EXIT_ERROR
    wrap = textwrap.TextWrapper(width=88, initial_indent="  ", subsequent_indent="  ")
    facets = f" / {', '.join(check.facets)}" if check.facets else ""
    out = [
        f"{check.id}: {check.title}",
        f"  category: {check.category}{facets}   severity: {check.severity}   default: {check.default}",
        f"  applies to: {', '.join(check.resources)}",
        "",
        *_ownership(check, wrap),
        "Why this is the customer's responsibility",
        wrap.fill(check.why),
        "",
        "Fix in Terraform",
        wrap.fill(check.remediation["terraform"]),
        "",
        "Fix in CloudFormation",
        wrap.fill(check.remediation["cloudformation"]),
        "",
        "References",
        *[f"  {ref}" for ref in check.references],
    ]
    mapped = [f"{name}: {', '.join(ids)}" for name, ids in check.mappings.items() if ids]
    if mapped:
        out += ["", "Related controls", *[f"  {line}" for line in mapped]]
    print("\n".join(out))
    return EXIT_CLEAN


if __name__ == "__main__":
    sys.exit(main())
