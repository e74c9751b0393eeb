"""Sample JSON values built from JSON Schemas, for every suite that sends or answers with made-up data.

`sample` walks a schema once, taking in order: an override for the property's name, the schema's
example, the target of a `$ref`, the first enum value, the const, the first member of a union, the
merge of an `allOf`, and otherwise a value of the schema's type. A `SampleStyle` decides which of
these apply and what the leaves are: the client style (`example_first`) prefers the spec's examples
and fixed values, so a test can predict them; the sandbox style (`minimal`) sends only required
properties with the smallest valid values, and its own values for the fields the sandbox reads
(phone numbers, states). `spec_example` makes nothing up: it is the spec's own example, assembled
from the properties' examples if need be (the MCP tests send exactly what the spec documents).

`Sampler` is the contract tests' walk: values Prism accepts (formats, patterns, bounds, discriminator
tags), a chosen member at each union, and a record of the unions and objects it met, so a test can
ask for every member in turn or misspell a key.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

SAMPLE_UUID = "5f0a6b3c-2d1e-4f7a-9b8c-0d1e2f3a4b5c"
SAMPLE_DATE_TIME = "2024-05-06T07:08:09Z"

Path_ = tuple[str, ...]  # where a value sits in a request: field names, "[]" for array items, "{}" for map values
# A schema with every `$ref` followed (the schema itself when it has none).
Resolve = Callable[[Mapping[str, Any]], Mapping[str, Any]]


def _no_refs(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    if "$ref" in schema:
        raise ValueError(f"a $ref ({schema['$ref']}) in a schema sampled without a spec to resolve it in")
    return schema


def fixed_leaf(kind: str | None, schema: Mapping[str, Any]) -> Any:
    """The same value every time for a scalar type: 7, 1.5, True, a fixed UUID or date-time, or text."""
    if kind == "integer":
        return 7
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if schema.get("format") == "uuid":
        return SAMPLE_UUID
    if schema.get("format") == "date-time":
        return SAMPLE_DATE_TIME
    return "sample-text"


def minimal_leaf(kind: str | None, schema: Mapping[str, Any]) -> Any:
    """The smallest valid value for a scalar type (at least 1 for numbers), False, a fresh UUID, or text."""
    if kind == "integer":
        return max(int(schema.get("minimum", 1)), 1)
    if kind == "number":
        return max(float(schema.get("minimum", 1)), 1.0)
    if kind == "boolean":
        return False
    return str(uuid.uuid4()) if schema.get("format") == "uuid" else "sandbox"


@dataclass(frozen=True)
class SampleStyle:
    """How `sample` fills in a schema.

    `optional` is which optional object properties get a value: "none", or "with_example" (those whose
    schema has an example); `sample(..., full=True)` gives every property. Objects deeper than `max_depth` are `{}` (None: no limit).
    `array_length` is how many items an array gets; `leaf` builds a scalar from its type.
    """

    use_examples: bool
    optional: Literal["none", "with_example"]
    max_depth: int | None
    leaf: Callable[[str | None, Mapping[str, Any]], Any]
    array_length: Callable[[Mapping[str, Any]], int]
    resolve: Resolve = _no_refs
    overrides: Mapping[str, Callable[[], Any]] = field(default_factory=dict)


def _one_item(schema: Mapping[str, Any]) -> int:
    return 1


def _min_items(schema: Mapping[str, Any]) -> int:
    return int(schema.get("minItems", 0))


def example_first(resolve: Resolve, *, max_depth: int = 4) -> SampleStyle:
    """The spec's examples where it has them, fixed values elsewhere; objects get their required
    properties and those with an example (`sample(..., full=True)`: every property)."""
    return SampleStyle(
        use_examples=True,
        optional="with_example",
        max_depth=max_depth,
        leaf=fixed_leaf,
        array_length=_one_item,
        resolve=resolve,
    )


def minimal(overrides: Mapping[str, Callable[[], Any]]) -> SampleStyle:
    """No examples: required properties only, the smallest valid values, `overrides` by property name."""
    return SampleStyle(
        use_examples=False,
        optional="none",
        max_depth=None,
        leaf=minimal_leaf,
        array_length=_min_items,
        overrides=overrides,
    )


def sample(schema: Mapping[str, Any], style: SampleStyle, *, name: str = "", full: bool = False, depth: int = 0) -> Any:
    """A JSON value for schema, in style; name is the property it is for (for the style's overrides).

    full gives objects every property, whatever the style's `optional`.
    """
    if name in style.overrides:
        return style.overrides[name]()
    if style.use_examples and "example" in schema:
        return copy.deepcopy(schema["example"])
    if "$ref" in schema:
        return sample(style.resolve(schema), style, name=name, full=full, depth=depth)
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return copy.deepcopy(schema["const"])
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return sample(schema[key][0], style, name=name, full=full, depth=depth)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(sample(part, style, name=name, full=full, depth=depth))
        return merged
    kind = _non_null(schema.get("type"))
    if kind == "object" or "properties" in schema:
        return _object(schema, style, full=full, depth=depth)
    if kind == "array":
        items = schema.get("items", {})
        count = style.array_length(schema)
        return [sample(items, style, name=name, full=full, depth=depth + 1) for _ in range(count)]
    return style.leaf(kind, schema)


def _wanted(name: str, prop: Mapping[str, Any], schema: Mapping[str, Any], style: SampleStyle, full: bool) -> bool:
    if full or name in schema.get("required", ()):
        return True
    return style.optional == "with_example" and ("example" in prop or "example" in style.resolve(prop))


def _object(schema: Mapping[str, Any], style: SampleStyle, *, full: bool, depth: int) -> dict[str, Any]:
    if style.max_depth is not None and depth > style.max_depth:
        return {}
    properties: Mapping[str, Any] = schema.get("properties", {})
    if style.optional == "none" and not full:
        # required names the schema does not list still get a value (a string, from the empty schema)
        return {
            key: sample(properties.get(key, {}), style, name=key, depth=depth + 1) for key in schema.get("required", ())
        }
    return {
        key: sample(prop, style, name=key, full=full, depth=depth + 1)
        for key, prop in properties.items()
        if _wanted(key, prop, schema, style, full)
    }


def spec_example(schema: Mapping[str, Any], resolve: Resolve) -> Any:
    """The spec's own example for schema, nothing made up: schema's example; for an object without one,
    its properties' examples if they cover its required properties; else None."""
    resolved = resolve(schema)
    if "example" in resolved:
        return resolved["example"]
    built = {name: spec_example(prop, resolve) for name, prop in resolved.get("properties", {}).items()}
    built = {name: value for name, value in built.items() if value is not None}
    return built if built and set(resolved.get("required", ())) <= set(built) else None


STRING_BY_FORMAT = {
    "uuid": SAMPLE_UUID,
    "date-time": SAMPLE_DATE_TIME,
    "date": "2024-05-06",
    "time": "07:08:09Z",
    "uri": "https://example.com/contract",
    "url": "https://example.com/contract",
    "email": "contract@example.com",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
}
STRING_BY_PATTERN = {"^wss?://": "wss://example.com/contract"}
MAX_DEPTH = 8


def properties_of(schema: Mapping[str, Any], resolve: Resolve, seen: frozenset[str] = frozenset()) -> set[str]:
    """Every property name schema can define, through refs, allOf and the members of its unions."""
    if "$ref" in schema:
        ref = str(schema["$ref"])
        return set() if ref in seen else properties_of(resolve(schema), resolve, seen | {ref})
    names = set(schema.get("properties", {}))
    for key in ("allOf", "oneOf", "anyOf"):
        for member in schema.get(key, ()):
            names |= properties_of(member, resolve, seen)
    return names


def _non_null(kind: Any) -> Any:
    """The type of a schema, without "null" (None when it is only null)."""
    if isinstance(kind, list):
        return next((k for k in kind if k != "null"), None)
    return None if kind == "null" else kind


def _clip(value: float, schema: Mapping[str, Any]) -> float:
    low, high = schema.get("minimum"), schema.get("maximum")
    if isinstance(low, (int, float)) and value < low:
        value = low
    if isinstance(high, (int, float)) and value > high:
        value = high
    return value


@dataclass
class Sampler:
    """Builds request values from schemas: the spec's examples where it has them, typed values elsewhere.

    `rich` fills in every property of every object (to MAX_DEPTH); otherwise objects get their required
    properties, the first of their `x-required-one-of` groups and their union's discriminator. At each
    union the member `choices[path]` is taken (default 0); `sites` records every union met, by path,
    with its number of members, so a caller can ask for each member in turn (`union_variants`).
    """

    resolve: Resolve
    rich: bool
    choices: Mapping[Path_, int] = field(default_factory=dict)
    sites: dict[Path_, int] = field(default_factory=dict)
    # objects whose schema lists their properties, by path: the optional, non-tag keys they were given
    objects: dict[Path_, list[str]] = field(default_factory=dict)

    def value(self, schema: Mapping[str, Any], path: Path_ = (), depth: int = 0) -> Any:
        if "$ref" in schema:
            return self.value(self.resolve(schema), path, depth)
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        if "enum" in schema:
            return next(v for v in schema["enum"] if v is not None)
        members = [m for key in ("oneOf", "anyOf") for m in schema.get(key, ()) if not self._only_required(m)]
        members = [m for m in members if _non_null(self.resolve(m).get("type", "object")) is not None]
        if members:
            return self._union(schema, members, path, depth)
        if schema.get("allOf"):
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                merged.update(self.value(part, path, depth))
            return merged
        kind = _non_null(schema.get("type"))
        if kind == "object" or "properties" in schema or "additionalProperties" in schema:
            return self._object(schema, path, depth)
        if kind == "array" and self.rich and self._structured(schema.get("items", {})):
            pass  # build the items, which the example fills in less
        elif "example" in schema and schema["example"] is not None:
            return copy.deepcopy(schema["example"])
        if kind == "array":
            items = schema.get("items", {})
            count = max(1, int(schema.get("minItems", 1)))
            return [self.value(items, (*path, "[]"), depth + 1) for _ in range(count)]
        if kind == "integer":
            return int(_clip(7, schema))
        if kind == "number":
            return _clip(1.5, schema)
        if kind == "boolean":
            return True
        return self._string(schema, path)

    def _structured(self, schema: Mapping[str, Any]) -> bool:
        resolved = self.resolve(schema)
        return "properties" in resolved or "oneOf" in resolved or "anyOf" in resolved or "allOf" in resolved

    def _is_union(self, schema: Mapping[str, Any]) -> bool:
        resolved = self.resolve(schema)
        return bool(resolved.get("oneOf") or resolved.get("anyOf"))

    @staticmethod
    def _only_required(member: Mapping[str, Any]) -> bool:
        return set(member) == {"required"}

    def _string(self, schema: Mapping[str, Any], path: Path_) -> str:
        text = STRING_BY_FORMAT.get(str(schema.get("format")))
        pattern = schema.get("pattern")
        if pattern is not None:
            text = STRING_BY_PATTERN.get(str(pattern))
            if text is None:
                raise ValueError(f"{'.'.join(path)}: no example, and no sample for pattern {pattern!r}")
        if text is None:
            text = "contract-sample"
        low, high = schema.get("minLength"), schema.get("maxLength")
        if isinstance(low, int) and len(text) < low:
            text = text.ljust(low, "x")
        if isinstance(high, int) and len(text) > high:
            text = text[:high]
        return text

    def _union(self, schema: Mapping[str, Any], members: list[Any], path: Path_, depth: int) -> Any:
        self.sites.setdefault(path, len(members))
        choice = self.choices.get(path, 0)
        member = members[choice]
        # a union directly inside a member (Deepgram's nova-2 | nova-3) is a site of its own
        built = self.value(member, (*path, f"#{choice}") if self._is_union(member) else path, depth)
        discriminator = schema.get("discriminator")
        if isinstance(built, dict) and isinstance(discriminator, Mapping) and "$ref" in member:
            prop = discriminator["propertyName"]
            tags = [tag for tag, ref in discriminator.get("mapping", {}).items() if ref == member["$ref"]]
            if tags and (prop in built or prop in properties_of(member, self.resolve)):
                built[prop] = tags[0]
        own = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf", "discriminator")}
        if isinstance(built, dict) and "properties" in own:
            return {**self._object(own, path, depth), **built}
        return built

    def _object(self, schema: Mapping[str, Any], path: Path_, depth: int) -> dict[str, Any]:
        properties: Mapping[str, Any] = schema.get("properties", {})
        example = schema.get("example") if isinstance(schema.get("example"), dict) else None
        if not properties:
            extra = schema.get("additionalProperties")
            if isinstance(extra, Mapping) and extra:
                if example is not None:
                    return copy.deepcopy(example)
                return {"contract_key": self.value(extra, (*path, "{}"), depth + 1)}
            return copy.deepcopy(example) if example is not None else {"contract_key": "contract-value"}
        wanted = set(schema.get("required", ()))
        groups = schema.get("x-required-one-of") or [
            alt["required"] for alt in schema.get("anyOf", ()) if self._only_required(alt)
        ]
        if groups:
            wanted |= set(groups[0])
        if self.rich and depth < MAX_DEPTH:
            wanted = set(properties)
        result: dict[str, Any] = {}
        for name, prop in properties.items():
            if name not in wanted:
                continue
            resolved = self.resolve(prop)
            scalar = _non_null(resolved.get("type")) not in ("object", "array") and "properties" not in resolved
            if scalar and "example" not in resolved and example is not None and name in example:
                result[name] = copy.deepcopy(example[name])
            else:
                result[name] = self.value(prop, (*path, name), depth + 1)
        if "additionalProperties" not in schema:
            required = set(schema.get("required", ()))
            self.objects[path] = [n for n in result if n not in required and not _is_tag(properties[n], self.resolve)]
        return result


def _is_tag(schema: Mapping[str, Any], resolve: Resolve) -> bool:
    """Whether a property can take one value only (a union's discriminator, typically)."""
    resolved = resolve(schema)
    return "const" in resolved or len(resolved.get("enum", ())) == 1
