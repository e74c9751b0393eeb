"""The tools this server offers, read from the generated `telnyx_voice_tools` package.

Everything here is lookups in data the generator wrote: which tools exist, what tools/list shows
for them and what describe_tool says. Checking a call's arguments and routing them to the wire is
`telnyx_voice_tools.arguments`, shipped with the tool definitions and shared with the sandbox.
"""

from __future__ import annotations

import difflib
import fnmatch
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from telnyx_voice_tools import META_KEY, TOOLSETS, ToolEntry, load
from telnyx_voice_tools.arguments import InvalidArgumentsError, PreparedCall, ToolArguments
from telnyx_voice_tools.schema_validation import compile_validator, problems

from .discovery import invoke_definition, search_definition
from .settings import SchemaMode

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

DESCRIBE_TOOL = "describe_tool"
DESCRIBE_MAX_CHARS = 72_000
"""The schema in a describe_tool answer stays under this, so the whole answer stays under 80 KB (about
20,000 tokens, below Claude Code's default 25,000-token limit for one tool result)."""
SERVER_TOOL_META_KEY = "telnyx/server_tool"
"""`_meta` key of the server's own tools (not Telnyx operations): what they are for."""


class NoMatchingToolsError(ValueError):
    """`--tools` patterns (with `--read-only`) that leave no operation tool."""


DESCRIBE_TOOL_SCHEMA = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "description": "The tool to describe (from tools/list or search_tools)."},
        "field": {
            "type": "string",
            "description": "Only this argument's schema, by dotted path (e.g. transcription_config or "
            "transcription_config.transcription_engine_config).",
        },
    },
    "required": ["name"],
    "additionalProperties": False,
}


def _describe_tool_definition() -> dict[str, Any]:
    return {
        "name": DESCRIBE_TOOL,
        "title": "Describe a tool",
        "description": (
            "Return the complete input schema of a tool, nested objects included. Listed schemas summarize "
            "nested objects; calls are checked against the complete schema. Arguments too large to show "
            "at once are abridged and point to `field`, which returns one argument's schema."
        ),
        "inputSchema": DESCRIBE_TOOL_SCHEMA,
        "annotations": {"readOnlyHint": True, "destructiveHint": False, "idempotentHint": True, "openWorldHint": False},
    }


def _described(name: str, tool: Mapping[str, Any]) -> dict[str, Any]:
    """The start of what describe_tool returns for any tool: its name, title, description, annotations."""
    return {
        "name": name,
        "title": tool["title"],
        "description": tool["description"],
        "annotations": tool["annotations"],
    }


class UnknownFieldError(ValueError):
    """A describe_tool `field` that names no property of the tool's schema."""


def _child(schema: Any, name: str) -> Any:
    """The schema of property name in schema, looking through array items and union members."""
    if not isinstance(schema, dict):
        return None
    properties = schema.get("properties")
    if isinstance(properties, dict) and name in properties:
        return properties[name]
    nested = [schema.get("items"), *(m for k in ("anyOf", "oneOf", "allOf") for m in schema.get(k, ()))]
    return next((found for found in (_child(n, name) for n in nested) if found is not None), None)


def field_schema(schema: dict[str, Any], path: str) -> dict[str, Any]:
    """The schema at a dotted path of property names (`transcription_config.transcription_engine_config`).

    Raises:
        UnknownFieldError: a step of the path is not a property there.
    """
    node: Any = schema
    for depth, part in enumerate(path.split(".")):
        found = _child(node, part)
        if not isinstance(found, dict):
            where = ".".join(path.split(".")[:depth]) or "the tool's arguments"
            raise UnknownFieldError(f"`field`: {part!r} is not a property of {where}")
        node = found
    result: dict[str, Any] = node
    return result


