"""The transforms for older spec versions (generator/normalize/older_specs.py, generator/normalize/callback_events.py),
on small hand-written specs; tests/generator/test_versions.py runs them on the mirrored versions."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator import normalize as n
from generator.describe import describe_events
from generator.normalize.callback_events import event_name_for_schema, webhooks_from_callbacks
from generator.normalize.older_specs import (
    adopt_current_operation_ids,
    group_bracketed_query_parameters,
    move_property_required_flags,
)
from generator.select import select


def spec_with(paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"openapi": "3.0.0", "paths": paths or {}, "components": {"schemas": schemas or {}}}


def callback(schema: str) -> dict[str, Any]:
    body = {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}}
    return {
        "{$request.body#/webhook_url}": {"post": {"requestBody": body, "responses": {"200": {"description": "ok"}}}}
    }


def event_schema(event_type: str) -> dict[str, Any]:
    data = {"type": "object", "properties": {"event_type": {"type": "string", "enum": [event_type]}}}
    return {"type": "object", "properties": {"data": data}}


@pytest.mark.parametrize("transform", n.PRE_SELECT_TRANSFORMS, ids=lambda t: t.__name__)
def test_every_pre_select_transform_leaves_its_input_untouched(transform: n.Transform) -> None:
    spec = spec_with(
        {
            "/calls": {
                "post": {"operationId": "callDial", "callbacks": {"callAnswered": callback("CallAnsweredEvent")}}
            },
            "/a": {"get": {"operationId": "Same"}},
            "/b": {"get": {"operationId": "Same"}},
        },
        {"CallAnsweredEvent": event_schema("call.answered")},
    )
    before = copy.deepcopy(spec)
    assert transform(spec) != before
    assert spec == before


def test_move_property_required_flags() -> None:
    flagged = {
        "type": "object",
        "required": ["a"],
        "properties": {
            "a": {"type": "string"},
            "queue_name": {"type": "string", "required": True},
            "maybe": {"type": "string", "required": False},
            "changes": {
                "type": "array",
                "items": {"type": "object", "properties": {"from": {"type": "string", "required": True}}},
            },
        },
    }
    spec = spec_with(schemas={"EnqueueRequest": flagged})
    out = move_property_required_flags(spec)["components"]["schemas"]["EnqueueRequest"]
    assert out["required"] == ["a", "queue_name"]
    assert out["properties"]["queue_name"] == {"type": "string"}
    assert out["properties"]["maybe"] == {"type": "string"}
    assert out["properties"]["changes"]["items"]["required"] == ["from"]
    assert out["properties"]["changes"]["items"]["properties"]["from"] == {"type": "string"}
    # parameters and request bodies keep their boolean `required`, which is right there
    param = {"name": "x", "in": "query", "required": True, "schema": {"type": "string"}}
    op = {"parameters": [param], "requestBody": {"required": True, "content": {}}}
    assert move_property_required_flags(spec_with({"/x": {"post": op}})) == spec_with({"/x": {"post": op}})


def test_adopt_current_operation_ids() -> None:
    spec = spec_with(
        {
            "/calls": {"post": {"operationId": "callDial"}, "parameters": []},
            "/calls/{id}/actions/answer": {"post": {"operationId": "callAnswer"}},
            "/other": {"get": {"operationId": "listThings"}},
        }
    )
    out = adopt_current_operation_ids(spec)
    assert out["paths"]["/calls"]["post"] == {"operationId": "DialCall", "x-original-operation-id": "callDial"}
    assert out["paths"]["/calls"]["parameters"] == []
    assert out["paths"]["/calls/{id}/actions/answer"]["post"]["operationId"] == "AnswerCall"
    assert out["paths"]["/other"] == spec["paths"]["/other"]
    assert select(n.prepare_for_selection(spec), ["DialCall", "AnswerCall"]).missing_operations == ()
    # a spec that already has the new id keeps both operations as they are
    both = spec_with(
        {"/calls": {"post": {"operationId": "callDial"}}, "/v2/calls": {"post": {"operationId": "DialCall"}}}
    )
    assert adopt_current_operation_ids(both) is both


def test_event_name_for_schema() -> None:
    assert event_name_for_schema("CallAnsweredEvent") == "callAnswered"
    assert event_name_for_schema("CallAIGatherEndedEvent") == "callAIGatherEnded"


def test_webhooks_from_callbacks_one_name_per_event_schema() -> None:
    schemas = {
        name: event_schema(event_type)
        for name, event_type in {
            "CallAnsweredEvent": "call.answered",
            "CallStreamingStoppedEvent": "streaming.stopped",
            "CallSiprecStoppedEvent": "siprec.stopped",
            "CallAIGatherEndedEvent": "call.ai_gather.ended",
            "NumberOrderedEvent": "number_order.complete",
            "NumberOrderBlockEvent": "number_order_block.complete",
        }.items()
    }
    paths = {
        "/calls": {
            "post": {
                "operationId": "DialCall",
                "callbacks": {
                    "callAnswered": callback("CallAnsweredEvent"),
                    "streamingStopped": callback("CallStreamingStoppedEvent"),
                },
            }
        },
        "/siprec_stop": {
            "post": {
                "operationId": "StopSiprecSession",
                # the spec's mistake: this name belongs to CallStreamingStoppedEvent
                "callbacks": {"callStreamingStopped": callback("CallSiprecStoppedEvent")},
            }
        },
        "/streaming_stop": {
            "post": {
                "operationId": "Stop",
                "callbacks": {"callStreamingStopped": callback("CallStreamingStoppedEvent")},
            }
        },
        "/gather": {
            "post": {"operationId": "Gather", "callbacks": {"CallAIGatherEnded": callback("CallAIGatherEndedEvent")}}
        },
        "/orders": {
            "post": {
                "operationId": "Order",
                "callbacks": {
                    "numberOrderStatusUpdate": {
                        **callback("NumberOrderedEvent"),
                        "{$request.body#/other_url}": callback("NumberOrderBlockEvent")["{$request.body#/webhook_url}"],
                    }
                },
            }
        },
    }
    out = webhooks_from_callbacks(spec_with(paths, schemas))
    found = {
        name: webhook["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
        for name, webhook in out["webhooks"].items()
    }
    assert found == {
        "callAnswered": "CallAnsweredEvent",
        "callStreamingStopped": "CallStreamingStoppedEvent",
        "callSiprecStopped": "CallSiprecStoppedEvent",
        "CallAIGatherEnded": "CallAIGatherEndedEvent",
        "numberOrderStatusUpdate": "NumberOrderedEvent",
        "numberOrderBlock": "NumberOrderBlockEvent",
    }
    # the events dispatch as those of a 3.1 spec's `webhooks` do
    events = describe_events(out)
    assert {event.name: event.event_types for event in events}["callSiprecStopped"] == ("siprec.stopped",)
    # the selection finds them by name, with their schemas
    selected = select(out, [], ["callAnswered", "callHold"], allow_missing=True)
    assert selected.missing_events == ("callHold",)
    assert list(selected.document["components"]["schemas"]) == ["CallAnsweredEvent"]


def test_webhooks_from_callbacks_leaves_specs_with_webhooks_or_no_callbacks_alone() -> None:
    with_webhooks = {**spec_with(), "webhooks": {}}
    assert webhooks_from_callbacks(with_webhooks) is with_webhooks
    bare = spec_with({"/x": {"get": {"operationId": "X"}}})
    assert webhooks_from_callbacks(bare) is bare


def test_group_bracketed_query_parameters() -> None:
    page_number = {"name": "page[number]", "in": "query", "description": "The page", "schema": {"type": "integer"}}
    parameters = [
        {"$ref": "#/components/parameters/PageNumber"},
        {"name": "page[size]", "in": "query", "schema": {"type": "integer", "description": "Size"}},
        {"name": "filter[occurred_at][gte]", "in": "query", "schema": {"type": "string"}},
        {"name": "filter[leg_id]", "in": "query", "required": True, "schema": {"type": "string"}},
        {"name": "filter[occurred_at][lt]", "in": "query", "schema": {"type": "string"}},
        {"name": "sort", "in": "query", "schema": {"type": "string"}},
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
    ]
    spec = {**spec_with({"/x/{id}": {"get": {"parameters": parameters}}}), "components": {"parameters": {}}}
    spec["components"]["parameters"]["PageNumber"] = page_number
    out = group_bracketed_query_parameters(spec)["paths"]["/x/{id}"]["get"]["parameters"]
    assert [p["name"] for p in out] == ["page", "filter", "sort", "id"]
    page, filters = out[0], out[1]
    assert (page["in"], page["style"], page["explode"], "required" in page) == ("query", "deepObject", True, False)
    assert page["description"].endswith("Originally: page[number], page[size]")
    assert page["schema"] == {
        "type": "object",
        "properties": {
            "number": {"description": "The page", "type": "integer"},
            "size": {"type": "integer", "description": "Size"},
        },
    }
    assert filters["required"] is True
    assert filters["schema"]["required"] == ["leg_id"]
    assert filters["schema"]["properties"]["occurred_at"] == {
        "type": "object",
        "properties": {"gte": {"type": "string"}, "lt": {"type": "string"}},
    }
    # the wire names stay: a deepObject `page` is sent as page[number]=...
    assert (
        n.mark_deep_object_parameters(spec_with({"/x": {"get": {"parameters": out}}}))["paths"]["/x"]["get"][
            "parameters"
        ][0]["x-query-style"]
        == "deepObject"
    )


def test_group_bracketed_query_parameters_leaves_clashing_families_alone() -> None:
    clash = [
        {"name": "filter[a]", "in": "query", "schema": {"type": "string"}},
        {"name": "filter[a][b]", "in": "query", "schema": {"type": "string"}},
    ]
    taken = [
        {"name": "page", "in": "query", "schema": {"type": "integer"}},
        {"name": "page[size]", "in": "query", "schema": {"type": "integer"}},
    ]
    for parameters in (clash, taken):
        spec = spec_with({"/x": {"get": {"parameters": parameters}}})
        assert group_bracketed_query_parameters(spec)["paths"]["/x"]["get"]["parameters"] == parameters
