"""Reaching the tools that tools/list leaves out: `search_tools` finds them, `invoke_tool` calls them.

The default listing holds the core call and conference tools only (see docs/mcp.md for the numbers);
every other operation of the enabled toolsets stays callable. `invoke_tool` works on every client,
where enabling tools on demand would rely on the client re-listing after `tools/list_changed`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from telnyx_voice_tools import ToolEntry

SEARCH_TOOLS = "search_tools"
INVOKE_TOOL = "invoke_tool"
DEFAULT_LIMIT = 15
MAX_LIMIT = 100
SUMMARY_CHARS = 160

READ_ONLY = {"readOnlyHint": True, "destructiveHint": False, "idempotentHint": True, "openWorldHint": False}


def search_definition(toolsets: Sequence[str]) -> dict[str, Any]:
    return {
        "name": SEARCH_TOOLS,
        "title": "Search tools",
        "description": (
            "Find the tools of this server that tools/list does not show (conference, queue, recording, media, "
            "application and connection operations, and less used call commands) by words of their name or "
            "purpose. Returns names with one-line summaries; `describe_tool` gives a tool's schema and "
            "`invoke_tool` calls it."
        ),
        "inputSchema": {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "Words to look for, e.g. 'conference mute' (empty: all)."},
                "toolset": {"type": "string", "enum": list(toolsets), "description": "Only tools of this group."},
                "limit": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT},
            },
            "additionalProperties": False,
        },
        "annotations": READ_ONLY,
    }


def invoke_definition(*, read_only: bool) -> dict[str, Any]:
    """invoke_tool; read_only: every tool it can reach only reads (`--read-only`), and its hints say so."""
    writes = {"readOnlyHint": False, "destructiveHint": True, "idempotentHint": False, "openWorldHint": True}
    return {
        "name": INVOKE_TOOL,
        "title": "Invoke a tool",
        "description": (
            "Call any tool of this server by name, including those tools/list does not show (find them with "
            "`search_tools`, read their schema with `describe_tool`). `arguments` are checked against the tool's "
            "complete schema exactly as a direct call would be."
        ),
        "inputSchema": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "description": "The tool to call, e.g. conference_mute."},
                "arguments": {"type": "object", "description": "The tool's arguments."},
            },
            "required": ["name"],
            "additionalProperties": False,
        },
        "annotations": {**READ_ONLY, "openWorldHint": True} if read_only else writes,
    }


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _score(entry: ToolEntry, words: Iterable[str]) -> int:
    tool = entry["tool"]
    name, title, description = set(_words(tool["name"])), set(_words(tool["title"])), set(_words(tool["description"]))
    return sum(3 * (w in name) + 2 * (w in title) + (w in description) for w in words)


def _summary(entry: ToolEntry, listed: bool) -> dict[str, Any]:
    tool = entry["tool"]
    text = tool["description"]
    first = text.split(". ", 1)[0]
    return {
        "name": tool["name"],
        "title": tool["title"],
        "toolset": entry["toolset"],
        "summary": (first if len(first) <= SUMMARY_CHARS else first[: SUMMARY_CHARS - 1] + "…"),
        "listed": listed,
        "read_only": tool["annotations"]["readOnlyHint"],
    }


def search(
    entries: Mapping[str, ToolEntry], listed: Iterable[str], arguments: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """The entries that best match `arguments` (query, toolset, limit: as search_definition describes)."""
    shown = set(listed)
    words = _words(arguments.get("query", ""))
    toolset = arguments.get("toolset")
    candidates = [e for e in entries.values() if toolset is None or e["toolset"] == toolset]
    if words:
        scored = [(_score(e, words), i, e) for i, e in enumerate(candidates)]
        candidates = [e for score, _, e in sorted(scored, key=lambda t: (-t[0], t[1])) if score]
    limit = arguments.get("limit", DEFAULT_LIMIT)
    return [_summary(e, e["tool"]["name"] in shown) for e in candidates[:limit]]
