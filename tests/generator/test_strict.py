"""The strict copy of the spec (generator/strict.py): what it closes, and that it closes it correctly.

Correctness is checked with a JSON Schema 2020-12 validator (the dialect the copy declares, and the one
Prism then uses): a request the spec describes still passes, one with a misnamed field fails, at every
kind of nesting, in particular inside unions, where a naive `additionalProperties: false` breaks.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from generator.select import iter_operations, select
from generator.strict import DIALECT, restore_markers, strict_spec

REF = "#/components/schemas/"


def spec_with(schemas: dict[str, Any], body: str, **components: Any) -> dict[str, Any]:
    """A one-operation spec whose request body is schema `body`, and whose response is it too."""
    media = {"application/json": {"schema": {"$ref": REF + body}}}
    operation = {
        "operationId": "Op",
        "requestBody": {"content": media},
        "responses": {"200": {"description": "ok", "content": media}},
    }
    return {
        "openapi": "3.1.0",
        "servers": [{"url": "https://api.example.com/v2"}],
        "paths": {"/things": {"post": operation}},
        "webhooks": {"thing.happened": {}},
        "components": {"schemas": schemas, **components},
    }


def body_schema(strict: dict[str, Any], path: str = "/things", method: str = "post") -> dict[str, Any]:
    schema: dict[str, Any] = strict["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]
    return schema


def validator(strict: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    """A validator of schema, whose `#/components/...` references resolve in strict."""
    return Draft202012Validator({**schema, "components": strict["components"]})


def accepts(strict: dict[str, Any], instance: Any) -> bool:
    return validator(strict, body_schema(strict)).is_valid(instance)


def component(strict: dict[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = strict["components"]["schemas"][name]
    return schema


OBJ = {"type": "object"}


def test_plain_object_and_its_nested_objects_are_closed() -> None:
    schemas = {
        "Body": {**OBJ, "properties": {"a": {"type": "string"}, "inner": {"$ref": REF + "Inner"}}},
        "Inner": {**OBJ, "properties": {"b": {"type": "integer"}}, "required": ["b"]},
    }
    strict = strict_spec(spec_with(schemas, "Body"))
    assert body_schema(strict) == {"$ref": REF + "Body__closed"}
    assert component(strict, "Body__closed")["additionalProperties"] is False
    assert component(strict, "Inner__closed")["additionalProperties"] is False
    assert accepts(strict, {"a": "x", "inner": {"b": 1}})
    assert not accepts(strict, {"a": "x", "inner": {"b": 1, "c": 2}})
    assert not accepts(strict, {"aa": "x"})


def test_arrays_maps_and_inline_objects_close_what_they_hold() -> None:
    item = {**OBJ, "properties": {"n": {"type": "string"}}}
    schemas = {
        "Body": {
            **OBJ,
            "properties": {
                "list": {"type": "array", "items": item},
                "map": {**OBJ, "additionalProperties": item},
                "nullable": {"type": ["object", "null"], "properties": {"m": {"type": "string"}}},
            },
        }
    }
    strict = strict_spec(spec_with(schemas, "Body"))
    assert accepts(strict, {"list": [{"n": "x"}], "map": {"any-key": {"n": "y"}}, "nullable": None})
    assert not accepts(strict, {"list": [{"nn": "x"}]})
    assert not accepts(strict, {"map": {"any-key": {"nn": "y"}}})
    assert not accepts(strict, {"nullable": {"mm": "z"}})


@pytest.mark.parametrize(
    "free_form",
    [
        pytest.param(OBJ, id="type-object"),
        pytest.param({**OBJ, "properties": {}}, id="empty-properties"),
        pytest.param(
            {**OBJ, "additionalProperties": True, "properties": {"a": {"type": "string"}}}, id="explicit-true"
        ),
        pytest.param({**OBJ, "additionalProperties": {"type": "string"}}, id="map"),
    ],
)
def test_objects_meant_to_take_any_key_stay_open(free_form: dict[str, Any]) -> None:
    strict = strict_spec(spec_with({"Body": {**OBJ, "properties": {"extra": free_form}}}, "Body"))
    assert accepts(strict, {"extra": {"whatever": "text"}})
    assert not accepts(strict, {"extraa": {}})


def union_spec(parent_properties: bool = False, keyword: str = "oneOf") -> dict[str, Any]:
    """voice_settings: a discriminated union of two objects with a nested object each."""
    nested = {**OBJ, "properties": {"speed": {"type": "number"}}}
    schemas: dict[str, Any] = {
        "Eleven": {
            **OBJ,
            "properties": {"type": {"enum": ["eleven"]}, "api_key_ref": {"type": "string"}, "tuning": nested},
            "required": ["type"],
        },
        "Polly": {
            **OBJ,
            "properties": {"type": {"enum": ["polly"]}, "engine": {"type": "string"}},
            "required": ["type"],
        },
    }
    union: dict[str, Any] = {keyword: [{"$ref": REF + "Eleven"}, {"$ref": REF + "Polly"}]}
    if parent_properties:
        union = {**OBJ, "properties": {"language": {"type": "string"}}, **union}
    schemas["Body"] = {**OBJ, "properties": {"voice_settings": union, "eleven": {"$ref": REF + "Eleven"}}}
    return spec_with(schemas, "Body")


@pytest.mark.parametrize("keyword", ["oneOf", "anyOf"])
def test_union_is_closed_by_unevaluated_properties_with_open_members(keyword: str) -> None:
    strict = strict_spec(union_spec(keyword=keyword))
    union = component(strict, "Body__closed")["properties"]["voice_settings"]
    assert union["unevaluatedProperties"] is False and "additionalProperties" not in union
    assert union[keyword] == [{"$ref": REF + "Eleven__open"}, {"$ref": REF + "Polly__open"}]
    assert "additionalProperties" not in component(strict, "Eleven__open")
    assert component(strict, "Eleven__open")["properties"]["tuning"]["additionalProperties"] is False

    assert accepts(strict, {"voice_settings": {"type": "eleven", "api_key_ref": "k", "tuning": {"speed": 1}}})
    assert accepts(strict, {"voice_settings": {"type": "polly", "engine": "neural"}})
    assert not accepts(strict, {"voice_settings": {"type": "eleven", "api_key_reff": "k"}})
    assert not accepts(strict, {"voice_settings": {"type": "eleven", "tuning": {"sped": 1}}})
    # a field of the other member is unknown for the member that matched
    assert not accepts(strict, {"voice_settings": {"type": "polly", "api_key_ref": "k"}})


def test_a_component_used_whole_and_as_a_member_gets_both_variants() -> None:
    strict = strict_spec(union_spec())
    assert component(strict, "Body__closed")["properties"]["eleven"] == {"$ref": REF + "Eleven__closed"}
    assert component(strict, "Eleven__closed")["additionalProperties"] is False
    assert accepts(strict, {"eleven": {"type": "eleven", "api_key_ref": "k"}})
    assert not accepts(strict, {"eleven": {"type": "eleven", "api_key_reff": "k"}})


def test_union_with_properties_of_its_own_accepts_both_sides() -> None:
    """additionalProperties: false on the parent would reject the members' fields, and on a member the parent's."""
    strict = strict_spec(union_spec(parent_properties=True))
    union = component(strict, "Body__closed")["properties"]["voice_settings"]
    assert union["unevaluatedProperties"] is False and "additionalProperties" not in union
    assert accepts(strict, {"voice_settings": {"language": "en", "type": "polly", "engine": "neural"}})
    assert not accepts(strict, {"voice_settings": {"languag": "en", "type": "polly"}})
    assert not accepts(strict, {"voice_settings": {"language": "en", "type": "polly", "engin": "neural"}})


def test_all_of_accepts_the_fields_of_every_part() -> None:
    schemas = {
        "Base": {**OBJ, "properties": {"id": {"type": "string"}}},
        "Body": {"allOf": [{"$ref": REF + "Base"}, {**OBJ, "properties": {"name": {"type": "string"}}}]},
    }
    strict = strict_spec(spec_with(schemas, "Body"))
    assert component(strict, "Body__closed")["unevaluatedProperties"] is False
    assert "additionalProperties" not in component(strict, "Base__open")
    assert accepts(strict, {"id": "1", "name": "n"})
    assert not accepts(strict, {"id": "1", "nam": "n"})


def test_naive_additional_properties_on_members_would_reject_valid_requests() -> None:
    """Why members stay open: closed on their own, allOf parts reject each other's fields."""
    naive = {
        "allOf": [
            {**OBJ, "properties": {"id": {"type": "string"}}, "additionalProperties": False},
            {**OBJ, "properties": {"name": {"type": "string"}}, "additionalProperties": False},
        ]
    }
    assert not Draft202012Validator(naive).is_valid({"id": "1", "name": "n"})