def _size(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def _abridged(schema: dict[str, Any], prefix: str) -> dict[str, Any]:
    """schema with its largest properties cut to a pointer until it fits DESCRIBE_MAX_CHARS."""
    properties = dict(schema.get("properties") or {})
    while _size({**schema, "properties": properties}) > DESCRIBE_MAX_CHARS:
        largest = max((n for n in properties if "x-abridged" not in properties[n]), key=lambda n: _size(properties[n]))
        path = f"{prefix}.{largest}" if prefix else largest
        full = properties[largest]
        properties[largest] = {
            **({"type": full["type"]} if "type" in full else {}),
            "description": str(full.get("description", "")),
            "x-abridged": f"too large to show here: describe_tool with field={path!r}",
        }
    return {**schema, "properties": properties} if properties else schema


def _matches(name: str, patterns: Sequence[str]) -> bool:
    return not patterns or any(fnmatch.fnmatchcase(name, p) for p in patterns)


class UnknownToolsetError(ValueError):
    """`--toolsets` names a group this server does not have."""


def select(
    entries: Sequence[ToolEntry], patterns: Sequence[str], *, read_only: bool, toolsets: Sequence[str] = ()
) -> list[ToolEntry]:
    """The entries of toolsets (default: all) whose name matches any glob pattern, GETs only if read_only.

    Raises:
        UnknownToolsetError: a toolset that does not exist.
        NoMatchingToolsError: nothing is left; the message lists what the patterns could have matched.
    """
    unknown = [t for t in toolsets if t not in TOOLSETS]
    if unknown:
        raise UnknownToolsetError(f"--toolsets: no toolset {', '.join(unknown)}; toolsets: {', '.join(TOOLSETS)}")
    chosen = [
        entry
        for entry in entries
        if (not toolsets or entry["toolset"] in toolsets)
        and _matches(entry["tool"]["name"], patterns)
        and (not read_only or entry["tool"]["annotations"]["readOnlyHint"])
    ]
    if not chosen:
        available = ", ".join(e["tool"]["name"] for e in entries)
        mode = " among the read-only (GET) tools" if read_only else ""
        raise NoMatchingToolsError(f"--tools {' '.join(patterns)} matches no tool{mode}; tools: {available}")
    return chosen


@dataclass
class Catalog:
    """The enabled tools, and the per-tool validators compiled on first use.

    `entries` are the operation tools; `server_tools` are the server's own tools beside them (the
    call-event tools), as tools/list shows them, each with its complete schema.
    """

    entries: dict[str, ToolEntry]
    schemas: SchemaMode = "summary"
    server_tools: dict[str, dict[str, Any]] = field(default_factory=dict)
    listed: frozenset[str] | None = None
    """The operation tools tools/list shows (None: all); the others are reached with invoke_tool."""
    _validators: dict[str, Validator] = field(default_factory=dict, repr=False)
    _arguments: dict[str, ToolArguments] = field(default_factory=dict, repr=False)

    @classmethod
    def load(
        cls,
        patterns: Sequence[str] = (),
        *,
        read_only: bool = False,
        schemas: SchemaMode = "summary",
        toolsets: Sequence[str] = (),
    ) -> Catalog:
        """The catalog of the generated tools, filtered.

        With neither patterns nor toolsets, every tool is reachable and the core ones are listed;
        otherwise every tool the filters leave is listed.

        Raises:
            UnknownToolsetError: a toolset that does not exist.
            NoMatchingToolsError: the filters leave no tool.
        """
        chosen = select(load()["tools"], patterns, read_only=read_only, toolsets=toolsets)
        listed = None if patterns or toolsets else frozenset(e["tool"]["name"] for e in chosen if e["core"])
        return cls({entry["tool"]["name"]: entry for entry in chosen}, schemas, listed=listed)

    def with_server_tools(
        self, definitions: Sequence[dict[str, Any]], patterns: Sequence[str] = (), *, read_only: bool = False
    ) -> Catalog:
        """This catalog plus those of definitions that `--tools` patterns and `--read-only` let through."""
        chosen = {
            tool["name"]: tool
            for tool in definitions
            if _matches(tool["name"], patterns) and (not read_only or tool["annotations"]["readOnlyHint"])
        }
        return Catalog(self.entries, self.schemas, {**self.server_tools, **chosen}, self.listed)

    @property
    def describable(self) -> list[str]:
        """The tools `describe_tool` knows: the operation tools, then the server's own."""
        return [*self.entries, *self.server_tools]

    @property
    def listing_names(self) -> list[str]:
        """The operation tools tools/list shows."""
        return [name for name in self.entries if self.listed is None or name in self.listed]

    @property
    def hidden(self) -> list[str]:
        """The operation tools reachable only through invoke_tool."""
        return [] if self.listed is None else [name for name in self.entries if name not in self.listed]

    @property
    def meta_tools(self) -> dict[str, dict[str, Any]]:
        """describe_tool, and search_tools and invoke_tool when some tools are not listed."""
        tools = [_describe_tool_definition()]
        if self.hidden:
            toolsets = [t for t in TOOLSETS if any(e["toolset"] == t for e in self.entries.values())]
            read_only = all(entry["tool"]["annotations"]["readOnlyHint"] for entry in self.entries.values())
            tools += [search_definition(toolsets), invoke_definition(read_only=read_only)]
        return {tool["name"]: tool for tool in tools}

    def listing(self) -> list[dict[str, Any]]:
        """The tools/list entries: listed operation tools in spec order, the meta tools, the server's own."""
        tools = [
            {**entry["tool"], "inputSchema": entry["full_input_schema"]} if self.schemas == "full" else entry["tool"]
            for name, entry in self.entries.items()
            if name in self.listing_names
        ]
        return [*tools, *self.meta_tools.values(), *self.server_tools.values()]

    def listed_schema(self, name: str) -> dict[str, Any] | None:
        """The inputSchema tools/list shows for name, or None for a tool tools/list does not show."""
        own = self.server_tools.get(name) or self.meta_tools.get(name)
        if own is not None:
            own_schema: dict[str, Any] = own["inputSchema"]
            return own_schema
        entry = self.entries.get(name)
        if entry is None or (self.listed is not None and name not in self.listed):
            return None
        if self.schemas == "full":
            return entry["full_input_schema"]
        schema: dict[str, Any] = entry["tool"]["inputSchema"]
        return schema

    def unknown_tool_message(self, name: str) -> str:
        close = difflib.get_close_matches(name, [*self.describable, *self.meta_tools], n=1)
        hint = f" Did you mean `{close[0]}`?" if close else ""
        return f"Unknown tool `{name}`: this server does not offer it (see tools/list).{hint}"

    def describe(self, name: str, field_path: str | None = None) -> dict[str, Any]:
        """What describe_tool returns for name (a tool of this catalog), within DESCRIBE_MAX_CHARS.

        With field_path, only that argument's schema (a dotted path through properties, array items
        and union members). Properties too large to show are abridged to their type and a pointer
        to their own field path, largest first.

        Raises:
            UnknownFieldError: field_path names no property of the tool's schema.
        """
        if name in self.server_tools:
            tool = self.server_tools[name]
            head = {**_described(name, tool), "server_tool": tool["_meta"][SERVER_TOOL_META_KEY]}
            schema: dict[str, Any] = tool["inputSchema"]
        elif name in self.meta_tools:
            tool = self.meta_tools[name]
            head, schema = _described(name, tool), tool["inputSchema"]
        else:
            entry = self.entries[name]
            head = {
                **_described(name, entry["tool"]),
                "operation": entry["tool"]["_meta"][META_KEY],
                "arguments": entry["arguments"],
                "requiredOneOf": entry["required_one_of"],
            }
            schema = entry["full_input_schema"]
        if field_path:
            return {
                "name": name,
                "field": field_path,
                "schema": _abridged(field_schema(schema, field_path), field_path),
            }
        return {**head, "inputSchema": _abridged(schema, "")}

    def arguments(self, name: str) -> ToolArguments:
        """The argument checker and router of an operation tool of this catalog (made on first use)."""
        arguments = self._arguments.get(name)
        if arguments is None:
            arguments = self._arguments[name] = ToolArguments(self.entries[name])
        return arguments

    def check_server_tool(self, name: str, arguments: Mapping[str, Any]) -> None:
        """Check a call of one of the server's own tools (or a meta tool) against its schema.

        Raises:
            InvalidArgumentsError: naming each bad field and why.
        """
        validator = self._validators.get(name)
        if validator is None:
            tool = self.server_tools.get(name) or self.meta_tools[name]
            validator = self._validators[name] = compile_validator(tool["inputSchema"])
        found = problems(validator, arguments)
        if found:
            raise InvalidArgumentsError(name, found)

    def prepare(self, name: str, arguments: Mapping[str, Any]) -> PreparedCall:
        """Check arguments against the tool's full schema and route them (see `ToolArguments.prepare`).

        Raises:
            InvalidArgumentsError: naming each bad field and why.
        """
        return self.arguments(name).prepare(arguments)
