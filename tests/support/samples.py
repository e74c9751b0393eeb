"""Sample JSON values built from JSON Schemas: one walk over a schema, and styles for what it fills in.

The walk takes, in order: an override for the property's name, the schema's example, the target of a
`$ref`, the first enum value, the const, the first member of a union, the merge of an `allOf`, and
otherwise a value of the schema's type. A `SampleStyle` decides which of these apply and what the
leaves are: the client style (`example_first`) prefers the spec's examples and fixed values, so a test
can predict them; the sandbox style (`minimal`) sends only required properties with the smallest valid
values, and its own values for the fields the sandbox reads (phone numbers, states). `spec_example`
makes nothing up: it is the spec's own example, assembled from the properties' examples if need be
(the MCP tests send exactly what the spec documents).

The contract suite's `Sampler` (tests/support/contract.py) shares the fixed values but walks
unions member by member; it keeps its own walk, which records the union sites it meets.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

SAMPLE_UUID = "5f0a6b3c-2d1e-4f7a-9b8c-0d1e2f3a4b5c"
SAMPLE_DATE_TIME = "2024-05-06T07:08:09Z"

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


def _type_of(schema: Mapping[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        return next((k for k in kind if k != "null"), None)
    return kind if isinstance(kind, str) else None


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
    kind = _type_of(schema)
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
