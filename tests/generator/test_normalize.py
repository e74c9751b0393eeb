"""One test (at least) per transform, on small hand-written specs."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator import normalize as n
from generator.errors import NamingError


def spec_with(
    schemas: dict[str, Any] | None = None, paths: dict[str, Any] | None = None, **components: Any
) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": paths or {}, "components": {"schemas": schemas or {}, **components}}


def op(**fields: Any) -> dict[str, Any]:
    return {"operationId": "Op", "responses": {"200": {"description": "ok"}}, **fields}


@pytest.mark.parametrize("transform", n.TRANSFORMS, ids=lambda t: t.__name__)
def test_every_transform_leaves_its_input_untouched(transform: n.Transform, normalized_spec: dict[str, Any]) -> None:
    before = copy.deepcopy(normalized_spec)
    transform(normalized_spec)
    assert normalized_spec == before


def test_mark_deep_object_parameters() -> None:
    page = {"name": "page", "in": "query", "style": "deepObject", "schema": {"type": "object"}}
    sort = {"name": "sort", "in": "query", "schema": {"type": "string"}}
    spec = spec_with(paths={"/x": {"get": op(parameters=[sort])}}, parameters={"Page": page})
    out = n.mark_deep_object_parameters(spec)
    assert out["components"]["parameters"]["Page"]["x-query-style"] == "deepObject"
    assert "x-query-style" not in out["paths"]["/x"]["get"]["parameters"][0]


def test_drop_null_string_defaults() -> None:
    spec = spec_with(
        {
            "P": {
                "properties": {
                    "after": {"type": "string", "default": "null"},
                    "kind": {"enum": ["null", "x"], "default": "null"},
                }
            }
        }
    )
    props = n.drop_null_string_defaults(spec)["components"]["schemas"]["P"]["properties"]
    assert "default" not in props["after"]
    assert props["kind"]["default"] == "null"  # a real enum value stays


def test_document_defaults_keeps_the_value_but_never_as_a_default() -> None:
    spec = spec_with({"Dial": {"type": "object", "properties": {"timeout_secs": {"type": "integer", "default": 30}}}})
    field = n.document_defaults(spec)["components"]["schemas"]["Dial"]["properties"]["timeout_secs"]
    assert "default" not in field
    assert field["x-documented-default"] == 30


def test_name_case_colliding_enum_values() -> None:
    spec = spec_with(
        {
            "Provider": {"type": "string", "enum": ["minimax", "MiniMax", "aws"]},
            "Plain": {"type": "string", "enum": ["a", "b"]},
        }
    )
    schemas = n.name_case_colliding_enum_values(spec)["components"]["schemas"]
    assert schemas["Provider"]["x-enum-varnames"] == ["MINIMAX", "MINIMAX_2", "AWS"]
    assert schemas["Provider"]["enum"] == ["minimax", "MiniMax", "aws"]
    assert "x-enum-varnames" not in schemas["Plain"]


def response(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def test_share_response_wrappers_merges_identical_inline_schemas() -> None:
    wrapper = {
        "type": "object",
        "title": "Call Control Command Response",
        "properties": {"data": {"$ref": "#/components/schemas/Result"}},
    }
    other = {
        "type": "object",
        "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}}},
    }
    paths = {
        "/a": {"post": op(operationId="A", responses=response(wrapper))},
        "/b": {"post": op(operationId="B", responses=response(copy.deepcopy(wrapper)))},
        "/c": {"get": op(operationId="C", responses=response(other))},
    }
    out = n.share_response_wrappers(spec_with({"Result": {"type": "object"}, "Event": {"type": "object"}}, paths))
    refs = [
        out["paths"][p][m]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        for p, m in (("/a", "post"), ("/b", "post"), ("/c", "get"))
    ]
    assert refs == ["#/components/schemas/CallControlCommandResponse"] * 2 + ["#/components/schemas/EventListResponse"]
    assert out["components"]["schemas"]["CallControlCommandResponse"] == wrapper


def test_resolve_title_collisions() -> None:
    meta = {"type": "object", "title": "PaginationMeta", "properties": {"page": {"type": "integer"}}}
    spec = spec_with(
        {
            "MetaA": meta,
            "MetaB": {**meta, "properties": {}},
            "Unique": {"type": "object", "title": "Unique Thing"},
            "Call": {"type": "object", "title": "Unique"},
        }
    )
    schemas = n.resolve_title_collisions(spec)["components"]["schemas"]
    assert "title" not in schemas["MetaA"] and schemas["MetaA"]["x-title"] == "PaginationMeta"
    assert "title" not in schemas["MetaB"]
    assert schemas["Unique"]["title"] == "Unique Thing"
    assert "title" not in schemas["Call"]  # titled like the component `Unique`, which it would shadow


def test_give_error_responses_a_schema() -> None:
    errors = {
        "description": "err",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Errors"}}},
    }
    paths = {
        "/a": {
            "get": op(
                responses={
                    "200": {"description": "ok"},
                    "400": {"description": "Bad request"},
                    "422": errors,
                    "404": {"$ref": "#/components/responses/NotFound"},
                }
            )
        }
    }
    out = n.give_error_responses_a_schema(
        spec_with({"Errors": {"type": "object"}}, paths, responses={"NotFound": {"description": "nf"}})
    )
    responses = out["paths"]["/a"]["get"]["responses"]
    assert responses["400"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Errors"}
    assert "content" not in responses["200"]  # success responses are left alone
    assert responses["404"] == {"$ref": "#/components/responses/NotFound"}


def test_keep_typed_objects_with_required_alternatives() -> None:
    schema = {
        "type": "object",
        "properties": {"url": {"type": "string"}, "settings": {"type": "object"}},
        "anyOf": [{"required": ["url"]}, {"required": ["settings"]}],
    }
    real_union = {"anyOf": [{"type": "string"}, {"type": "integer"}], "properties": {"a": {}}}
    out = n.keep_typed_objects_with_required_alternatives(spec_with({"Start": schema, "Union": real_union}))[
        "components"
    ]["schemas"]
    assert "anyOf" not in out["Start"] and out["Start"]["x-required-one-of"] == [["url"], ["settings"]]
    assert out["Union"] == real_union


def test_carry_discriminators() -> None:
    union = {
        "oneOf": [{"$ref": "#/components/schemas/Aws"}, {"$ref": "#/components/schemas/Azure"}],
        "discriminator": {
            "propertyName": "provider",
            "mapping": {"aws": "#/components/schemas/Aws", "amazon": "#/components/schemas/Aws"},
        },
    }
    spec = spec_with(
        {
            "Speak": {"type": "object", "properties": {"voice": union}},
            "Aws": {"type": "object"},
            "Azure": {"type": "object"},
        }
    )
    schemas = n.carry_discriminators(spec)["components"]["schemas"]
    assert schemas["Aws"]["x-discriminator-value"] == {"property": "provider", "values": ["amazon", "aws"]}
    assert schemas["Azure"]["x-discriminator-value"] == {"property": "provider", "values": ["Azure"]}


def test_carry_discriminators_rejects_conflicting_properties() -> None:
    def union(prop: str) -> dict[str, Any]:
        return {"oneOf": [{"$ref": "#/components/schemas/M"}], "discriminator": {"propertyName": prop}}

    spec = spec_with({"A": union("kind"), "B": union("type"), "M": {"type": "object"}})
    with pytest.raises(NamingError, match="discriminated by both"):
        n.carry_discriminators(spec)


def test_keep_unknown_fields() -> None:
    spec = spec_with(
        {
            "Closed": {"type": "object", "additionalProperties": False},
            "Map": {"type": "object", "additionalProperties": {"type": "string"}},
        }
    )
    schemas = n.keep_unknown_fields(spec)["components"]["schemas"]
    assert schemas["Closed"] == {"type": "object", "x-closed": True}
    assert schemas["Map"]["additionalProperties"] == {"type": "string"}


def test_normalized_pinned_spec_has_no_problem_left(normalized_spec: dict[str, Any]) -> None:
    found: list[str] = []

    def check(node: dict[str, Any]) -> dict[str, Any]:
        if "default" in node and any(k in node for k in ("type", "enum", "$ref", "format")):
            found.append(f"default {node['default']!r}")
        if node.get("additionalProperties") is False:
            found.append("closed object")
        if "properties" in node and n._only_requires(node.get("anyOf")):
            found.append("required-only anyOf")
        return node

    n.rewrite(normalized_spec, check)
    assert found == []
