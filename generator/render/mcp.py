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
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..describe import OperationSpec, first_sentence
from ..errors import GeneratorError, SpecReferenceError

PACKAGE = "telnyx_voice_tools"
TOOLS_RUNTIME = Path(__file__).resolve().parent.parent / "tools_runtime"
"""Hand-written modules shipped in the package as they are (argument checking and routing)."""
FORMAT_VERSION = 1
META_KEY = "telnyx/operation"
SUMMARY_BUDGET = 120 * 1024
# The server adds its own tools to the generated ones: `describe_tool` (about 1.5 KB with its enum of tool
# names), the event tools and, in sandbox mode, `sandbox_script_digits` (about 4.8 KB together).
RESERVED_BYTES = 6 * 1024
# (levels below an argument that keep their keywords, levels that keep descriptions), richest first.
SUMMARY_LEVELS = ((1, 1), (1, 0), (0, 0), (-1, 0))
TOOL_NAME = re.compile(r"^[a-z0-9_]{1,40}$")

# The annotation policy, on spec data: GETs only read; deleting, hanging up, rejecting and
# overwriting a stored configuration (PATCH) cannot be undone by calling again.
DESTRUCTIVE_METHODS = frozenset({"DELETE", "PATCH"})
DESTRUCTIVE_ACTIONS = frozenset({"hangup", "reject"})
IDEMPOTENT_METHODS = frozenset({"GET", "PUT", "PATCH", "DELETE"})

