"""The shared sample-value generator: what each style fills in, from small hand-written schemas."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from tests.support.samples import (
    SAMPLE_DATE_TIME,
    SAMPLE_UUID,
    Sampler,
    example_first,
    minimal,
    sample,
    spec_example,
)

COMPONENTS: dict[str, dict[str, Any]] = {
    "Leg": {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string", "format": "uuid"},
            "label": {"type": "string", "example": "agent"},
            "note": {"type": "string"},
        },
    },
    "Tagged": {"type": "string", "example": "from-the-spec"},
    "Trunk": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}},
}


def resolve(node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        node = COMPONENTS[str(node["$ref"]).rsplit("/", 1)[-1]]
    return node


EXAMPLE_FIRST = example_first(resolve)


def test_example_first_takes_the_example_and_fixed_values_for_the_rest() -> None:
    schema = {
        "type": "object",
        "required": ["leg", "count", "ratio", "on", "at", "kind", "legs"],
        "properties": {
            "leg": {"$ref": "#/components/schemas/Leg"},
            "count": {"type": "integer", "minimum": 100},
            "ratio": {"type": ["number", "null"]},
            "on": {"type": "boolean"},
            "at": {"type": "string", "format": "date-time"},
            "kind": {"enum": ["b", "a"]},
            "legs": {
                "type": "array",
                "items": {"oneOf": [{"$ref": "#/components/schemas/Tagged"}, {"type": "integer"}]},
            },
            "optional_with_example": {"$ref": "#/components/schemas/Tagged"},
            "optional": {"type": "string"},
        },
    }
    assert sample(schema, EXAMPLE_FIRST) == {
        "leg": {"id": SAMPLE_UUID, "label": "agent"},
        "count": 7,
        "ratio": 1.5,
        "on": True,
        "at": SAMPLE_DATE_TIME,
        "kind": "b",
        "legs": ["from-the-spec"],
        "optional_with_example": "from-the-spec",
    }


def test_example_first_full_gives_every_property_and_merges_all_of() -> None:
    schema = {"allOf": [{"$ref": "#/components/schemas/Leg"}, {"properties": {"extra": {"type": "integer"}}}]}
    assert sample(schema, EXAMPLE_FIRST, full=True) == {
        "id": SAMPLE_UUID,
        "label": "agent",
        "note": "sample-text",
        "extra": 7,
    }


def test_objects_deeper_than_the_limit_are_empty() -> None:
    nested: dict[str, Any] = {"type": "object", "required": ["next"], "properties": {"next": {"type": "object"}}}
    for _ in range(3):
        nested = {"type": "object", "required": ["next"], "properties": {"next": nested}}
    assert sample(nested, example_first(resolve, max_depth=1)) == {"next": {"next": {}}}


def test_minimal_ignores_examples_takes_minimums_and_overrides_by_name() -> None:
    style = minimal({"to": lambda: "+15550001111"})
    schema = {
        "type": "object",
        "required": ["to", "count", "weight", "on", "name", "const", "tags", "unlisted"],
        "properties": {
            "to": {"type": "string", "example": "ignored"},
            "count": {"type": "integer", "minimum": 3},
            "weight": {"type": "number"},
            "on": {"type": "boolean"},
            "name": {"type": "string", "example": "ignored"},
            "const": {"const": "fixed"},
            "tags": {"type": "array", "minItems": 2, "items": {"type": "integer"}},
            "optional": {"type": "string"},
        },
    }
    assert sample(schema, style) == {
        "to": "+15550001111",
        "count": 3,
        "weight": 1.0,
        "on": False,
        "name": "sandbox",
        "const": "fixed",
        "tags": [1, 1],
        "unlisted": "sandbox",
    }


def test_minimal_gives_a_fresh_uuid_each_time() -> None:
    style = minimal({})
    first, second = (sample({"type": "string", "format": "uuid"}, style) for _ in range(2))
    assert first != second and len(first) == 36


def test_a_ref_without_a_resolver_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match=r"a \$ref \(#/components/schemas/Leg\) in a schema sampled without a spec"):
        sample({"$ref": "#/components/schemas/Leg"}, minimal({}))


def test_spec_example_assembles_an_object_from_its_properties_examples_only_if_they_cover_the_required() -> None:
    covered = {"type": "object", "required": ["label"], "properties": COMPONENTS["Leg"]["properties"]}
    assert spec_example(covered, resolve) == {"label": "agent"}
    assert spec_example({"$ref": "#/components/schemas/Leg"}, resolve) is None  # `id` has no example
    assert spec_example({"$ref": "#/components/schemas/Tagged"}, resolve) == "from-the-spec"


def test_sampler_takes_the_chosen_union_member_tags_it_and_records_the_union() -> None:
    union = {
        "oneOf": [{"$ref": "#/components/schemas/Leg"}, {"$ref": "#/components/schemas/Trunk"}],
        "discriminator": {
            "propertyName": "kind",
            "mapping": {"leg": "#/components/schemas/Leg", "trunk": "#/components/schemas/Trunk"},
        },
    }
    sampler = Sampler(resolve, rich=False, choices={("route",): 1})
    assert sampler.value(union, ("route",)) == {"kind": "trunk"}
    assert sampler.sites == {("route",): 2}
    assert Sampler(resolve, rich=True).value(union, ("route",)) == {
        "id": SAMPLE_UUID,
        "label": "agent",
        "note": "contract-sample",
    }
