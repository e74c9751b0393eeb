"""Client profiles: the listed input schemas shaped to what each model provider accepts.

The generated summary schemas already pass Anthropic's `input_schema` rules and OpenAI's non-strict
function parameters (an object at the top, no top-level combinator, no `$ref`, every array with
`items`), so `claude`, `cursor` and `openai` list them as they are. Two providers take less:

- `openai-strict` (https://platform.openai.com/docs/guides/structured-outputs#supported-schemas):
  every object closed (`additionalProperties: false`) with all its properties required, so an
  optional property becomes nullable and the server drops the nulls the model sends for them; only
  a subset of keywords (no `default`, `minLength`, `maxLength`).
- `gemini` (https://ai.google.dev/api/caching#Schema, an OpenAPI 3.0 subset): one `type` per schema
  (`nullable` for null), no `additionalProperties`, no `const`, `enum` on strings only, `format`
  only `date-time` / `int32` / `int64` / `float` / `double`, objects with properties.

Neither can describe an object whose fields the summary left out, so both list it as a string
holding the object's JSON, and the server decodes it before validating. Validation is always against
the full schema: a profile only changes what is listed.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

ClientProfile = Literal["claude", "openai", "openai-strict", "gemini", "cursor"]
PROFILES: tuple[str, ...] = get_args(ClientProfile)

# `initialize` clientInfo.name of clients known to talk to one provider only (lower case, prefixes).
KNOWN_CLIENTS: tuple[tuple[str, ClientProfile], ...] = (
    ("claude-code", "claude"),
    ("claude-ai", "claude"),
    ("claude desktop", "claude"),
    ("cursor", "cursor"),
    ("gemini-cli", "gemini"),
    ("codex", "openai"),
    ("openai-mcp", "openai"),
)

STRICT_KEYWORDS = frozenset(
    {
        *("type", "description", "properties", "required", "additionalProperties", "items", "enum", "const"),
        *("anyOf", "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"),
        *("multipleOf", "minItems", "maxItems"),
    }
)
GEMINI_KEYWORDS = frozenset(
    {
        *("type", "format", "description", "nullable", "enum", "properties", "required", "items"),
        *("minItems", "maxItems", "minimum", "maximum", "minLength", "maxLength", "pattern", "anyOf"),
    }
)
GEMINI_FORMATS = frozenset({"date-time", "int32", "int64", "float", "double"})
JSON_STRING_NOTE = "A JSON-encoded object (send the object's JSON as a string)."

Path = tuple[str, ...]
"""Where a value sits in the arguments: property names, `*` for any item of an array."""


def detect(client_name: str | None) -> ClientProfile | None:
    """The profile a client's `initialize` name implies, or None when the name says nothing certain."""
    name = (client_name or "").strip().lower()
    return next((profile for prefix, profile in KNOWN_CLIENTS if name.startswith(prefix)), None)


def _is_free_object(schema: Mapping[str, Any]) -> bool:
    return schema.get("type") == "object" and not schema.get("properties")


def _as_json_string(schema: Mapping[str, Any]) -> dict[str, Any]:
    description = " ".join(p for p in (schema.get("description", ""), JSON_STRING_NOTE) if p)
    return {"type": "string", "description": description}


@dataclass
class Shaped:
    """A schema shaped for a profile, and the argument paths the server must JSON-decode back."""

    schema: dict[str, Any]
    json_paths: set[Path] = field(default_factory=set)


