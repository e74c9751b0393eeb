"""The arguments of one operation's tool: checked against its full schema and routed to the wire.

Every fact used here is read from the generated tool entry (`telnyx_voice_tools.load()`): the full
input schema, which arguments arrive JSON-encoded, the `required_one_of` groups, and each argument's
route (path, query or body, and its wire name). Nothing is re-derived from the OpenAPI document.

The MCP server checks and routes tool calls with `ToolArguments.prepare`; the call-control sandbox
turns a request back into arguments with `ToolArguments.from_wire` and checks them with
`ToolArguments.problems`. Shipped with the generated tool definitions (from `generator/tools_runtime/`).
"""

from __future__ import annotations

import dataclasses
import json
import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from telnyx_voice_tools import ToolEntry

from .schema_validation import INVALID, PATH_SEGMENT, REQUIRED_ONE_OF, Problem, compile_validator, problems

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

MAX_NESTING = 64
"""Deepest nesting of objects and arrays an argument may have; the spec's deepest schema is far shallower,
and a deeper value (sent directly or as a JSON string) would exhaust the validator's recursion."""
LOSSLESS_INTEGER = 2**53
"""Integral numbers below this are exact in every JSON parser (IEEE doubles), so their decimal is the sent one."""
TOO_DEEP_TO_DECODE = "a JSON string nested too deeply to decode"
DOT_SEGMENTS = frozenset({".", ".."})
MAX_PERCENT_DECODING = 8
"""How many rounds of percent-decoding a path value is looked through (`%252e` is `%2e` is `.`)."""


class InvalidArgumentsError(Exception):
    """A call whose arguments do not fit the tool: nothing was sent."""

    def __init__(self, tool: str, found: Sequence[Problem]) -> None:
        self.tool = tool
        self.problems = tuple(found)
        lines = "\n".join(f"- {p}" for p in self.problems)
        super().__init__(f"Invalid arguments for {tool}; nothing was sent.\n{lines}")


@dataclass(frozen=True)
class PreparedCall:
    """A validated call, split the way the client takes it: by location, by wire name."""

    operation_id: str
    path: dict[str, Any]
    query: dict[str, Any]
    body: dict[str, Any] | None


def is_dot_segment(value: str) -> bool:
    """Whether value, put into a URL path as one segment, is `.` or `..`, also once percent-decoded.

    URL parsers remove dot segments (`/calls/../actions/x` is `/actions/x`), so such a value would call
    another endpoint; a server may decode a segment before routing, hence `%2e%2e` too. Any other
    value stays one segment: the client percent-encodes `/`, `?`, `#` and `%` in it.
    """
    for _ in range(MAX_PERCENT_DECODING):
        if value in DOT_SEGMENTS:
            return True
        decoded = urllib.parse.unquote(value)
        if decoded == value:
            return False
        value = decoded
    return value in DOT_SEGMENTS


def nesting(value: Any) -> int:
    """How deep objects and arrays nest in value (a scalar is 0), counted without recursion."""
    deepest = 0
    stack = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list):
            depth += 1
            deepest = max(deepest, depth)
            if depth > MAX_NESTING:
                return depth
            stack.extend((child, depth) for child in (node.values() if isinstance(node, dict) else node))
    return deepest


def _kinds(schema: Mapping[str, Any]) -> set[str]:
    """The JSON types a schema's `type` (and its union members') admit."""
    kinds = schema.get("type")
    found = set(kinds) if isinstance(kinds, list) else {kinds} if isinstance(kinds, str) else set()
    for key in ("anyOf", "oneOf"):
        for member in schema.get(key, ()):
            found |= _kinds(member) if isinstance(member, Mapping) else set()
    return found


