"""Values for CloudFormation template parameters given outside the template: `--parameter
Key=Value` and parameter files.

Parameter files come in the formats the deploy tools read:

- `aws cloudformation create-stack --parameters file://p.json` (and `deploy --parameter-overrides`):
  `[{"ParameterKey": "K", "ParameterValue": "V"}]`; `UsePreviousValue: true` keeps the value of
  the deployed stack, which is unknown here. `deploy` also takes `["K=V", ...]`.
- a CodePipeline template configuration: `{"Parameters": {"K": "V"}}`.
- a cfn-lint deployment file (CloudFormation Git sync): YAML or JSON with `template-file-path` and
  `parameters: {K: V}`.

A value is a Node located where the file writes it, so a finding can say where it came from.
"""

from __future__ import annotations

from ..model import UNKNOWN, InputError, Node, Unknown

SCALARS = (str, int, float, bool)
FORMATS = ("expected a JSON array of {ParameterKey, ParameterValue} (aws cloudformation), an object with "
           "\"Parameters\" (CodePipeline) or a cfn-lint deployment file (template-file-path, parameters)")


def parse_parameter_file(text: str, shown: str) -> tuple[dict[str, Node], list[InputError]]:
    """The parameter values a file sets, in file order, and what is wrong with it."""
    from .cloudformation import decode_document

    root, problems = decode_document(text, shown, "parameters file")
    if root is None:
        return {}, problems
    values: dict[str, Node] = {}
    errors: list[InputError] = []
    if isinstance(root.value, list):
        for item in root.value:
            _array_item(item, values, errors, shown)
    elif isinstance(root.value, dict) and isinstance(root.get("Parameters"), Node):
        _mapping(root.get("Parameters"), values, errors, shown)
    elif isinstance(root.value, dict) and ("template-file-path" in root.value or "parameters" in root.value):
        if root.get("parameters") is not None:
            _mapping(root.get("parameters"), values, errors, shown)
    else:
        errors.append(InputError(shown, f"not a parameters file: {FORMATS}", root.location.line,
                                 root.location.column))
    return values, errors


def _array_item(item: Node, values: dict[str, Node], errors: list[InputError], shown: str) -> None:
    if isinstance(item.value, str) and "=" in item.value:
        key, _, value = item.value.partition("=")
        values[key.strip()] = Node(value, item.location)
        return
    key = item.get("ParameterKey") if isinstance(item.value, dict) else None
    if key is None or not isinstance(key.value, str):
        errors.append(InputError(shown, "a parameter entry needs ParameterKey and ParameterValue (or is "
                                        "\"Key=Value\")", item.location.line, item.location.column))
        return
    previous = item.get("UsePreviousValue")
    if previous is not None and previous.value in (True, "true", "True"):
        values[key.value] = Node(Unknown(f"parameter {key.value} keeps the value of the deployed stack "
                                         "(UsePreviousValue)"), previous.location, UNKNOWN)
        return
    value = item.get("ParameterValue")
    if value is None:
        errors.append(InputError(shown, f"parameter {key.value} has no ParameterValue", item.location.line,
                                 item.location.column))
        return
    _set(key.value, value, values, errors, shown)


def _mapping(section: Node, values: dict[str, Node], errors: list[InputError], shown: str) -> None:
    if not isinstance(section.value, dict):
        errors.append(InputError(shown, "parameters must be a mapping of names to values", section.location.line,
                                 section.location.column))
        return
    for key, value in section.value.items():
        _set(key, value, values, errors, shown)


def _set(key: str, value: Node, values: dict[str, Node], errors: list[InputError], shown: str) -> None:
    if isinstance(value.value, SCALARS) or (
            isinstance(value.value, list) and all(isinstance(v.value, SCALARS) for v in value.value)):
        values[key] = value
        return
    errors.append(InputError(shown, f"parameter {key}: a value must be a string, number, boolean or list of those",
                             value.location.line, value.location.column))
