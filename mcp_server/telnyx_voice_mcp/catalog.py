"""The tools this server offers, read from the generated `telnyx_voice_tools` package.

Everything here is lookups in data the generator wrote: which tools exist, what tools/list shows
for them and what describe_tool says. Checking a call's arguments and routing them to the wire is
`telnyx_voice_tools.arguments`, shipped with the tool definitions and shared with the sandbox.
"""

from __future__ import annotations

import difflib
import fnmatch
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from telnyx_voice_tools import DEFAULT_TOOLSETS, META_KEY, ToolEntry, load
from telnyx_voice_tools.arguments import InvalidArgumentsError, PreparedCall, ToolArguments
from telnyx_voice_tools.schema_validation import compile_validator, problems

from .settings import SchemaMode

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

DESCRIBE_TOOL = "describe_tool"
SERVER_TOOL_META_KEY = "telnyx/server_tool"
"""`_meta` key of the server's own tools (not Telnyx operations): what they are for."""


class NoMatchingToolsError(ValueError):
    """`--tools` patterns (with `--read-only`) that leave no operation tool."""


def _describe_tool_schema(names: list[str]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"name": {"type": "string", "enum": names, "description": "The tool to describe."}},
        "required": ["name"],
        "additionalProperties": False,
    }


def _describe_tool_definition(names: list[str]) -> dict[str, Any]:
    return {
        "name": DESCRIBE_TOOL,
        "title": "Describe a tool",
        "description": (
            "Return the complete input schema of another tool, nested objects included. The listed schemas "
            "summarize objects below the top level; calls are checked against the complete schema."
        ),
        "inputSchema": _describe_tool_schema(names),
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


def _matches(name: str, patterns: Sequence[str]) -> bool:
    return not patterns or any(fnmatch.fnmatchcase(name, p) for p in patterns)


def select(entries: Sequence[ToolEntry], patterns: Sequence[str], *, read_only: bool) -> list[ToolEntry]:
    """The entries whose name matches any glob pattern, GETs only if read_only.

    Without patterns, the tools of the default toolsets (`DEFAULT_TOOLSETS`); a pattern reaches every tool.

    Raises:
        NoMatchingToolsError: nothing is left; the message lists what the patterns could have matched.
    """
    chosen = [
        entry
        for entry in entries
        if (entry["toolset"] in DEFAULT_TOOLSETS if not patterns else _matches(entry["tool"]["name"], patterns))
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
    _validators: dict[str, Validator] = field(default_factory=dict, repr=False)
    _arguments: dict[str, ToolArguments] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, patterns: Sequence[str] = (), *, read_only: bool = False, schemas: SchemaMode = "summary") -> Catalog:
        """The catalog of the generated tools, filtered.

        Raises:
            NoMatchingToolsError: the filters leave no tool.
        """
        chosen = select(load()["tools"], patterns, read_only=read_only)
        return cls({entry["tool"]["name"]: entry for entry in chosen}, schemas)

    def with_server_tools(
        self, definitions: Sequence[dict[str, Any]], patterns: Sequence[str] = (), *, read_only: bool = False
    ) -> Catalog:
        """This catalog plus those of definitions that `--tools` patterns and `--read-only` let through."""
        chosen = {
            tool["name"]: tool
            for tool in definitions
            if _matches(tool["name"], patterns) and (not read_only or tool["annotations"]["readOnlyHint"])
        }
        return Catalog(self.entries, self.schemas, {**self.server_tools, **chosen})

    @property
    def describable(self) -> list[str]:
        """The tools `describe_tool` knows: the operation tools, then the server's own."""
        return [*self.entries, *self.server_tools]

    def listing(self) -> list[dict[str, Any]]:
        """The tools/list entries, in spec order, then `describe_tool`, then the server's own tools."""
        tools = [
            {**entry["tool"], "inputSchema": entry["full_input_schema"]} if self.schemas == "full" else entry["tool"]
            for entry in self.entries.values()
        ]
        return [*tools, _describe_tool_definition(self.describable), *self.server_tools.values()]

    def listed_schema(self, name: str) -> dict[str, Any] | None:
        """The inputSchema tools/list shows for name, or None for a tool this server does not offer."""
        if name == DESCRIBE_TOOL:
            return _describe_tool_schema(self.describable)
        if name in self.server_tools:
            server_schema: dict[str, Any] = self.server_tools[name]["inputSchema"]
            return server_schema
        entry = self.entries.get(name)
        if entry is None:
            return None
        if self.schemas == "full":
            return entry["full_input_schema"]
        schema: dict[str, Any] = entry["tool"]["inputSchema"]
        return schema

    def unknown_tool_message(self, name: str) -> str:
        close = difflib.get_close_matches(name, [*self.describable, DESCRIBE_TOOL], n=1)
        hint = f" Did you mean `{close[0]}`?" if close else ""
        return f"Unknown tool `{name}`: this server does not offer it (see tools/list).{hint}"

    def describe(self, name: str) -> dict[str, Any]:
        """What describe_tool returns for name (a tool of this catalog)."""
        if name in self.server_tools:
            tool = self.server_tools[name]
            return {
                **_described(name, tool),
                "server_tool": tool["_meta"][SERVER_TOOL_META_KEY],
                "inputSchema": tool["inputSchema"],
            }
        entry = self.entries[name]
        return {
            **_described(name, entry["tool"]),
            "operation": entry["tool"]["_meta"][META_KEY],
            "inputSchema": entry["full_input_schema"],
            "arguments": entry["arguments"],
            "requiredOneOf": entry["required_one_of"],
        }

    def arguments(self, name: str) -> ToolArguments:
        """The argument checker and router of an operation tool of this catalog (made on first use)."""
        arguments = self._arguments.get(name)
        if arguments is None:
            arguments = self._arguments[name] = ToolArguments(self.entries[name])
        return arguments

    def check_server_tool(self, name: str, arguments: Mapping[str, Any]) -> None:
        """Check a call of one of the server's own tools against its schema.

        Raises:
            InvalidArgumentsError: naming each bad field and why.
        """
        validator = self._validators.get(name)
        if validator is None:
            validator = self._validators[name] = compile_validator(self.server_tools[name]["inputSchema"])
        found = problems(validator, arguments)
        if found:
            raise InvalidArgumentsError(name, found)

    def prepare(self, name: str, arguments: Mapping[str, Any]) -> PreparedCall:
        """Check arguments against the tool's full schema and route them (see `ToolArguments.prepare`).

        Raises:
            InvalidArgumentsError: naming each bad field and why.
        """
        return self.arguments(name).prepare(arguments)
