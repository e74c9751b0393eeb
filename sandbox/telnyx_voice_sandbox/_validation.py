"""Request validation from the generated tool definitions: no operation or schema is declared here.

`telnyx_voice._operations.OPERATIONS` says how each operation is routed (method, path template);
`telnyx_voice_tools.load()` holds, per operation, the full JSON Schema of its arguments (path, query
and body together, by argument name) and where each argument goes on the wire. A request is turned
into that argument object (body fields renamed to argument names, deepObject query parameters
nested and typed) and checked with jsonschema, formats included. The shared explainer
(`telnyx_voice_tools.schema_validation`, also the MCP server's) says what is wrong and where; each
problem becomes a Telnyx error entry whose `source` names the field as the caller spelled it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from jsonschema.protocols import Validator
from telnyx_voice._http import Operation
from telnyx_voice._operations import OPERATIONS
from telnyx_voice_tools import ToolEntry, load
from telnyx_voice_tools.arguments import ToolArguments
from telnyx_voice_tools.formats import FORMATS
from telnyx_voice_tools.schema_validation import ENUM, FORMAT, RANGE, REQUIRED, REQUIRED_ONE_OF, TYPE, UNKNOWN, Problem

from ._errors import ErrorEntry, error_entry

_MAX_LISTED_ENUM = 12


@dataclass(frozen=True)
class Endpoint:
    """An endpoint the sandbox serves: its route and its arguments as the generated tool entry routes them."""

    operation: Operation[Any]
    arguments: ToolArguments

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id

    @property
    def tool(self) -> ToolEntry:
        return self.arguments.entry

    @property
    def action(self) -> str:
        """The last path segment: `speak` for /calls/{id}/actions/speak, `calls` for /calls."""
        return self.operation.path.rstrip("/").rsplit("/", 1)[-1]

    @property
    def has_body(self) -> bool:
        return self.arguments.has_body

    @property
    def validator(self) -> Validator:
        return self.arguments.validator

    def default(self, body_field: str) -> Any:
        """The schema default of a top-level body field, or None."""
        return self.arguments.body_defaults.get(body_field)

    def typed_query(self, query: Mapping[str, Any]) -> dict[str, Any]:
        """Parsed query parameters typed by their schemas (`page[size]=5` is the integer 5)."""
        properties = self.tool["full_input_schema"].get("properties", {})
        return {name: coerce_query(value, properties.get(name, {})) for name, value in query.items()}

    def validate(self, path: Mapping[str, str], query: Mapping[str, Any], body: Mapping[str, Any]) -> list[ErrorEntry]:
        """The Telnyx error entries for a request, empty when it is valid.

        Args:
            path: path parameters; query: typed query parameters (`typed_query`); body: the JSON body.
        """
        found = self.arguments.problems(self.arguments.from_wire(path, query, body))
        unique: dict[tuple[str, str], ErrorEntry] = {}
        for entry in map(self._error_entry, found):
            unique.setdefault((repr(entry.get("source")), entry["detail"]), entry)
        return sorted(unique.values(), key=lambda e: (repr(e.get("source")), e["code"]))

    def _wire_name(self, arg: str) -> str:
        return self.arguments.body_field_by_arg.get(arg, arg)

    def _missing_alternatives(self, groups: Sequence[Sequence[str]]) -> ErrorEntry:
        names = " or ".join("+".join(f"'{self._wire_name(arg)}'" for arg in group) for group in groups)
        pointer = "/" + self._wire_name(groups[0][0])
        return error_entry("10004", "Missing required parameter", f"One of {names} is required.", pointer=pointer)

    def _error_entry(self, problem: Problem) -> ErrorEntry:
        """The Telnyx error entry of one problem (explained by `telnyx_voice_tools.schema_validation`), in wire names."""
        if problem.kind == REQUIRED_ONE_OF:
            return self._missing_alternatives(problem.expected)
        where, label = self._source(problem.location)
        expected = problem.expected
        if problem.kind == REQUIRED:
            return _entry("10004", "Missing required parameter", f"The '{label}' parameter is required.", where)
        if problem.kind == UNKNOWN:
            return _entry("10015", "Invalid parameter", f"'{label}' is not a parameter of this operation.", where)
        if problem.kind == ENUM:
            values = [str(v) for v in expected]
            listed = ", ".join(values[:_MAX_LISTED_ENUM]) + (", ..." if len(values) > _MAX_LISTED_ENUM else "")
            return _entry("10032", "Invalid enumerated value", f"The '{label}' value must be one of: {listed}.", where)
        if problem.kind == TYPE:
            kinds = " or ".join(expected) if isinstance(expected, list) else str(expected)
            return _entry(
                "10026", "Invalid parameter type", f"The '{label}' parameter must be of type '{kinds}'.", where
            )
        if problem.kind == RANGE:
            low, high = expected
            low, high = "-inf" if low is None else low, "inf" if high is None else high
            return _entry(
                "10033",
                "Value outside of range",
                f"The '{label}' value is outside of allowed range {low} to {high}.",
                where,
            )
        if problem.kind == FORMAT:
            what = FORMATS.get(expected, f"a valid {expected}")
            return _entry("10015", "Invalid value", f"The '{label}' value must be {what}.", where)
        return _entry("10015", "Invalid value", f"The '{label}' value is invalid: {problem.message}", where)

    def _source(self, location: Sequence[Any]) -> tuple[tuple[str, str], str]:
        """(("pointer" | "parameter", where), label) of an argument location, in wire names."""
        if not location:
            return ("pointer", ""), "body"
        head, rest = str(location[0]), [str(part) for part in location[1:]]
        if head in self.arguments.query_args:
            parameter = head + "".join(f"[{part}]" for part in rest)
            return ("parameter", parameter), parameter
        wire = self._wire_name(head)
        parts = [wire, *rest]
        pointer = "/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)
        return ("pointer", pointer), ".".join(parts)


def _entry(code: str, title: str, detail: str, where: tuple[str, str]) -> ErrorEntry:
    kind, value = where
    if kind == "parameter":
        return error_entry(code, title, detail, parameter=value)
    return error_entry(code, title, detail, pointer=value)


@cache
def endpoints() -> dict[str, Endpoint]:
    """Every generated operation joined with its tool definition, by operationId."""
    tools = {entry["operation_id"]: entry for entry in load()["tools"]}
    found: dict[str, Endpoint] = {}
    for operation_id, operation in OPERATIONS.items():
        tool = tools.get(operation_id)
        if tool is None:
            raise RuntimeError(f"telnyx_voice_tools has no definition of {operation_id}; regenerate both packages")
        found[operation_id] = Endpoint(operation=operation, arguments=ToolArguments(tool))
    return found


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
