"""Render `telnyx_voice_tools`: the MCP tool definitions, built once here so the server does no schema work.

The MCP server (`mcp_server/telnyx_voice_mcp`) lists, validates and routes tool calls from the
`tools.json` this module writes. For each operation it holds:

- the tool as it goes on the wire (`name`, `title`, `description`, `annotations`, `_meta`) with the
  *summary* `inputSchema`: every top-level argument keeps its type, enum, format, bounds, default,
  required marker and a one-line description, while objects nested deeper are cut down to their type
  and field names (the full listing would cost clients about 100k tokens);
- the *full* input schema: every `$ref` inlined, every constraint of the spec kept, objects the spec
  closes closed again. The server validates each call against it and `describe_tool` returns it;
- the route of each argument (path, query or body, and its wire name).

Both schemas are plain JSON Schema 2020-12 objects without `$ref`, and without `oneOf`/`anyOf`/`allOf`
at the top, because some clients (and the Anthropic API) reject those.

This module holds the tool policy (names, arguments, annotations, descriptions, the listing budget);
`json_schema` makes the full schemas and `tool_summary` the summaries. The package's Python modules
are the static files of `generator/tools_runtime`, shipped as they are beside the `tools.json`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..describe import OperationSpec
from ..errors import GeneratorError
from ..openapi import X_REQUIRED_ONE_OF, component_schemas
from ..tools_runtime import BINARY_INLINE_LIMIT, FORMAT_VERSION, META_KEY, TOOLSETS
from .json_schema import UNION_KEYWORDS, Inliner
from .package import static_files
from .tool_summary import Summarizer, is_structured

TOOLS_RUNTIME = Path(__file__).resolve().parent.parent / "tools_runtime"
PACKAGE = "telnyx_voice_tools"
SUMMARY_BUDGET = 60 * 1024
"""The default tools/list (about 13,000 tokens at 4.5 characters a token) must fit in this."""


# The server adds its own tools to the listed ones: `describe_tool`, `search_tools` and `invoke_tool`
# (about 2.3 KB), the event tools (2.2 KB) and, in sandbox mode, `sandbox_script_digits` (0.9 KB).
RESERVED_BYTES = 6 * 1024


# The tools listed by default: what a call-control assistant uses in most turns (dial or answer, talk,
# listen, move the call, hang up; put a call in a conference). The rest of the 96 operations are
# one `search_tools` away and called through `invoke_tool`, so the listing stays within SUMMARY_BUDGET.
CORE_TOOLS = (
    *("calls_dial", "calls_retrieve_status", "call_answer", "call_hangup", "call_bridge", "call_transfer"),
    *("call_speak", "call_start_playback", "call_gather_using_speak", "call_send_dtmf", "conference_join"),
)


# (levels below an argument that keep their keywords, levels that keep descriptions), richest first.
# The last keeps every keyword of the top-level arguments: no budget may cost a listed tool those.
SUMMARY_LEVELS = ((1, 1), (1, 0), (0, 0))


TOOL_NAME = re.compile(r"^[a-z0-9_]{1,40}$")


# The annotation policy, on spec data: GETs only read (lists, retrieves, downloads); deleting, hanging
# up, rejecting, ending a conference, removing a call from a queue and overwriting a stored configuration
# (PATCH) cannot be undone by calling again. The actions are client method names, whatever their HTTP
# method (`recordings.actions.delete` is a POST).
DESTRUCTIVE_METHODS = frozenset({"DELETE", "PATCH"})


DESTRUCTIVE_ACTIONS = frozenset({"hangup", "reject", "end_conference", "delete", "remove"})


IDEMPOTENT_METHODS = frozenset({"GET", "PUT", "PATCH", "DELETE"})


@dataclass(frozen=True)
class ToolFiles:
    """What `render_tools` produced: the package files and the sizes worth reporting."""

    files: dict[str, str]
    summary_bytes: int
    full_bytes: int


def dumps(value: Any) -> str:
    """Deterministic compact JSON: the listing's bytes only change when the spec does."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class Argument:
    """One tool argument: the name the model uses and where the value goes on the wire."""

    name: str
    location: str
    wire_name: str
    required: bool
    full: dict[str, Any]


