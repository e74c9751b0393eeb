"""What each model provider documents about tool definitions, as checks: a listed tool's problems per provider.

Each rule cites where the provider states it. The checks are deliberately small: they catch the
mistakes that make a provider reject a whole request (one bad tool fails every tool), not every
nuance of each dialect.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

# https://docs.anthropic.com/en/docs/agents-and-tools/tool-use/implement-tool-use#specifying-client-tools
# (name ^[a-zA-Z0-9_-]{1,64}$; input_schema a JSON Schema object). Top-level oneOf/anyOf/allOf: the
# Messages API answers "input_schema does not support oneOf, allOf, or anyOf at the top level".
# https://platform.openai.com/docs/guides/function-calling (name [a-zA-Z0-9_-], at most 64).
# https://ai.google.dev/api/caching#FunctionDeclaration (name starts with a letter or _, at most 64).
TOOL_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
GEMINI_NAME = re.compile(r"^[a-zA-Z_][a-zA-Z0-9_.:-]{0,63}$")
TOP_LEVEL_COMBINATORS = ("oneOf", "anyOf", "allOf", "not", "enum")
# https://platform.openai.com/docs/guides/structured-outputs#supported-schemas
STRICT_KEYWORDS = frozenset(
    {
        *("type", "description", "properties", "required", "additionalProperties", "items", "enum", "const"),
        *("anyOf", "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"),
        *("multipleOf", "minItems", "maxItems", "$defs", "$ref"),
    }
)
STRICT_MAX_DEPTH = 10
STRICT_MAX_PROPERTIES = 5000
# https://ai.google.dev/api/caching#Schema (the fields of Schema; Type is one value; formats listed there).
GEMINI_KEYWORDS = frozenset(
    {
        *("type", "format", "title", "description", "nullable", "enum", "maxItems", "minItems", "properties"),
        *("required", "minProperties", "maxProperties", "minLength", "maxLength", "pattern", "example"),
        *("anyOf", "propertyOrdering", "default", "items", "minimum", "maximum"),
    }
)
GEMINI_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object"})
GEMINI_FORMATS = frozenset({"date-time", "enum", "int32", "int64", "float", "double"})
# Cursor drops a tool whose server name plus tool name is over 60 characters (see ../shared/NOTES.md).
CURSOR_MAX_NAME = 60

Schema = Mapping[str, Any]


def subschemas(schema: Schema, path: str = "") -> Iterator[tuple[str, Schema, int]]:
    """Every schema object inside schema (itself included), with its path and object nesting depth."""
    stack: list[tuple[str, Any, int]] = [(path or "$", schema, 1)]
    while stack:
        where, node, depth = stack.pop()
        if not isinstance(node, Mapping):
            continue
        yield where, node, depth
        for name, child in (node.get("properties") or {}).items():
            stack.append((f"{where}.{name}", child, depth + 1))
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), Mapping):
                stack.append((f"{where}/{key}", node[key], depth))
        for key in ("anyOf", "oneOf", "allOf"):
            for i, member in enumerate(node.get(key) or ()):
                stack.append((f"{where}/{key}[{i}]", member, depth))


def _common(tool: Schema) -> Iterator[str]:
    schema = tool["inputSchema"]
    if not TOOL_NAME.match(tool["name"]):
        yield f"name {tool['name']!r} is not ^[a-zA-Z0-9_-]{{1,64}}$"
    if schema.get("type") != "object":
        yield "input schema is not type object"
    for key in TOP_LEVEL_COMBINATORS:
        if key in schema:
            yield f"top-level {key}"
    for where, node, _ in subschemas(schema):
        if "$ref" in node or "$defs" in node:
            yield f"{where}: $ref/$defs"
        kinds = node.get("type")
        if (kinds == "array" or (isinstance(kinds, list) and "array" in kinds)) and "items" not in node:
            yield f"{where}: array without items"


def anthropic(tool: Schema) -> list[str]:
    """Anthropic Messages API `tools[].input_schema` rules."""
    return list(_common(tool))


def openai(tool: Schema) -> list[str]:
    """OpenAI function parameters, non-strict: the common rules (an `array` needs `items`)."""
    return list(_common(tool))


def openai_strict(tool: Schema) -> list[str]:
    """OpenAI structured outputs (`strict: true`): closed objects, all properties required, few keywords."""
    found = list(_common(tool))
    nodes = list(subschemas(tool["inputSchema"]))
    for where, node, depth in nodes:
        extra = set(node) - STRICT_KEYWORDS
        if extra:
            found.append(f"{where}: keywords not supported in strict mode: {sorted(extra)}")
        if node.get("type") == "object" or "properties" in node:
            if node.get("additionalProperties") is not False:
                found.append(f"{where}: object without additionalProperties: false")
            if set(node.get("required", ())) != set(node.get("properties") or {}):
                found.append(f"{where}: not every property is required")
        if depth > STRICT_MAX_DEPTH:
            found.append(f"{where}: nested deeper than {STRICT_MAX_DEPTH} levels")
    if sum(len(node.get("properties") or {}) for _, node, _ in nodes) > STRICT_MAX_PROPERTIES:
        found.append(f"more than {STRICT_MAX_PROPERTIES} properties")
    return found


def gemini(tool: Schema) -> list[str]:
    """Gemini `FunctionDeclaration.parameters`: the OpenAPI 3.0 Schema subset."""
    found = [f"name {tool['name']!r} does not fit Gemini's names"] if not GEMINI_NAME.match(tool["name"]) else []
    for where, node, _ in subschemas(tool["inputSchema"]):
        extra = set(node) - GEMINI_KEYWORDS
        if extra:
            found.append(f"{where}: fields Gemini's Schema does not have: {sorted(extra)}")
        kinds = node.get("type")
        if kinds is not None and kinds not in GEMINI_TYPES:
            found.append(f"{where}: type {kinds!r} is not one Gemini type")
        if kinds is None and "anyOf" not in node:
            found.append(f"{where}: no type")
        if "enum" in node and kinds != "string":
            found.append(f"{where}: enum on a {kinds} (Gemini enums are strings)")
        if "format" in node and node["format"] not in GEMINI_FORMATS:
            found.append(f"{where}: format {node['format']!r} is not supported")
        if kinds == "object" and where != "$" and not node.get("properties"):
            found.append(f"{where}: object without properties")
        if kinds == "array" and "items" not in node:
            found.append(f"{where}: array without items")
    return found


def cursor(tool: Schema, server_name: str) -> list[str]:
    """Cursor: the common rules, and server plus tool name within 60 characters."""
    found = list(_common(tool))
    if len(server_name) + 1 + len(tool["name"]) > CURSOR_MAX_NAME:
        found.append(f"{server_name}_{tool['name']} is over {CURSOR_MAX_NAME} characters")
    return found


CHECKERS: dict[str, Callable[[Schema], list[str]]] = {
    "claude": anthropic,
    "openai": openai,
    "openai-strict": openai_strict,
    "gemini": gemini,
}
