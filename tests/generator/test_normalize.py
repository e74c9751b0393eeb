"""One test (at least) per transform, on small hand-written specs."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator import normalize as n
from generator.errors import NamingError
from generator.normalize.call_control import _only_requires
from generator.opc import predicted_classes
from generator.openapi import rewrite


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
        if "properties" in node and _only_requires(node.get("anyOf")):
            found.append("required-only anyOf")
        return node

    rewrite(normalized_spec, check)
    assert found == []


# --- transforms for older specs and the whole spec (issue 6) -----------------------------------------


def opc_warnings(spec: dict[str, Any]) -> list[str]:
    """What openapi-python-client complains about when it reads spec (a tiny one: fast)."""
    from pathlib import Path

    from generator.opc import parse

    document = {"info": {"title": "t", "version": "1"}, **spec}
    return parse(document, Path("/nonexistent")).warnings


def body(schema: dict[str, Any], media: str = "application/json") -> dict[str, Any]:
    return {"content": {media: {"schema": schema}}}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def test_disambiguate_operation_ids() -> None:
    spec = spec_with(
        paths={
            "/v2/whatsapp/phone_numbers": {"get": op(operationId="ListPhoneNumbers")},
            "/phone_numbers": {"get": op(operationId="ListPhoneNumbers"), "post": op(operationId="Create")},
        }
    )
    before = copy.deepcopy(spec)
    out = n.disambiguate_operation_ids(spec)
    assert spec == before
    assert out["paths"]["/phone_numbers"]["get"]["operationId"] == "ListPhoneNumbers"  # first by path keeps it
    renamed = out["paths"]["/v2/whatsapp/phone_numbers"]["get"]
    assert renamed["operationId"] == "ListPhoneNumbersV2WhatsappPhoneNumbers"
    assert renamed["x-original-operation-id"] == "ListPhoneNumbers"
    assert n.prepare_for_selection(spec_with(paths={"/x": {"get": op()}})) == spec_with(paths={"/x": {"get": op()}})


def test_select_refuses_an_ambiguous_operation_id() -> None:
    from generator.errors import SelectionError
    from generator.select import select

    spec = spec_with(paths={"/a": {"get": op()}, "/b": {"get": op()}})
    with pytest.raises(SelectionError, match=r"operationId Op names both GET /a and GET /b"):
        select(spec, ["Op"])
    assert select(n.disambiguate_operation_ids(spec), ["Op", "OpB"]).missing_operations == ()


def test_inline_success_response_refs() -> None:
    wrapper = {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}
    responses = {"200": {"$ref": "#/components/responses/Ok"}, "default": {"$ref": "#/components/responses/Ok"}}
    spec = spec_with(paths={"/x": {"post": op(responses=responses)}}, responses={"Ok": wrapper})
    out = n.inline_success_response_refs(spec)["paths"]["/x"]["post"]["responses"]
    assert out["200"] == wrapper
    assert out["default"] == {"$ref": "#/components/responses/Ok"}  # errors are give_error_responses_a_schema's


def test_snake_case_path_parameters() -> None:
    shared = {"name": "brandId", "in": "path", "required": True, "schema": {"type": "string"}}
    spec = spec_with(
        paths={
            "/brand/{brandId}/x/{advanced-order-id}": {
                "get": op(
                    parameters=[
                        {"$ref": "#/components/parameters/Brand"},
                        {"name": "advanced-order-id", "in": "path", "required": True},
                        {"name": "pageSize", "in": "query"},
                    ]
                )
            }
        },
        parameters={"Brand": shared},
    )
    out = n.snake_case_path_parameters(spec)
    assert list(out["paths"]) == ["/brand/{brand_id}/x/{advanced_order_id}"]
    params = out["paths"]["/brand/{brand_id}/x/{advanced_order_id}"]["get"]["parameters"]
    assert params[1]["name"] == "advanced_order_id" and params[2]["name"] == "pageSize"  # query names are wire names
    assert out["components"]["parameters"]["Brand"]["name"] == "brand_id"


def test_read_wildcard_request_bodies_as_json() -> None:
    spec = spec_with(paths={"/r": {"post": op(requestBody=body(ref("Report"), "*/*"))}}, schemas={"Report": {}})
    out = n.read_wildcard_request_bodies_as_json(spec)
    assert list(out["paths"]["/r"]["post"]["requestBody"]["content"]) == ["application/json"]


def test_mark_binary_responses() -> None:
    responses = {
        "200": {"description": "pdf", "content": {"application/pdf": {"schema": {"type": "string"}}}},
        "201": {"description": "csv", "content": {"text/csv": {}, "application/json": {}}},
    }
    out = n.mark_binary_responses(spec_with(paths={"/f": {"get": op(responses=responses)}}))
    got = out["paths"]["/f"]["get"]["responses"]
    assert got["200"]["content"] == {
        "application/octet-stream": {"schema": {"type": "string"}, "x-media-type": "application/pdf"}
    }
    assert got["201"] == responses["201"]


def test_carry_formats_into_all_of_overrides() -> None:
    schemas = {
        "Base": {"type": "object", "properties": {"ip_id": {"type": "string", "format": "uuid"}}},
        "Update": {
            "allOf": [ref("Base"), {"type": "object", "properties": {"ip_id": {"type": "string", "readOnly": True}}}]
        },
    }
    spec = spec_with(schemas, paths={"/u": {"patch": op(requestBody=body(ref("Update")))}})
    assert any("can't be merged" in w for w in opc_warnings(spec))
    out = n.carry_formats_into_all_of_overrides(spec)
    assert out["components"]["schemas"]["Update"]["allOf"][1]["properties"]["ip_id"]["format"] == "uuid"
    assert opc_warnings(out) == []


def test_type_binary_strings_as_text() -> None:
    spec = spec_with({"Upload": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}}})
    field = n.type_binary_strings_as_text(spec)["components"]["schemas"]["Upload"]["properties"]["file"]
    assert field == {"type": "string", "x-format": "binary"}


def test_untype_any_json_unions() -> None:
    members = [
        {"type": "string"},
        {"type": "number"},
        {"type": "boolean"},
        {"type": "object", "additionalProperties": True},
        {"type": "array", "items": {}},
        {"type": "null"},
    ]
    spec = spec_with({"Change": {"properties": {"from": {"anyOf": members}, "to": {"anyOf": members[:2]}}}})
    props = n.untype_any_json_unions(spec)["components"]["schemas"]["Change"]["properties"]
    assert props["from"] == {"x-any-of": members}
    assert props["to"] == {"anyOf": members[:2]}  # a real union stays


def test_keep_typed_objects_with_constraint_alternatives() -> None:
    alternatives = [
        {"title": "With URL", "required": ["Url"], "properties": {"Texml": {"not": {}}}},
        {"title": "With TeXML", "required": ["Texml"], "properties": {"Url": {"not": {}}}},
    ]
    call = {
        "type": "object",
        "properties": {"Url": {"type": "string"}, "Texml": {"type": "string"}},
        "oneOf": alternatives,
    }
    out = n.keep_typed_objects_with_constraint_alternatives(spec_with({"Call": call}))["components"]["schemas"]["Call"]
    assert "oneOf" not in out and out["x-alternatives"] == alternatives
    assert out["x-required-one-of"] == [["Url"], ["Texml"]]
    adding = {**call, "oneOf": [{"properties": {"Extra": {"type": "string"}}}]}  # declares a new field: a real union
    assert (
        n.keep_typed_objects_with_constraint_alternatives(spec_with({"Call": adding}))["components"]["schemas"]["Call"]
        == adding
    )


def test_point_bodies_past_aliases() -> None:
    schemas = {"List": {"type": "object", "properties": {"data": {"type": "array"}}}, "Alias": {"allOf": [ref("List")]}}
    spec = spec_with(schemas, paths={"/l": {"get": op(responses=response(ref("Alias")))}})
    out = n.point_bodies_past_aliases(spec)
    assert out["paths"]["/l"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == ref("List")
    assert out["components"]["schemas"] == schemas


def test_merge_union_bodies() -> None:
    schemas = {
        "Ios": {
            "type": "object",
            "properties": {"type": {"enum": ["ios"]}, "certificate": {"type": "string"}},
            "required": ["type", "certificate"],
        },
        "Android": {
            "type": "object",
            "properties": {"type": {"enum": ["android"]}, "key": {"type": "string"}},
            "required": ["type"],
        },
        "Create": {"oneOf": [ref("Ios"), ref("Android")]},
    }
    spec = spec_with(schemas, paths={"/c": {"post": op(requestBody=body(ref("Create")))}})
    out = n.merge_union_bodies(spec)
    assert out["paths"]["/c"]["post"]["requestBody"]["content"]["application/json"]["schema"] == ref("CreateMerged")
    merged = out["components"]["schemas"]["CreateMerged"]
    assert merged["properties"]["type"] == {"enum": ["ios", "android"]}
    assert set(merged["properties"]) == {"type", "certificate", "key"} and merged["required"] == ["type"]
    assert out["components"]["schemas"]["Create"] == schemas["Create"]
    strings = spec_with(
        {"U": {"oneOf": [{"type": "string"}, {"type": "integer"}]}},
        paths={"/c": {"post": op(requestBody=body(ref("U")))}},
    )
    assert n.merge_union_bodies(strings) == strings


def test_set_aside_unsupported_request_bodies() -> None:
    multipart = body({"type": "object", "properties": {"file": {"type": "string"}}}, "multipart/form-data")
    both = {"content": {**body(ref("Obj"))["content"], **multipart["content"]}}
    array = body({"type": "array", "items": {"type": "string"}})
    form = body({"type": "object", "properties": {"To": {"type": "string"}}}, "application/x-www-form-urlencoded")
    spec = spec_with(
        {"Obj": {"type": "object", "properties": {"a": {"type": "string"}}}},
        paths={
            "/m": {"post": op(requestBody=multipart)},
            "/b": {"post": op(requestBody=both)},
            "/a": {"post": op(requestBody=array)},
            "/f": {"post": op(requestBody=form)},
        },
    )
    out = n.set_aside_unsupported_request_bodies(spec)["paths"]
    # a multipart form is sent: kept in x-multipart-content, on the operation when it is the only form
    assert "requestBody" not in out["/m"]["post"] and out["/m"]["post"]["x-multipart-content"] == multipart["content"]
    assert list(out["/b"]["post"]["requestBody"]["content"]) == ["application/json"]
    assert out["/b"]["post"]["requestBody"]["x-multipart-content"] == multipart["content"]
    assert "x-unsupported-content" not in out["/b"]["post"]["requestBody"]
    assert "requestBody" not in out["/a"]["post"]
    assert out["/f"]["post"]["x-unsupported-request-body"] == form


def test_set_aside_unmodelled_success_responses() -> None:
    responses = {**response({"type": "array", "items": ref("Obj")}), "201": response(ref("Obj"))["200"]}
    spec = spec_with(
        {"Obj": {"type": "object", "properties": {"a": {"type": "string"}}}},
        paths={"/l": {"get": op(responses=responses)}},
    )
    out = n.set_aside_unmodelled_success_responses(spec)["paths"]["/l"]["get"]["responses"]
    assert (
        "content" not in out["200"]
        and out["200"]["x-unmodelled-content"]["application/json"]["schema"]["type"] == "array"
    )
    assert out["201"] == responses["201"]


def test_hoist_inline_union_members() -> None:
    stats = {
        "oneOf": [
            {"type": "string"},
            {"type": "object", "properties": {"audio": {"type": "object", "properties": {"x": {"type": "integer"}}}}},
        ]
    }
    schemas = {"Report": {"type": "object", "properties": {"stats": ref("Stats")}}, "Stats": stats}
    spec = spec_with(schemas, paths={"/r": {"get": op(responses=response(ref("Report")))}})
    assert any("duplicate models" in w for w in opc_warnings(spec))
    out = n.hoist_inline_union_members(spec)
    assert out["components"]["schemas"]["Stats"]["oneOf"][1] == ref("Stats_type_1")
    assert out["components"]["schemas"]["Stats_type_1"] == stats["oneOf"][1]
    assert opc_warnings(out) == []


def test_name_colliding_inline_schemas() -> None:
    schemas = {
        "Error": {
            "type": "object",
            "properties": {"meta": {"type": "object", "properties": {"a": {"type": "string"}}}},
        },
        "ErrorMeta": {"type": "object", "properties": {"url": {"type": "string"}}},
        "Event": {
            "type": "object",
            "properties": {
                "payload_status": {"type": "string", "enum": ["ok", "failed"]},
                "payload": {
                    "type": "object",
                    "properties": {"status": {"type": "string", "enum": ["pending", "ported"]}},
                },
            },
        },
    }
    paths = {f"/{name}": {"get": op(operationId=name, responses=response(ref(name)))} for name in schemas}
    spec = spec_with(schemas, paths=paths)
    assert len(opc_warnings(spec)) >= 2
    out = n.name_colliding_inline_schemas(spec)
    assert opc_warnings(out) == []
    fixed = out["components"]["schemas"]
    assert fixed["Error"]["properties"]["meta"]["title"] == "meta_Object"  # class ErrorMetaObject
    assert fixed["ErrorMeta"] == schemas["ErrorMeta"]  # a component keeps its name
    assert "title" not in fixed["Event"]["properties"]["payload_status"]  # the one nearer the top keeps it
    assert fixed["Event"]["properties"]["payload"]["properties"]["status"]["title"] == "status_Enum"
    names = {c.name for c in predicted_classes(out)}
    assert {"ErrorMetaObject", "ErrorMeta", "EventPayloadStatus", "EventPayloadStatusEnum"} <= names


def test_predicted_classes_follow_openapi_python_client(normalized_spec: dict[str, Any]) -> None:
    from pathlib import Path

    from generator.opc import parse

    parsed = parse(normalized_spec, Path("/nonexistent"))
    generated = {m.class_info.name for m in parsed.project.openapi.models} | {
        e.class_info.name for e in parsed.project.openapi.enums
    }
    predicted = {c.name for c in predicted_classes(normalized_spec) if not c.plain_dict}
    assert predicted <= generated
    # not predicted: classes of inline query parameters (named after the operation), and the classes
    # openapi-python-client makes again for the copies of a nullable enum it unfolds (`...Type2Type1`)
    operations = tuple(o["operationId"] for item in normalized_spec["paths"].values() for o in item.values())
    extra = {name for name in generated - predicted if not name.startswith(operations)}
    assert all("Type" in name for name in extra), extra


def _webhook(schema: str) -> dict[str, Any]:
    body = {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}}
    return {"post": {"requestBody": body}}


def test_envelope_bare_events() -> None:
    bare = {"type": "object", "title": "Floor Changed", "properties": {"event_type": {"enum": ["x"]}, "payload": {}}}
    enveloped = {"type": "object", "properties": {"data": {"$ref": "#/components/schemas/Inner"}}}
    spec = {
        **spec_with({"Bare": bare, "Enveloped": enveloped}),
        "webhooks": {"a": _webhook("Bare"), "b": _webhook("Enveloped")},
    }
    schemas = n.envelope_bare_events(spec)["components"]["schemas"]
    assert schemas["Bare"]["properties"]["data"] == {k: v for k, v in bare.items() if k != "title"}
    assert schemas["Bare"]["required"] == ["data"] and schemas["Bare"]["title"] == "Floor Changed"
    assert schemas["Enveloped"] == enveloped


def test_require_checked_event_fields() -> None:
    data_fields = {"event_type": {"enum": ["call.x"]}, "id": {}, "payload": {}, "occurred_at": {}}
    inner = {"type": "object", "required": ["id"], "properties": {**data_fields, "record_type": {}}}
    by_ref = {"type": "object", "properties": {"data": {"$ref": "#/components/schemas/Inner"}, "meta": {}}}
    inline = {"type": "object", "properties": {"data": {"type": "object", "properties": {"event_type": {}}}}}
    spec = {
        **spec_with({"Inner": inner, "ByRef": by_ref, "Inline": inline}),
        "webhooks": {"a": _webhook("ByRef"), "b": _webhook("Inline")},
    }
    original = copy.deepcopy(spec)
    schemas = n.require_checked_event_fields(spec)["components"]["schemas"]
    assert schemas["ByRef"]["required"] == ["data"] and schemas["Inline"]["required"] == ["data"]
    # occurred_at stays optional: conference events do not send it, and parse_event does not require it
    assert schemas["Inner"]["required"] == ["event_type", "id", "payload", "record_type"]
    assert schemas["Inline"]["properties"]["data"]["required"] == ["event_type"]
    assert spec == original


def test_type_delivery_meta() -> None:
    own_meta = {"type": "object", "properties": {"data": {}, "meta": {"type": "object", "properties": {"x": {}}}}}
    plain = {"type": "object", "properties": {"data": {"$ref": "#/components/schemas/Inner"}}}
    spec = {**spec_with({"Own": own_meta, "Plain": plain}), "webhooks": {"a": _webhook("Own"), "b": _webhook("Plain")}}
    schemas = n.type_delivery_meta(spec)["components"]["schemas"]
    assert schemas["Plain"]["properties"]["meta"] == {"$ref": "#/components/schemas/WebhookDeliveryMeta"}
    assert set(schemas["WebhookDeliveryMeta"]["properties"]) == {"attempt", "delivered_to"}
    assert schemas["Own"] == own_meta
    assert n.type_delivery_meta(spec_with({"Plain": plain})) == spec_with({"Plain": plain})  # no webhooks: unchanged
