"""The spec-access layer: `$ref` resolution (cycles included), object fields, operations."""

from __future__ import annotations

from typing import Any

import pytest

from generator.describe import describe
from generator.errors import RefCycleError, SpecReferenceError
from generator.inputs import Naming
from generator.normalize import normalize
from generator.openapi import (
    map_operations,
    object_fields,
    pascal_case,
    resolve,
    snake_case,
    success_response,
)

CYCLE = "#/components/schemas/A -> #/components/schemas/B -> #/components/schemas/A"


def hostile_spec() -> dict[str, Any]:
    """A request body whose schema is a `$ref` cycle: A names B, B names A, neither is a schema."""
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/x": {"post": {"operationId": "Post", "requestBody": body, "responses": {"200": {}}}}},
        "components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}}},
    }


def test_a_ref_cycle_is_an_error_naming_the_cycle() -> None:
    with pytest.raises(RefCycleError) as raised:
        resolve(hostile_spec(), {"$ref": "#/components/schemas/A"})
    assert CYCLE in str(raised.value)


def test_describe_and_normalize_report_a_ref_cycle_instead_of_crashing() -> None:
    with pytest.raises(RefCycleError, match=CYCLE):
        describe(hostile_spec(), Naming())
    with pytest.raises(RefCycleError, match=CYCLE):
        normalize(hostile_spec())


def test_a_ref_to_nothing_names_the_ref() -> None:
    with pytest.raises(SpecReferenceError, match="#/components/schemas/Missing"):
        resolve(hostile_spec(), {"$ref": "#/components/schemas/Missing"})


def test_object_fields_merge_all_of_through_refs_and_stop_at_recursion() -> None:
    spec = {
        "components": {
            "schemas": {
                "Base": {"properties": {"a": {"type": "string"}}, "required": ["a"]},
                "Loop": {"allOf": [{"$ref": "#/components/schemas/Loop"}], "properties": {"c": {}}},
            }
        }
    }
    schema = {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"b": {}}, "required": ["b"]}]}
    assert object_fields(spec, schema) == ({"a": {"type": "string"}, "b": {}}, {"a", "b"})
    assert object_fields(spec, {"$ref": "#/components/schemas/Loop"}) == ({"c": {}}, set())


def test_success_response_is_the_lowest_2xx() -> None:
    assert success_response({"responses": {"400": {"e": 1}, "202": {"s": 202}, "200": {"s": 200}}}) == {"s": 200}
    assert success_response({"responses": {"default": {}}}) is None


def test_map_operations_returns_the_spec_itself_when_nothing_changes() -> None:
    spec = hostile_spec()
    assert map_operations(spec, lambda _path, _method, op: op) is spec
    renamed = map_operations(spec, lambda path, method, op: {**op, "operationId": f"{method}{path}"})
    assert renamed["paths"]["/x"]["post"]["operationId"] == "post/x"
    assert spec["paths"]["/x"]["post"]["operationId"] == "Post"


def test_case_conversions() -> None:
    assert snake_case("callGatherUsingAI") == "call_gather_using_ai"
    assert pascal_case("/v2/whatsapp/phone_numbers") == "V2WhatsappPhoneNumbers"