def _arguments(op: OperationSpec, inliner: Inliner) -> list[Argument]:
    """The tool's arguments, by wire name; a body field that shares a path parameter's name takes its
    renamed Python name (BridgeCall's body `call_control_id` becomes `call_control_id_to_bridge_with`).

    A body with a JSON and a multipart form (a media upload) is sent as JSON: a tool takes the JSON
    form's fields, with its required ones required (`media_url`), since an assistant cannot pass a file.
    """
    taken = {p.name for p in op.params if p.location != "body"}
    arguments = []
    for param in op.params:
        if op.body_forms and param.location == "body":
            json_form = op.json_form
            if json_form is None or param.name not in json_form.fields:
                continue
            param = replace(param, required=param.name in json_form.required)
        name = param.python_name if param.location == "body" and param.name in taken else param.name
        full = inliner.convert(param.schema)
        if param.description and "description" not in full:
            full = {"description": param.description, **full}
        if param.location == "path" and full.get("type") == "string":
            # An empty id would address the collection instead of the item; the client refuses it too.
            full = {"minLength": 1, **full}
        arguments.append(Argument(name, param.location, param.name, param.required, full))
    names = [a.name for a in arguments]
    if len(set(names)) != len(names):
        raise GeneratorError(f"{op.operation_id}: two tool arguments share a name: {sorted(names)}")
    return arguments