def test_schemas_under_not_are_left_alone() -> None:
    schemas = {"Body": {**OBJ, "properties": {"a": {"type": "string"}}, "not": {**OBJ, "properties": {"b": OBJ}}}}
    strict = strict_spec(spec_with(schemas, "Body"))
    assert component(strict, "Body__closed")["not"] == {**OBJ, "properties": {"b": OBJ}}


def test_normalize_markers_are_turned_back() -> None:
    node = {
        **OBJ,
        "properties": {"url": {"type": "string"}, "relay_url": {"type": "string"}},
        "x-required-one-of": [["url"], ["relay_url"]],
        "x-closed": True,
    }
    assert restore_markers(node) == {
        **OBJ,
        "properties": node["properties"],
        "additionalProperties": False,
        "anyOf": [{"required": ["url"]}, {"required": ["relay_url"]}],
    }
    strict = strict_spec(spec_with({"Body": node}, "Body"))
    assert accepts(strict, {"url": "wss://x"}) and accepts(strict, {"relay_url": "wss://x"})
    assert not accepts(strict, {})
    assert not accepts(strict, {"url": "wss://x", "urll": "y"})


def test_required_one_of_next_to_an_existing_any_of_keeps_both() -> None:
    node = {"anyOf": [OBJ], "x-required-one-of": [["a"]]}
    assert restore_markers(node) == {"anyOf": [OBJ], "allOf": [{"anyOf": [{"required": ["a"]}]}]}