# JSON Schema keywords whose value is one schema, a list of schemas, or a map of name -> schema.
SCHEMA_KEYWORDS = frozenset({"items", "not", "contains", "if", "then", "else", "additionalProperties"})
SCHEMA_LIST_KEYWORDS = frozenset({"oneOf", "anyOf", "allOf", "prefixItems"})
SCHEMA_MAP_KEYWORDS = frozenset({"properties", "patternProperties"})
UNION_KEYWORDS = ("oneOf", "anyOf")
# OpenAPI-only keywords with no JSON Schema meaning (the discriminator is turned into `enum`s).
DROPPED_KEYWORDS = frozenset({"discriminator", "xml", "externalDocs", "nullable"})
# Dropping these only widens what a schema accepts, so the summary stays a superset of the full schema.
SUMMARY_DROPPED = frozenset({"examples", "title", "allOf"})
# A union member is labelled by the required fields it pins to at most this many values (its tag).
MAX_TAG_VALUES = 3
# What the items of a summarized array of scalars keep.
LEAF_KEYWORDS = ("type", "enum", "const", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")


@dataclass(frozen=True)
class ToolFiles:
    """What `render_tools` produced: the package files and the sizes worth reporting."""

    files: dict[str, str]
    summary_bytes: int
    full_bytes: int


def dumps(value: Any) -> str:
    """Deterministic compact JSON: the listing's bytes only change when the spec does."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _one_line(text: Any) -> str:
    """A description as one plain sentence: HTML code tags as backticks, entities decoded."""
    if not isinstance(text, str):
        return ""
    text = re.sub(r"</?code>", "`", text)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return first_sentence(" ".join(text.split()))


class Inliner:
    """Turns OpenAPI schema nodes into self-contained JSON Schema 2020-12 (the *full* schema)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})

    def _target(self, ref: str) -> tuple[str, dict[str, Any]]:
        parts = ref.split("/")
        if len(parts) != 4 or parts[:3] != ["#", "components", "schemas"] or parts[3] not in self.schemas:
            raise SpecReferenceError(f"cannot inline $ref {ref!r}: not a schema of #/components/schemas")
        return parts[3], self.schemas[parts[3]]

    def convert(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        """node as JSON Schema; stack holds the components being expanded, to stop at a cycle."""
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            name, target = self._target(node["$ref"])
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            if name in stack:
                # A recursive shape cannot be inlined; the cut accepts any value and says what it was.
                return {"description": f"A {name}, the same shape as the enclosing one (recursive).", **siblings}
            return {**self.convert(target, (*stack, name)), **self.convert(siblings, stack)}
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in DROPPED_KEYWORDS or (key.startswith("x-") and key not in ("x-documented-default", "x-closed")):
                continue
            if key == "x-documented-default":
                out["default"] = value
            elif key == "x-closed":
                out["additionalProperties"] = False
            elif key == "example":
                out["examples"] = [value]
            elif key in SCHEMA_MAP_KEYWORDS and isinstance(value, dict):
                out[key] = {name: self.convert(item, stack) for name, item in value.items()}
            elif key in SCHEMA_LIST_KEYWORDS and isinstance(value, list):
                out[key] = [self.convert(item, stack) for item in value]
            elif key in SCHEMA_KEYWORDS and isinstance(value, dict):
                out[key] = self.convert(value, stack)
            else:
                out[key] = value
        if isinstance(node.get("x-required-one-of"), list):
            # Only a nested object can carry this as `anyOf`; the tool's root gets a note and the server checks it.
            out.setdefault("anyOf", [{"required": list(names)} for names in node["x-required-one-of"]])
        discriminator = node.get("discriminator")
        for key in UNION_KEYWORDS:
            if isinstance(discriminator, dict) and isinstance(node.get(key), list):
                out[key] = [
                    _pin(member, discriminator["propertyName"], _mapped_values(discriminator, raw))
                    for raw, member in zip(node[key], out[key], strict=True)
                ]
        return out


def _mapped_values(discriminator: dict[str, Any], member: Any) -> list[str]:
    ref = member.get("$ref") if isinstance(member, dict) else None
    if not isinstance(ref, str):
        return []
    mapping: dict[str, str] = discriminator.get("mapping", {})
    return sorted(value for value, target in mapping.items() if target == ref) or [ref.rsplit("/", 1)[-1]]


def _pin(member: dict[str, Any], prop: str, values: list[str]) -> dict[str, Any]:
    """Make a union member accept only its discriminator values, as OpenAPI's discriminator means.

    Without this, a payload valid for two members fails `oneOf` with "valid under each of", which
    tells the caller nothing; with it, the member's discriminator field says which value it wants.
    """
    if not values:
        return member
    for key in UNION_KEYWORDS:
        if isinstance(member.get(key), list) and "properties" not in member:
            return {**member, key: [_pin(inner, prop, values) for inner in member[key]]}
    properties = member.get("properties")
    if not isinstance(properties, dict):
        return member
    field = properties.get(prop, {})
    pinned = field if "enum" in field or "const" in field else {**field, "enum": values}
    required = list(member.get("required", []))
    return {
        **member,
        "properties": {**properties, prop: pinned},
        "required": required if prop in required else [*required, prop],
    }


def _names(schema: dict[str, Any]) -> list[str]:
    properties = schema.get("properties")
    return list(properties) if isinstance(properties, dict) else []


def _tags(member: dict[str, Any]) -> str:
    """`type=elevenlabs`: the required fields an object pins to one value (or a few), which tell
    the members of a union apart."""
    return " ".join(
        f"{name}={'|'.join(map(str, field['enum']))}"
        for name, field in member.get("properties", {}).items()
        if isinstance(field, dict)
        and name in member.get("required", ())
        and 0 < len(field.get("enum", ())) <= MAX_TAG_VALUES
    )


def _variant_label(member: dict[str, Any]) -> str:
    """`type=elevenlabs {api_key_ref, voice_speed}`: how a summarized union member reads."""
    fields = _names(member)
    union_key = _union_key(member)
    if not fields and union_key:
        return " | ".join(_variant_label(m) for m in member[union_key])
    head = _tags(member) or str(member.get("type", "object"))
    return f"{head} {{{', '.join(fields)}}}" if fields else head


def _union_key(schema: dict[str, Any]) -> str | None:
    """The keyword holding schema's union, if it is one (an `anyOf` of bare `required` lists is not)."""
    for key in UNION_KEYWORDS:
        members = schema.get(key)
        if isinstance(members, list) and not all(isinstance(m, dict) and set(m) == {"required"} for m in members):
            return key
    return None


def _is_structured(schema: dict[str, Any]) -> bool:
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return bool({"object", "array"} & set(kinds)) or "properties" in schema


class Summarizer:
    """Cuts a full schema down for the default listing, keeping it a superset of the full one.

    `depth` is how many levels below the tool's arguments keep their own keywords; anything deeper
    that is an object, array of objects or union becomes `{"type": ...}` plus a description naming
    its fields. A summary only removes constraints (closed objects open up, `oneOf` becomes `anyOf`),
    so every value the full schema accepts, the summary accepts too; the server's validation against
    the full schema catches the rest.
    """

    def __init__(self, depth: int, described: int) -> None:
        self.depth = depth
        self.described = described

    def argument(self, schema: dict[str, Any]) -> dict[str, Any]:
        summary: dict[str, Any] = self._node(schema, 0)
        return summary

    def _node(self, schema: Any, level: int) -> Any:
        if not isinstance(schema, dict):
            return schema
        union_key = _union_key(schema)
        if level > self.depth and (_is_structured(schema) or union_key):
            return self._collapsed(schema, union_key, level)
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key in SUMMARY_DROPPED or (key == "additionalProperties" and not isinstance(value, dict)):
                continue
            if key in ("description", "default") and level > self.described:
                continue
            if key == "description":
                out[key] = _one_line(value)
            elif key == "properties" and isinstance(value, dict):
                out[key] = {name: self._node(item, level + 1) for name, item in value.items()}
            elif key in ("items", "additionalProperties") and isinstance(value, dict):
                out[key] = self._node(value, level + 1)
            elif key == union_key:
                # anyOf, not oneOf: summarized members may overlap, and overlap must not reject a call.
                out["anyOf"] = [self._node(item, level + 1) for item in value]
            elif key not in UNION_KEYWORDS:  # a nested x-required-one-of `anyOf`: the full schema checks it
                out[key] = value
        if out.get("description") == "":
            del out["description"]
        return out

    def _collapsed(self, schema: dict[str, Any], union_key: str | None, level: int) -> dict[str, Any]:
        parts = [_one_line(schema.get("description")) if level <= self.described else ""]
        if union_key:
            members = [m for m in schema[union_key] if isinstance(m, dict)]
            kinds = sorted({str(m.get("type")) for m in members if isinstance(m.get("type"), str)})
            parts.append("One of: " + "; ".join(_variant_label(m) for m in members) + ".")
            summary: dict[str, Any] = {"type": kinds} if len(kinds) > 1 else {"type": kinds[0]} if kinds else {}
        elif schema.get("type") == "array":
            items = schema["items"] if isinstance(schema.get("items"), dict) else {}
            items_union = _union_key(items)
            if items_union:
                parts.append("Items, one of: " + "; ".join(_variant_label(m) for m in items[items_union]) + ".")
            elif _names(items):
                parts.append(f"Items: objects with {', '.join(_names(items))}.")
            summary = {"type": "array"}
            leaf = {k: items[k] for k in LEAF_KEYWORDS if k in items}
            if leaf and not _is_structured(items):
                summary["items"] = leaf
        else:
            fields = _names(schema)
            if _tags(schema):
                parts.append(f"{_tags(schema)}.")
            if fields:
                parts.append(f"Fields: {', '.join(fields)}.")
            summary = {"type": schema.get("type", "object")}
        text = " ".join(p for p in parts if p)
        return {**summary, "description": text} if text else summary


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
    renamed Python name (BridgeCall's body `call_control_id` becomes `call_control_id_to_bridge_with`)."""
    taken = {p.name for p in op.params if p.location != "body"}
    arguments = []
    for param in op.params:
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
    return (_is_structured(schema) or any(_is_structured(m) for m in members)) and not _accepts_string(schema)


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
    return " ".join(parts)


def _required_one_of(op: OperationSpec, spec: dict[str, Any], arguments: tuple[Argument, ...]) -> list[list[str]]:
    if op.body_schema is None:
        return []
    groups = spec["components"]["schemas"][op.body_schema].get("x-required-one-of", [])
    by_wire = {a.wire_name: a.name for a in arguments if a.location == "body"}
    return [[by_wire.get(field, field) for field in group] for group in groups]


@dataclass(frozen=True)
class ToolSource:
    """An operation with its arguments inlined: everything a tools.json entry is made from."""

    op: OperationSpec
    arguments: tuple[Argument, ...]
    required_one_of: list[list[str]]

    @classmethod
    def of(cls, op: OperationSpec, spec: dict[str, Any], inliner: Inliner) -> ToolSource:
        """Raises GeneratorError: the tool name is invalid or two arguments collide."""
        if not TOOL_NAME.match(op.tool_name):
            raise GeneratorError(f"{op.operation_id}: tool name {op.tool_name!r} is not [a-z0-9_]{{1,40}}")
        arguments = tuple(_arguments(op, inliner))
        return cls(op, arguments, _required_one_of(op, spec, arguments))

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
                "annotations": _annotations(op),
                "_meta": {META_KEY: {"operationId": op.operation_id, "method": op.method, "path": op.path}},
            },
            "full_input_schema": _input_schema({a.name: a.full for a in arguments}, required),
            "operation_id": op.operation_id,
            "has_body": op.body_schema is not None,
            "arguments": {a.name: {"in": a.location, "name": a.wire_name} for a in arguments},
            "required_one_of": self.required_one_of,
            "json_arguments": sorted(a.name for a in arguments if _wants_json(a.full)),
        }


