"""The data every layer shares: locations, values, resources, findings and the report.

Parsers produce `Node` trees whose every value remembers where it came from; the graph turns
native resources into canonical `Resource`s; the engine turns verdicts into `Finding`s.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

TERRAFORM = "terraform"
CLOUDFORMATION = "cloudformation"

SEVERITIES = ("low", "medium", "high", "critical")
CATEGORIES = ("identity-access", "network", "data-protection", "logging-monitoring", "os-patching", "application",
              "resilience", "secrets", "governance")


@dataclass(frozen=True, order=True)
class Location:
    """A position in a scanned file: relative POSIX path, 1-based line and column."""

    path: str
    line: int
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Unknown:
    """A value that cannot be known before deployment, with the reason and what it refers to."""

    reason: str
    refs: tuple[str, ...] = ()
    # A string with unresolved parts keeps its known text, each unknown part between
    # PLACEHOLDER_OPEN and PLACEHOLDER_CLOSE, so a JSON document inside it can still be read.
    text: str | None = None

    def __repr__(self) -> str:
        return f"Unknown({self.reason!r})"


PLACEHOLDER_OPEN = "\ue000"
PLACEHOLDER_CLOSE = "\ue001"

# Node states: where a value came from.
LITERAL = "literal"  # written in the file (or folded from literals)
DEFAULT = "default"  # not written: a provider/CloudFormation/variable default
UNKNOWN = "unknown"  # cannot be resolved statically


@dataclass
class Node:
    """One value of a property tree and the place it was written.

    `value` is None, bool, int, float, str, list[Node], dict[str, Node] or Unknown.
    `body_line` is set on strings from heredocs: the line where the text starts (and
    `body_indent` the indentation a `<<-` heredoc removed), so that a JSON document inside can
    be located line by line.
    """

    value: Any
    location: Location
    state: str = LITERAL
    body_line: int | None = None
    origin: Location | None = None  # where a resolved value was defined (variable default, parameter)
    body_indent: int = 0

    def at(self, location: Location, origin: Location | None = None) -> Node:
        """The same value, used at another place (an attribute, a reference), remembering where
        it was defined."""
        return replace(self, location=location, origin=origin or self.origin)

    @property
    def unknown(self) -> bool:
        return isinstance(self.value, Unknown)

    def get(self, key: str) -> Node | None:
        if isinstance(self.value, dict):
            return self.value.get(key)
        return None

    def items(self) -> list[Node]:
        """The node as a list: its items when it is a list, else itself."""
        if isinstance(self.value, list):
            return self.value
        return [self]

    def plain(self) -> Any:
        """The value without positions (Unknown markers kept)."""
        if isinstance(self.value, dict):
            return {k: v.plain() for k, v in self.value.items()}
        if isinstance(self.value, list):
            return [v.plain() for v in self.value]
        return self.value

    def walk(self) -> Iterator[Node]:
        yield self
        if isinstance(self.value, dict):
            for child in self.value.values():
                yield from child.walk()
        elif isinstance(self.value, list):
            for child in self.value:
                yield from child.walk()


def unknown_node(reason: str, location: Location, refs: tuple[str, ...] = ()) -> Node:
    return Node(Unknown(reason, refs), location, UNKNOWN)


@dataclass(frozen=True)
class Reference:
    """An edge of the resource graph: `source` refers to `target` at `location`."""

    source: str
    target: str
    location: Location


@dataclass
class NativeResource:
    """A resource as its framework declares it, before mapping to a canonical kind."""

    address: str  # aws_s3_bucket.logs, data.aws_iam_policy_document.x, or a CFN logical id
    native_type: str  # aws_s3_bucket, AWS::S3::Bucket
    framework: str
    location: Location  # the resource header
    body: Node  # dict Node of native properties
    refs: list[Reference] = field(default_factory=list)
    scope: str = ""  # the root module directory or template path the address is unique within
    module_calls: tuple[Location, ...] = ()  # the module blocks or parent stacks that instantiated it
    condition: str = ""  # a CloudFormation Condition that may leave it undeployed (not resolved)
    assumptions: tuple[tuple[str, bool], ...] = ()  # the unresolved conditions this variant assumes


@dataclass
class Resource:
    """A resource of a canonical kind (`aws.s3.bucket`), written once for both frameworks."""

    address: str
    kind: str
    native_type: str
    framework: str
    location: Location
    properties: Node  # canonical dict Node
    native: NativeResource
    partial: bool = False  # a companion whose parent is not in scope: only what it sets is known
    related: tuple[Location, ...] = ()  # companions folded into it


@dataclass(frozen=True)
class Hit:
    """One verdict of a predicate or condition: a failure or an unknown at a place."""

    state: str  # "fail" | "unknown"
    location: Location
    message: str
    related: tuple[Location, ...] = ()


@dataclass(frozen=True)
class Finding:
    check_id: str
    title: str
    category: str
    severity: str
    location: Location
    resource: str
    message: str
    related: tuple[Location, ...] = ()
    kind: str = ""  # the canonical kind of the resource (its service's responsibility profile)

    def sort_key(self) -> tuple:
        return (self.location.path, self.location.line, self.location.column, self.check_id, self.resource)


@dataclass(frozen=True)
class UnknownResult:
    """A check that could not decide because a value it needs is unknown."""

    check_id: str
    location: Location
    resource: str
    reason: str

    def sort_key(self) -> tuple:
        return (self.location.path, self.location.line, self.location.column, self.check_id, self.resource)


@dataclass(frozen=True)
class InputError:
    """A file that could not be read or understood."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None

    def sort_key(self) -> tuple:
        return (self.path, self.line or 0, self.column or 0, self.message)


@dataclass
class Report:
    findings: list[Finding]
    unknowns: list[UnknownResult]
    errors: list[InputError]
    checks: list[str]  # ids of the checks that ran
    files: list[str]  # the files that were parsed
    notices: list[InputError] = field(default_factory=list)  # what was deliberately not scanned