def test_recursive_schemas_terminate() -> None:
    schemas = {
        "Node": {
            **OBJ,
            "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": REF + "Node"}}},
        }
    }
    strict = strict_spec(spec_with(schemas, "Node"))
    assert accepts(strict, {"name": "a", "children": [{"name": "b", "children": []}]})
    assert not accepts(strict, {"name": "a", "children": [{"nam": "b"}]})


def test_parameters_are_closed_too() -> None:
    page = {
        "name": "page",
        "in": "query",
        "style": "deepObject",
        "schema": {**OBJ, "properties": {"size": {"type": "integer"}}},
    }
    spec = spec_with({"Body": OBJ}, "Body", parameters={"Page": page})
    spec["paths"]["/things"]["parameters"] = [{"$ref": "#/components/parameters/Page"}]
    spec["paths"]["/things"]["post"]["parameters"] = [page]
    strict = strict_spec(spec)
    for param in (strict["paths"]["/things"]["parameters"][0], strict["paths"]["/things"]["post"]["parameters"][0]):
        assert param["name"] == "page" and param["schema"]["additionalProperties"] is False


def test_a_component_named_like_a_variant_is_refused() -> None:
    spec = spec_with({"Body": {**OBJ, "properties": {"a": OBJ}}, "Body__closed": OBJ}, "Body")
    with pytest.raises(ValueError, match="Body__closed"):
        strict_spec(spec)


def test_the_document_is_ready_for_prism() -> None:
    spec = union_spec()
    spec["paths"]["/things"]["servers"] = [{"url": "https://elsewhere.example.com"}]
    spec["paths"]["/things"]["post"]["servers"] = [{"url": "https://elsewhere.example.com"}]
    strict = strict_spec(spec, server_url="http://127.0.0.1:4010")
    assert strict["jsonSchemaDialect"] == DIALECT
    assert [server["url"] for server in strict["servers"]] == ["http://127.0.0.1:4010"]
    assert "webhooks" not in strict
    assert "servers" not in strict["paths"]["/things"] and "servers" not in strict["paths"]["/things"]["post"]
    # responses still use the original components, untouched
    response = strict["paths"]["/things"]["post"]["responses"]["200"]
    assert response == spec["paths"]["/things"]["post"]["responses"]["200"]
    for name, schema in spec["components"]["schemas"].items():
        assert component(strict, name) == schema