def _input_schema(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = required
    return schema


def _accepts_string(schema: dict[str, Any]) -> bool:
    kinds = schema.get("type")
    if kinds == "string" or (isinstance(kinds, list) and "string" in kinds):
        return True
    return any(_accepts_string(m) for k in UNION_KEYWORDS for m in schema.get(k, []) if isinstance(m, dict))


def _wants_json(schema: dict[str, Any]) -> bool:
    """Whether a string sent for this argument can only be a JSON-encoded object or array."""
    members = [m for k in UNION_KEYWORDS for m in schema.get(k, []) if isinstance(m, dict)]
    return (is_structured(schema) or any(is_structured(m) for m in members)) and not _accepts_string(schema)


def _annotations(op: OperationSpec) -> dict[str, bool]:
    read_only = op.method == "GET"
    return {
        "readOnlyHint": read_only,
        "destructiveHint": not read_only
        and (op.method in DESTRUCTIVE_METHODS or op.method_name in DESTRUCTIVE_ACTIONS),
        "idempotentHint": op.method in IDEMPOTENT_METHODS,
        "openWorldHint": True,
    }


def _description(op: OperationSpec, one_of: list[list[str]]) -> str:
    parts = [op.description or op.summary]
    if not parts[0].endswith((".", "!", "?")):
        parts[0] += "."
    if one_of:
        parts.append("Requires at least one of: " + ", ".join(" + ".join(group) for group in one_of) + ".")
    if op.pagination:
        parts.append("Returns one page; `page` selects another.")
    if op.is_command:
        parts.append("The result only acknowledges the command; its outcome arrives as webhook events.")
    if op.response_kind == "binary":
        parts.append(
            f"Returns the body's content type, length and sha256, not the bytes (base64 only up to {BINARY_INLINE_LIMIT} bytes)."
        )
    if op.body_alternatives:
        forms = ", ".join(f"{form.media_type} ({', '.join(op.only_in(form))})" for form in op.body_alternatives)
        sends = "Sends JSON only" if op.json_form else "Sends no body"
        parts.append(f"{sends}; the API also takes {forms}, which the Python client sends.")
    return " ".join(parts)


def _required_one_of(op: OperationSpec, spec: dict[str, Any], arguments: tuple[Argument, ...]) -> list[list[str]]:
    if op.body_schema is None:
        return []
    groups = component_schemas(spec)[op.body_schema].get(X_REQUIRED_ONE_OF, [])
    by_wire = {a.wire_name: a.name for a in arguments if a.location == "body"}
    return [[by_wire.get(field, field) for field in group] for group in groups]


# Each response property as its type and field names: the results stay described without costing the
# listing more than about 300 bytes a tool.
OUTPUT_SUMMARY = Summarizer(-1, 0)


def _output_schema(response: dict[str, Any] | None) -> dict[str, Any]:
    """The outputSchema of a tool: the response body's top-level properties, summarized, none required.

    Open (no `required`, extra properties allowed), because the same tool also answers with what the
    server adds: a dry run's request, `{"accepted": true}` for an empty body, an error's `error`.
    """
    properties = (response or {}).get("properties")
    summary = {name: OUTPUT_SUMMARY.argument(schema) for name, schema in (properties or {}).items()}
    return {"type": "object", "properties": summary} if summary else {"type": "object"}


@dataclass(frozen=True)
class ToolSource:
    """An operation with its arguments inlined: everything a tools.json entry is made from."""

    op: OperationSpec
    arguments: tuple[Argument, ...]
    required_one_of: list[list[str]]
    response: dict[str, Any] | None

    @classmethod
    def of(cls, op: OperationSpec, spec: dict[str, Any], inliner: Inliner) -> ToolSource:
        """Raises GeneratorError: the tool name is invalid or two arguments collide."""
        if not TOOL_NAME.match(op.tool_name):
            raise GeneratorError(f"{op.operation_id}: tool name {op.tool_name!r} is not [a-z0-9_]{{1,40}}")
        arguments = tuple(_arguments(op, inliner))
        response = (
            inliner.convert({"$ref": f"#/components/schemas/{op.response_schema}"}) if op.response_schema else None
        )
        return cls(op, arguments, _required_one_of(op, spec, arguments), response)

    def entry(self, summarizer: Summarizer) -> dict[str, Any]:
        """The tools.json entry (see the module docstring), with summaries cut by summarizer."""
        op, arguments = self.op, self.arguments
        required = [a.name for a in arguments if a.required]
        return {
            "tool": {
                "name": op.tool_name,
                "title": op.summary,
                "description": _description(op, self.required_one_of),
                "inputSchema": _input_schema({a.name: summarizer.argument(a.full) for a in arguments}, required),
                "outputSchema": _output_schema(self.response),
                "annotations": _annotations(op),
                "_meta": {META_KEY: {"operationId": op.operation_id, "method": op.method, "path": op.path}},
            },
            "full_input_schema": _input_schema({a.name: a.full for a in arguments}, required),
            "operation_id": op.operation_id,
            "toolset": op.toolset,
            "core": op.tool_name in CORE_TOOLS,
            "has_body": op.has_json_body,
            "arguments": {a.name: {"in": a.location, "name": a.wire_name} for a in arguments},
            "required_one_of": self.required_one_of,
            "json_arguments": sorted(a.name for a in arguments if _wants_json(a.full)),
        }


def _listing_size(entries: list[dict[str, Any]], key: str | None = None) -> int:
    """The bytes of the default tools/list (the core tools), with the key schema as inputSchema."""
    listed = [e for e in entries if e["core"]]
    tools = [{**e["tool"], "inputSchema": e[key]} if key else e["tool"] for e in listed]
    return len(dumps({"tools": tools}).encode())


def _entries(spec: dict[str, Any], operations: tuple[OperationSpec, ...]) -> Iterator[list[dict[str, Any]]]:
    """The entries at each summary level in turn, richest first."""
    inliner = Inliner(spec)
    sources = [ToolSource.of(op, spec, inliner) for op in operations]
    for depth, described in SUMMARY_LEVELS:
        summarizer = Summarizer(depth, described)
        yield [source.entry(summarizer) for source in sources]


def _check_toolsets(operations: tuple[OperationSpec, ...], missing_tools: frozenset[str]) -> None:
    """Raises GeneratorError: a core tool neither the operations nor missing_tools have (a misspelt or
    renamed one), or a tool outside the known toolsets."""
    names = {op.tool_name for op in operations} | missing_tools
    missing = [name for name in CORE_TOOLS if name not in names]
    if missing:
        raise GeneratorError(f"core tools {missing} are not among the selected operations' tools")
    strays = sorted({f"{op.tool_name} ({op.toolset})" for op in operations if op.toolset not in TOOLSETS})
    if strays:
        raise GeneratorError(f"tools outside the toolsets {TOOLSETS}: {strays}")


def render_tools(
    spec: dict[str, Any], operations: tuple[OperationSpec, ...], missing_tools: frozenset[str] = frozenset()
) -> ToolFiles:
    """The `telnyx_voice_tools` package for a normalized spec and its described operations.

    missing_tools are the tools of selected operations an older spec lacks (generation with
    allow_missing): a core one among them is left out of the listing instead of being an error.

    Raises:
        GeneratorError: a tool name is invalid, two arguments collide, or even the shallowest summary
            is over the 60 KB listing budget, or a core tool or toolset does not fit the operations.
    """
    _check_toolsets(operations, missing_tools)
    entries: list[dict[str, Any]] = []
    for entries in _entries(spec, operations):
        if _listing_size(entries) <= SUMMARY_BUDGET - RESERVED_BYTES:
            break
    else:
        raise GeneratorError(
            f"the summary tools/list is {_listing_size(entries) // 1024} KB, over the "
            f"{SUMMARY_BUDGET // 1024} KB budget even at the shallowest depth"
        )
    files = static_files(TOOLS_RUNTIME)
    files["tools.json"] = dumps({"format": FORMAT_VERSION, "tools": entries}) + "\n"
    return ToolFiles(
        files=files,
        summary_bytes=_listing_size(entries),
        full_bytes=_listing_size(entries, "full_input_schema"),
    )