def lossless_decimal(value: Any) -> str | None:
    """The decimal string a JSON number stands for when that is certain: integers (also `42.0`) within
    2**53; None for anything else (a fraction or a huge number may have been rounded on the way)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    return str(int(value)) if abs(value) < LOSSLESS_INTEGER else None


def _nesting_problem(name: str) -> Problem:
    return Problem(name, f"nested deeper than {MAX_NESTING} levels of objects and arrays", INVALID, (name,), None)


def _path_segment_problem(name: str, value: str) -> Problem:
    message = (
        f"{value!r} is a dot segment (`.` or `..`, percent-encoded or not): in the URL path it would call "
        "another endpoint"
    )
    return Problem(name, message, PATH_SEGMENT, (name,), value)


def _required_one_of_problem(groups: list[list[str]]) -> Problem:
    options = " or ".join(" + ".join(f"`{a}`" for a in group) for group in groups)
    return Problem("", f"needs {options}", REQUIRED_ONE_OF, (), groups)


class ToolArguments:
    """The arguments of one tool, as its generated entry describes them.

    Args:
        entry: the tool's entry in `telnyx_voice_tools.load()["tools"]`.
    """

    def __init__(self, entry: ToolEntry) -> None:
        self.entry = entry
        routes = entry["arguments"]
        self.path_args = frozenset(arg for arg, route in routes.items() if route["in"] == "path")
        """Arguments that go into the URL path (their wire name is the path template's)."""
        self.query_args = frozenset(arg for arg, route in routes.items() if route["in"] == "query")
        self.body_field_by_arg: Mapping[str, str] = {
            arg: route["name"] for arg, route in routes.items() if route["in"] == "body"
        }
        """Body arguments by argument name -> top-level body field (`call_control_id_to_bridge_with` ->
        `call_control_id` for bridge)."""
        self.arg_by_body_field: Mapping[str, str] = {wire: arg for arg, wire in self.body_field_by_arg.items()}

    @property
    def tool_name(self) -> str:
        name: str = self.entry["tool"]["name"]
        return name

    @property
    def operation_id(self) -> str:
        return self.entry["operation_id"]

    @property
    def has_body(self) -> bool:
        return self.entry["has_body"]

    @cached_property
    def validator(self) -> Validator:
        """The validator of the tool's full input schema, formats included (compiled on first use)."""
        return compile_validator(self.entry["full_input_schema"])

    @cached_property
    def body_defaults(self) -> Mapping[str, Any]:
        """The schema defaults of top-level body fields, by wire name."""
        properties = self.entry["full_input_schema"].get("properties", {})
        return {
            wire: properties[arg]["default"]
            for arg, wire in self.body_field_by_arg.items()
            if "default" in properties.get(arg, {})
        }

    def from_wire(
        self, path: Mapping[str, Any], query: Mapping[str, Any], body: Mapping[str, Any] | None
    ) -> dict[str, Any]:
        """A request's parts (by wire name) as the tool's arguments (by argument name).

        A body field that is no argument of the tool keeps its name, so `problems` reports it as unknown.
        """
        by_wire: dict[tuple[str, str], str] = {
            (route["in"], route["name"]): arg for arg, route in self.entry["arguments"].items()
        }
        arguments: dict[str, Any] = {}
        for location, part in (("path", path), ("query", query), ("body", body or {})):
            for wire, value in part.items():
                arguments[by_wire.get((location, wire), wire)] = value
        return arguments

    def problems(self, arguments: Mapping[str, Any]) -> list[Problem]:
        """Everything wrong with arguments: the full schema, the `required_one_of` groups, dot-segment path values."""
        found = problems(self.validator, arguments)
        groups = self.entry["required_one_of"]
        if groups and not any(all(arg in arguments for arg in group) for group in groups):
            found.append(_required_one_of_problem(groups))
        for arg in sorted(self.path_args):
            value = arguments.get(arg)
            if isinstance(value, str) and is_dot_segment(value):
                found.append(_path_segment_problem(arg, value))
        return found

    def decode_json(self, arguments: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
        """arguments with the JSON strings sent for object or array arguments decoded (some clients send
        them so), and the arguments whose string is not JSON, with why."""
        decoded = dict(arguments)
        undecodable: dict[str, str] = {}
        for arg in self.entry["json_arguments"]:
            value = decoded.get(arg)
            if isinstance(value, str):
                try:
                    decoded[arg] = json.loads(value)
                except RecursionError:
                    undecodable[arg] = TOO_DEEP_TO_DECODE
                except ValueError as exc:
                    undecodable[arg] = f"a string that is not JSON ({exc})"
        return decoded, undecodable

    @cached_property
    def string_only_args(self) -> frozenset[str]:
        """The arguments that take a string and no number: where a number sent is read as its decimal."""
        properties = self.entry["full_input_schema"].get("properties", {})
        return frozenset(
            arg
            for arg, schema in properties.items()
            if "string" in (k := _kinds(schema)) and not k & {"number", "integer"}
        )

    def lenient_scalars(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        """arguments with a number sent for a string argument as its decimal string, when that is lossless
        (MCP Inspector 2.12 sends `--tool-arg digits=42` as 42). Nothing else is converted."""
        converted = dict(arguments)
        for arg in self.string_only_args & converted.keys():
            decimal = lossless_decimal(converted[arg])
            if decimal is not None:
                converted[arg] = decimal
        return converted

    def prepare(self, arguments: Mapping[str, Any]) -> PreparedCall:
        """Check a tool call's arguments (JSON-encoded objects and arrays decoded first, lossless numbers
        for strings read as decimals) and route them.

        Raises:
            InvalidArgumentsError: naming each bad argument and why, an argument nested deeper than
                MAX_NESTING included (checked before the schema, whose validator recurses).
        """
        decoded, undecodable = self.decode_json(self.lenient_scalars(arguments))
        too_deep = [_nesting_problem(arg) for arg, value in decoded.items() if nesting(value) > MAX_NESTING]
        too_deep += [_nesting_problem(arg) for arg, why in undecodable.items() if why == TOO_DEEP_TO_DECODE]
        if too_deep:
            raise InvalidArgumentsError(self.tool_name, too_deep)
        found = [
            dataclasses.replace(p, message=f"{p.message} (got {undecodable[p.path]})") if p.path in undecodable else p
            for p in self.problems(decoded)
        ]
        if found:
            raise InvalidArgumentsError(self.tool_name, found)
        return self.route(decoded)

    def route(self, arguments: Mapping[str, Any]) -> PreparedCall:
        """Valid arguments split by location, under their wire names."""
        parts: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "body": {}}
        for arg, value in arguments.items():
            route = self.entry["arguments"][arg]
            parts[route["in"]][route["name"]] = value
        return PreparedCall(self.operation_id, parts["path"], parts["query"], parts["body"] if self.has_body else None)
