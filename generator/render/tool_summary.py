"""Summarize a tool's full input schema for the default `tools/list`, keeping it a superset of the full one."""

from __future__ import annotations

import html
import re
from typing import Any

from ..describe import first_sentence
from .json_schema import UNION_KEYWORDS

# Dropping these only widens what a schema accepts, so the summary stays a superset of the full schema.
SUMMARY_DROPPED = frozenset({"examples", "title", "allOf"})


# A union member is labelled by the required fields it pins to at most this many values (its tag).
MAX_TAG_VALUES = 3


# What the items of a summarized array of scalars keep.
LEAF_KEYWORDS = ("type", "enum", "const", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")


def _one_line(text: Any) -> str:
    """A description as one plain sentence: HTML code tags as backticks, entities decoded."""
    if not isinstance(text, str):
        return ""
    text = re.sub(r"</?code>", "`", text)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return first_sentence(" ".join(text.split()))


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


def is_structured(schema: dict[str, Any]) -> bool:
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return bool({"object", "array"} & set(kinds)) or "properties" in schema


def _items_summary(items: dict[str, Any], union_key: str | None) -> dict[str, Any]:
    """What a collapsed array keeps of its items: a scalar's leaf keywords, else the items' one type.

    An array always keeps `items`: OpenAI rejects a whole request in which any tool has an array
    without them. Items whose kinds differ keep no type, which still accepts every item.
    """
    if not is_structured(items) and not union_key:
        return {k: items[k] for k in LEAF_KEYWORDS if k in items}
    members = [m for m in items[union_key] if isinstance(m, dict)] if union_key else [items]
    kinds = {m.get("type", "object" if "properties" in m else None) for m in members}
    return {"type": kinds.pop()} if len(kinds) == 1 and None not in kinds else {}


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
        if level > self.depth and (is_structured(schema) or union_key):
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
            arrays = [m.get("items") for m in members if m.get("type") == "array"]
            if arrays:
                items = arrays[0] if len(arrays) == 1 and isinstance(arrays[0], dict) else {}
                summary["items"] = _items_summary(items, _union_key(items))
        elif schema.get("type") == "array":
            items = schema["items"] if isinstance(schema.get("items"), dict) else {}
            items_union = _union_key(items)
            if items_union:
                parts.append("Items, one of: " + "; ".join(_variant_label(m) for m in items[items_union]) + ".")
            elif _names(items):
                parts.append(f"Items: objects with {', '.join(_names(items))}.")
            summary = {"type": "array", "items": _items_summary(items, items_union)}
        else:
            fields = _names(schema)
            if _tags(schema):
                parts.append(f"{_tags(schema)}.")
            if fields:
                parts.append(f"Fields: {', '.join(fields)}.")
            summary = {"type": schema.get("type", "object")}
        text = " ".join(p for p in parts if p)
        return {**summary, "description": text} if text else summary