# --- on the real spec -------------------------------------------------------------------------------


def walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


@pytest.fixture(scope="module")
def selected(full_spec: dict[str, Any]) -> dict[str, Any]:
    from generator.inputs import load_selection

    return select(full_spec, load_selection().operations).document


def test_strict_spec_leaves_its_input_untouched(normalized_spec: dict[str, Any]) -> None:
    before = copy.deepcopy(normalized_spec)
    strict_spec(normalized_spec)
    assert normalized_spec == before


def test_every_described_request_object_is_closed(selected: dict[str, Any]) -> None:
    strict = strict_spec(selected)
    variants = {n: s for n, s in strict["components"]["schemas"].items() if n.endswith("__closed")}
    assert "CallRequest__closed" in variants and "TransferCallRequest__closed" in variants
    for name, schema in variants.items():
        if schema.get("properties") and not ({"allOf", "oneOf", "anyOf"} & set(schema)):
            assert schema.get("additionalProperties") is not None, name
    checked = 0
    for node in walk([schema for name, schema in strict["components"]["schemas"].items() if "__" in name]):
        properties = node.get("properties")
        for name, prop in properties.items() if isinstance(properties, dict) else ():
            # a property's value is an instance of its own: closed whether its parent is a member or not
            if isinstance(prop, dict) and prop.get("properties"):
                assert "additionalProperties" in prop or "unevaluatedProperties" in prop, name
                checked += 1
    assert checked >= 10


def test_selected_and_normalized_spec_give_the_same_strictness(
    selected: dict[str, Any], normalized_spec: dict[str, Any]
) -> None:
    """normalize's markers carry what strictness needs: both copies close the same request objects."""

    def closed_counts(spec: dict[str, Any]) -> dict[str, tuple[int, int]]:
        strict = strict_spec(spec)
        counts = {}
        for path, method, operation in iter_operations(strict):
            nodes = list(walk([operation.get("requestBody"), operation.get("parameters")]))
            refs = {n["$ref"] for n in nodes if "$ref" in n}
            nodes += list(walk([strict["components"]["schemas"][r.rsplit("/", 1)[1]] for r in refs if "__" in r]))
            counts[f"{method} {path}"] = (
                sum(n.get("additionalProperties") is False for n in nodes),
                sum(n.get("unevaluatedProperties") is False for n in nodes),
            )
        return counts

    # except where normalize groups bracketed query parameters (`page[number]`, `page[size]` of ListQueues)
    # into one deepObject parameter: the selected spec has no object there to close
    grouped = {
        f"{method} {path}"
        for path, method, operation in iter_operations(selected)
        if any("[" in str(p.get("name", "")) for p in operation.get("parameters", []))
    }
    selected_counts, normalized_counts = closed_counts(selected), closed_counts(normalized_spec)
    assert {k: v for k, v in selected_counts.items() if k not in grouped} == {
        k: v for k, v in normalized_counts.items() if k not in grouped
    }
    assert all(normalized_counts[key] >= selected_counts[key] for key in grouped)


def test_the_specs_own_request_examples_pass_and_a_misnamed_field_fails(selected: dict[str, Any]) -> None:
    strict = strict_spec(selected)
    checked = 0
    for path, method, operation in iter_operations(strict):
        body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        if body is None or "$ref" not in body:  # an inline body has no component example to try
            continue
        name = body["$ref"].rsplit("/", 1)[1]
        example = selected["components"]["schemas"][name.removesuffix("__closed")].get("example")
        if not isinstance(example, dict) or not example:
            continue
        check = validator(strict, body)
        errors = [e.message for e in check.iter_errors(example)]
        assert errors == [], f"{method} {path}: the spec's example fails the strict copy"
        key = sorted(example)[-1]
        misnamed = {**{k: v for k, v in example.items() if k != key}, key + "x": example[key]}
        assert not check.is_valid(misnamed), f"{method} {path}: misnamed {key!r} passes"
        checked += 1
    assert checked >= 30
