"""Request validation from the generated tool definitions: no operation or schema is declared here.

`telnyx_voice._operations.OPERATIONS` says how each operation is routed (method, path template);
`telnyx_voice_tools.load()` holds, per operation, the full JSON Schema of its arguments (path, query
and body together, by argument name) and where each argument goes on the wire. A request is turned
into that argument object (body fields renamed to argument names, deepObject query parameters
nested and typed) and checked with jsonschema; each violation becomes a Telnyx error entry whose
`source` names the field as the caller spelled it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from telnyx_voice._http import Operation
from telnyx_voice._operations import OPERATIONS
from telnyx_voice_tools import ToolEntry, load

from ._errors import ErrorEntry, error_entry

_MAX_LISTED_ENUM = 12


@dataclass(frozen=True)
class OperationSpec:
    """One operation: its route, its tool entry, and the wire-name mappings of its arguments."""

    operation: Operation
    tool: ToolEntry
    path_args: frozenset[str]
    query_args: frozenset[str]
    arg_by_body_field: Mapping[str, str]
    body_field_by_arg: Mapping[str, str]
    defaults: Mapping[str, Any] = field(default_factory=dict)

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id

    @property
    def action(self) -> str:
        """The last path segment: `speak` for /calls/{id}/actions/speak, `calls` for /calls."""
        return self.operation.path.rstrip("/").rsplit("/", 1)[-1]

    @property
    def has_body(self) -> bool:
        return self.tool["has_body"]

    @cached_property
    def validator(self) -> Draft202012Validator:
        return Draft202012Validator(self.tool["full_input_schema"])

    def default(self, body_field: str) -> Any:
        """The schema default of a top-level body field, or None."""
        return self.defaults.get(body_field)

    def typed_query(self, query: Mapping[str, Any]) -> dict[str, Any]:
        """Parsed query parameters typed by their schemas (`page[size]=5` is the integer 5)."""
        properties = self.tool["full_input_schema"].get("properties", {})
        return {name: coerce_query(value, properties.get(name, {})) for name, value in query.items()}

    def validate(self, path: Mapping[str, str], query: Mapping[str, Any], body: Mapping[str, Any]) -> list[ErrorEntry]:
        """The Telnyx error entries for a request, empty when it is valid.

        Args:
            path: path parameters; query: typed query parameters (`typed_query`); body: the JSON body.
        """
        arguments: dict[str, Any] = {**path, **query}
        for wire, value in body.items():
            arguments[self.arg_by_body_field.get(wire, wire)] = value
        errors = [entry for error in self.validator.iter_errors(arguments) for entry in self._entries(error)]
        alternatives = self.tool["required_one_of"]
        if alternatives and not any(all(name in arguments for name in group) for group in alternatives):
            names = " or ".join(
                "+".join(f"'{self.body_field_by_arg.get(name, name)}'" for name in group) for group in alternatives
            )
            first = alternatives[0][0]
            errors.append(
                error_entry(
                    "10004",
                    "Missing required parameter",
                    f"One of {names} is required.",
                    pointer="/" + self.body_field_by_arg.get(first, first),
                )
            )
        unique: dict[tuple[str, str], ErrorEntry] = {}
        for entry in errors:
            unique.setdefault((repr(entry.get("source")), entry["detail"]), entry)
        return sorted(unique.values(), key=lambda e: (repr(e.get("source")), e["code"]))

    # -- turning a jsonschema error into Telnyx error entries -------------------------------------------

    def _entries(self, error: ValidationError) -> Iterable[ErrorEntry]:
        location = list(error.absolute_path)
        expected: Any = error.validator_value
        if error.validator == "required":
            instance = error.instance if isinstance(error.instance, Mapping) else {}
            for name in expected:
                if name not in instance:
                    where, label = self._source([*location, name])
                    yield _entry("10004", "Missing required parameter", f"The '{label}' parameter is required.", where)
            return
        if error.validator == "additionalProperties":
            instance = error.instance if isinstance(error.instance, Mapping) else {}
            allowed = set(error.schema.get("properties", {})) if isinstance(error.schema, Mapping) else set()
            patterns = list(error.schema.get("patternProperties", {})) if isinstance(error.schema, Mapping) else []
            for name in instance:
                if name in allowed or any(re.search(p, name) for p in patterns):
                    continue
                where, label = self._source([*location, name])
                yield _entry("10015", "Invalid parameter", f"'{label}' is not a parameter of this operation.", where)
            return
        where, label = self._source(location)
        if error.validator == "enum":
            values = [str(v) for v in expected]
            listed = ", ".join(values[:_MAX_LISTED_ENUM]) + (", ..." if len(values) > _MAX_LISTED_ENUM else "")
            yield _entry("10032", "Invalid enumerated value", f"The '{label}' value must be one of: {listed}.", where)
        elif error.validator == "type":
            kinds = " or ".join(expected) if isinstance(expected, list) else str(expected)
            yield _entry(
                "10026", "Invalid parameter type", f"The '{label}' parameter must be of type '{kinds}'.", where
            )
        elif error.validator in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            schema = error.schema if isinstance(error.schema, Mapping) else {}
            low, high = schema.get("minimum", "-inf"), schema.get("maximum", "inf")
            yield _entry(
                "10033",
                "Value outside of range",
                f"The '{label}' value is outside of allowed range {low} to {high}.",
                where,
            )
        else:
            yield _entry("10015", "Invalid value", f"The '{label}' value is invalid: {error.message}", where)

    def _source(self, location: Sequence[Any]) -> tuple[tuple[str, str], str]:
        """(("pointer" | "parameter", where), label) of an argument location, in wire names."""
        if not location:
            return ("pointer", ""), "body"
        head, rest = str(location[0]), [str(part) for part in location[1:]]
        if head in self.query_args:
            parameter = head + "".join(f"[{part}]" for part in rest)
            return ("parameter", parameter), parameter
        wire = self.body_field_by_arg.get(head, head)
        parts = [wire, *rest]
        pointer = "/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)
        return ("pointer", pointer), ".".join(parts)


def _entry(code: str, title: str, detail: str, where: tuple[str, str]) -> ErrorEntry:
    kind, value = where
    if kind == "parameter":
        return error_entry(code, title, detail, parameter=value)
    return error_entry(code, title, detail, pointer=value)


@cache
def operation_specs() -> dict[str, OperationSpec]:
    """Every generated operation joined with its tool definition, by operationId."""
    tools = {entry["operation_id"]: entry for entry in load()["tools"]}
    specs: dict[str, OperationSpec] = {}
    for operation_id, operation in OPERATIONS.items():
        tool = tools.get(operation_id)
        if tool is None:
            raise RuntimeError(f"telnyx_voice_tools has no definition of {operation_id}; regenerate both packages")
        routes = tool["arguments"]
        body_field_by_arg = {arg: route["name"] for arg, route in routes.items() if route["in"] == "body"}
        properties = tool["full_input_schema"].get("properties", {})
        specs[operation_id] = OperationSpec(
            operation=operation,
            tool=tool,
            path_args=frozenset(arg for arg, route in routes.items() if route["in"] == "path"),
            query_args=frozenset(arg for arg, route in routes.items() if route["in"] == "query"),
            arg_by_body_field={wire: arg for arg, wire in body_field_by_arg.items()},
            body_field_by_arg=body_field_by_arg,
            defaults={
                wire: properties[arg]["default"]
                for arg, wire in body_field_by_arg.items()
                if "default" in properties.get(arg, {})
            },
        )
    return specs


_KEY = re.compile(r"([^\[\]]+)|\[([^\[\]]*)\]")


def parse_query(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Query pairs as nested values: `filter[a][b]=1` is {"filter": {"a": {"b": "1"}}}; repeats become lists."""
    result: dict[str, Any] = {}
    for raw_key, value in pairs:
        parts = [m.group(1) if m.group(1) is not None else m.group(2) for m in _KEY.finditer(raw_key)]
        if not parts:
            continue
        node = result
        for part in parts[:-1]:
            child = node.get(part)
            if not isinstance(child, dict):
                child = node[part] = {}
            node = child
        last = parts[-1]
        if last in node:
            existing = node[last]
            node[last] = [*existing, value] if isinstance(existing, list) else [existing, value]
        else:
            node[last] = value
    return result


def coerce_query(value: Any, schema: Mapping[str, Any]) -> Any:
    """A query string value typed as its schema says (integers, numbers, booleans), recursively."""
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        return {key: coerce_query(item, properties.get(key, {})) for key, item in value.items()}
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if isinstance(value, list):
        if "array" in kinds:
            return [coerce_query(item, schema.get("items", {})) for item in value]
        return value
    if not isinstance(value, str):
        return value
    if "integer" in kinds and re.fullmatch(r"-?\d+", value):
        return int(value)
    if "number" in kinds and re.fullmatch(r"-?\d+(\.\d+)?", value):
        return float(value)
    if "boolean" in kinds and value in ("true", "false"):
        return value == "true"
    if "array" in kinds:
        return [coerce_query(item, schema.get("items", {})) for item in value.split(",")]
    return value