def _listing_size(entries: list[dict[str, Any]], key: str | None = None) -> int:
    tools = [{**e["tool"], "inputSchema": e[key]} if key else e["tool"] for e in entries]
    return len(dumps({"tools": tools}).encode())


def _entries(spec: dict[str, Any], operations: tuple[OperationSpec, ...]) -> Iterator[list[dict[str, Any]]]:
    """The entries at each summary level in turn, richest first."""
    inliner = Inliner(spec)
    sources = [ToolSource.of(op, spec, inliner) for op in operations]
    for depth, described in SUMMARY_LEVELS:
        summarizer = Summarizer(depth, described)
        yield [source.entry(summarizer) for source in sources]


LOADER = '''"""The MCP tool definitions of the Telnyx Voice operations, generated from the Telnyx OpenAPI spec.

Generated by the generator (generator/render/mcp.py); do not edit. `load()` reads `tools.json`
once: the `telnyx-voice-mcp` server lists, validates and routes calls from it without touching the
spec, which keeps its start-up as fast as a bare MCP server.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any, Literal, TypedDict

FORMAT_VERSION = {format_version}
META_KEY = "{meta_key}"


# Where one argument goes: `in` is path, query or body; `name` is its wire name.
Route = TypedDict("Route", {{"in": Literal["path", "query", "body"], "name": str}})


class ToolEntry(TypedDict):
    """One tool: `tool` is its tools/list entry (summary `inputSchema`), the rest is for the server."""

    tool: dict[str, Any]
    full_input_schema: dict[str, Any]
    operation_id: str
    has_body: bool
    arguments: dict[str, Route]
    required_one_of: list[list[str]]
    json_arguments: list[str]


class ToolsFile(TypedDict):
    format: int
    tools: list[ToolEntry]


@cache
def load() -> ToolsFile:
    """The parsed tools.json (cached): tools in spec order."""
    data: ToolsFile = json.loads(files(__name__).joinpath("tools.json").read_bytes())
    if data["format"] != FORMAT_VERSION:
        raise RuntimeError(f"tools.json has format {{data['format']}}, this loader reads {{FORMAT_VERSION}}")
    return data
'''


def render_tools(spec: dict[str, Any], operations: tuple[OperationSpec, ...]) -> ToolFiles:
    """The `telnyx_voice_tools` package for a normalized spec and its described operations.

    Raises:
        GeneratorError: a tool name is invalid, two arguments collide, or even the shallowest summary
            is over the 120 KB listing budget.
    """
    entries: list[dict[str, Any]] = []
    for entries in _entries(spec, operations):
        if _listing_size(entries) <= SUMMARY_BUDGET - RESERVED_BYTES:
            break
    else:
        raise GeneratorError(
            f"the summary tools/list is {_listing_size(entries) // 1024} KB, over the "
            f"{SUMMARY_BUDGET // 1024} KB budget even at the shallowest depth"
        )
    files = {
        "__init__.py": LOADER.format(format_version=FORMAT_VERSION, meta_key=META_KEY),
        "tools.json": dumps({"format": FORMAT_VERSION, "tools": entries}) + "\n",
        "py.typed": "",
        **{path.name: path.read_text(encoding="utf-8") for path in sorted(TOOLS_RUNTIME.glob("*.py"))},
    }
    return ToolFiles(
        files=files,
        summary_bytes=_listing_size(entries),
        full_bytes=_listing_size(entries, "full_input_schema"),
    )