class _Shaper:
    def __init__(self, profile: ClientProfile) -> None:
        self.profile = profile
        self.json_paths: set[Path] = set()

    def node(self, schema: Any, path: Path, optional: bool) -> Any:
        if not isinstance(schema, dict):
            return schema
        if _is_free_object(schema) and path:
            self.json_paths.add(path)
            schema = _as_json_string(schema)
        out = self.gemini(schema) if self.profile == "gemini" else self.strict(schema)
        if "properties" in out:
            required = set(schema.get("required", ()))
            out["properties"] = {
                name: self.node(item, (*path, name), name not in required) for name, item in out["properties"].items()
            }
        if isinstance(out.get("items"), dict):
            out["items"] = self.node(out["items"], (*path, "*"), False)
        if "anyOf" in out:
            out["anyOf"] = [self.node(member, path, False) for member in out["anyOf"]]
        if self.profile == "openai-strict":
            out = _strict_object(out, optional and bool(path))
        return out

    def strict(self, schema: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in schema.items() if k in STRICT_KEYWORDS}

    def gemini(self, schema: dict[str, Any]) -> dict[str, Any]:
        out = {k: copy.deepcopy(v) for k, v in schema.items() if k in GEMINI_KEYWORDS}
        if "const" in schema:
            out["enum"] = [schema["const"]]
        kinds = schema.get("type")
        if isinstance(kinds, list):
            others = [k for k in kinds if k != "null"]
            out["nullable"] = "null" in kinds
            if len(others) == 1:
                out["type"] = others[0]
            else:
                del out["type"]
                items = out.pop("items", {})
                out["anyOf"] = [{"type": k, "items": items} if k == "array" else {"type": k} for k in others]
        if "enum" in out and out.get("type") != "string":
            values = ", ".join(json.dumps(v) for v in out.pop("enum"))
            out["description"] = f"{out.get('description', '')} One of: {values}.".strip()
        if out.get("format") not in GEMINI_FORMATS:
            out.pop("format", None)
        return out


def _strict_object(schema: dict[str, Any], nullable: bool) -> dict[str, Any]:
    """Close an object with every property required; make an optional value accept null."""
    if "properties" in schema:
        schema["additionalProperties"] = False
        schema["required"] = list(schema["properties"])
    if not nullable:
        return schema
    if "anyOf" in schema:
        return {**schema, "anyOf": [*schema["anyOf"], {"type": "null"}]}
    kinds = schema.get("type")
    if isinstance(kinds, str):
        schema["type"] = [kinds, "null"]
    elif isinstance(kinds, list) and "null" not in kinds:
        schema["type"] = [*kinds, "null"]
    if "enum" in schema and None not in schema["enum"]:
        schema["enum"] = [*schema["enum"], None]
    return schema


def shape(schema: Mapping[str, Any], profile: ClientProfile | None) -> Shaped:
    """schema (a tool's listed input schema) as profile lists it; no profile or a rich one: unchanged."""
    if profile not in ("openai-strict", "gemini"):
        return Shaped(dict(schema))
    shaper = _Shaper(profile)
    shaped: dict[str, Any] = shaper.node(copy.deepcopy(dict(schema)), (), False)
    return Shaped(shaped, shaper.json_paths)


def _decode_at(value: Any, path: Path) -> Any:
    if not path:
        if isinstance(value, str):
            try:
                return json.loads(value)
            except (ValueError, RecursionError):
                return value  # validation then reports the string where an object belongs
        return value
    head, rest = path[0], path[1:]
    if head == "*" and isinstance(value, list):
        return [_decode_at(item, rest) for item in value]
    if isinstance(value, dict) and head in value:
        return {**value, head: _decode_at(value[head], rest)}
    return value


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(item) for item in value]
    return value


def restore(arguments: Mapping[str, Any], shaped: Shaped, profile: ClientProfile | None) -> dict[str, Any]:
    """Arguments sent against a shaped schema, put back into the form the full schema checks.

    JSON strings where the profile listed an object are decoded; with `openai-strict`, the nulls
    that stand for "not given" are dropped.
    """
    restored: Any = dict(arguments)
    for path in sorted(shaped.json_paths, key=len):
        restored = _decode_at(restored, path)
    if profile == "openai-strict":
        restored = _without_nulls(restored)
    result: dict[str, Any] = restored
    return result
