"""The intermediate model: names, parameters, commands and pagination of the 96 operations."""

from __future__ import annotations

from typing import Any

import pytest

from generator.describe import (
    ObjectKey,
    OperationSpec,
    describe,
    first_sentence,
    object_keys,
    official_key,
    python_name,
)
from generator.errors import NamingError
from generator.inputs import Naming
from generator.openapi import snake_case


@pytest.fixture(scope="module")
def operations(normalized_spec: dict[str, Any], naming: Naming) -> dict[str, OperationSpec]:
    return {op.operation_id: op for op in describe(normalized_spec, naming)}


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("from", "from_"),
        ("callGatherUsingAI", "call_gather_using_ai"),
        ("SendDTMF", "send_dtmf"),
        ("2fa", "field_2fa"),
        ("self", "self_"),
    ],
)
def test_python_names(wire: str, python: str) -> None:
    assert python_name(wire) == python


def test_snake_case_and_first_sentence() -> None:
    assert snake_case("noiseSuppressionStart") == "noise_suppression_start"
    assert first_sentence("Dial a number. Then more.\nSecond line") == "Dial a number."


def test_official_sdk_names(operations: dict[str, OperationSpec]) -> None:
    names = {op.operation_id: ".".join((*op.resource, op.method_name)) for op in operations.values()}
    assert names["DialCall"] == "calls.dial"
    assert names["StartSiprecSession"] == "calls.actions.start_siprec"
    assert names["noiseSuppressionStart"] == "calls.actions.start_noise_suppression"
    assert names["UpdateClientState"] == "calls.actions.update_client_state"
    assert names["ListConnectionActiveCalls"] == "connections.list_active_calls"
    # NOTES says 41 actions; the pinned spec has 40 paths under /calls/{id}/actions/ (49 in all)
    assert sum(1 for op in operations.values() if op.resource == ("calls", "actions")) == 40


def test_unmapped_operations_get_a_derived_name(normalized_spec: dict[str, Any], naming: Naming) -> None:
    only_renames = Naming(body_field_names=naming.body_field_names)
    op = next(o for o in describe(normalized_spec, only_renames) if o.operation_id == "callGatherUsingAI")
    assert (op.resource, op.method_name) == (("calls",), "call_gather_using_ai")


def test_a_clash_between_path_and_body_names_is_reported(normalized_spec: dict[str, Any]) -> None:
    with pytest.raises(
        NamingError, match=r"BridgeCall: path parameter 'call_control_id' and body parameter 'call_control_id'"
    ):
        describe(normalized_spec, Naming())


def test_parameters(operations: dict[str, OperationSpec]) -> None:
    dial = operations["DialCall"]
    required = [p.python_name for p in dial.body_params if p.required]
    assert required == ["connection_id", "from_", "to"]
    bridge = operations["BridgeCall"]
    assert [(p.name, p.python_name) for p in bridge.path_params] == [("call_control_id", "call_control_id_to_bridge")]
    assert "call_control_id_to_bridge_with" in [p.python_name for p in bridge.body_params]
    events = operations["ListCallEvents"]
    assert [(p.name, p.deep_object) for p in events.query_params] == [("filter", True), ("page", True)]


def test_commands_and_pagination(operations: dict[str, OperationSpec]) -> None:
    commands = {op.operation_id for op in operations.values() if op.is_command}
    assert "DialCall" in commands and "UpdateClientState" in commands
    assert len({c for c in commands if operations[c].path.startswith("/calls")}) == 41
    # conference commands take a command_id too: CreateConference and the 17 under /conferences/{id}/actions/
    conference_commands = {c for c in commands if operations[c].path.startswith("/conferences")}
    assert len(conference_commands) == 18 and {"CreateConference", "EndConference"} <= conference_commands
    assert len(commands) == 59
    assert "ListConferences" not in commands and "UpdateConferenceParticipant" not in commands
    senders = {op.operation_id for op in operations.values() if op.sends_command_id}
    assert senders <= commands and "DialCall" in senders and "AnswerCall" in senders
    assert not operations["RetrieveCallStatus"].sends_command_id
    assert operations["ListCallEvents"].pagination == "page_number"
    assert operations["ListConnectionActiveCalls"].pagination == "cursor"
    assert operations["RetrieveCallStatus"].pagination is None


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("outbound.outbound_voice_profile_id", "outbound_outbound_voice_profile_id"),
        ("customer_reference__in", "customer_reference_in"),
        ("pageSize", "page_size"),
        ("from", "from"),
    ],
)
def test_official_key_names(wire: str, python: str) -> None:
    assert official_key(wire) == python


def test_page_keywords_come_from_the_page_parameter(operations: dict[str, OperationSpec]) -> None:
    for op_id in ("ListCallEvents", "ListCallControlApplications", "ListConnectionActiveCalls"):
        keywords = [(k.python_name, k.param, k.key) for k in operations[op_id].page_keywords]
        assert keywords == [(f"page_{key}", "page", key) for key in ("after", "before", "limit", "number", "size")]
    assert all(not op.page_keywords for op in operations.values() if op.pagination is None)


def test_object_query_parameters_know_their_keys(operations: dict[str, OperationSpec]) -> None:
    (filter_,) = [p for p in operations["ListCallEvents"].query_params if p.name == "filter"]
    keys = {key.wire: key for key in filter_.keys or ()}
    assert keys["outbound.outbound_voice_profile_id"].python == "outbound_outbound_voice_profile_id"
    assert [k.wire for k in keys["occurred_at"].nested or ()] == ["eq", "gt", "gte", "lt", "lte"]
    assert keys["leg_id"].nested is None


def test_object_keys_of_open_and_closed_objects() -> None:
    spec: dict[str, Any] = {"components": {"schemas": {}}}
    closed = {"type": "object", "properties": {"a.b": {"type": "string"}}}
    assert object_keys(spec, closed) == (ObjectKey("a.b", "a_b", None),)
    assert object_keys(spec, {**closed, "additionalProperties": True}) is None
    assert object_keys(spec, {"type": "object"}) is None
    assert object_keys(spec, {"type": "string"}) is None


def test_tool_names_are_short_unique_and_safe(operations: dict[str, OperationSpec]) -> None:
    names = [op.tool_name for op in operations.values()]
    assert len(set(names)) == 96
    assert all(len(n) <= 40 and n.replace("_", "").isalnum() and n.islower() for n in names)


def test_body_fields_are_merged_through_all_of() -> None:
    from generator.describe import describe_operation

    base = {"type": "object", "properties": {"created_at": {"type": "string"}}}
    body = {
        "allOf": [
            {"$ref": "#/components/schemas/Base"},
            {"properties": {"name": {"type": "string"}}, "required": ["name"]},
        ]
    }
    operation = {
        "operationId": "CreateNetwork",
        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}}},
        "responses": {"200": {"description": "ok"}},
    }
    spec = {"paths": {"/networks": {"post": operation}}, "components": {"schemas": {"Base": base, "Body": body}}}
    op = describe_operation(spec, "/networks", "post", operation, Naming())
    assert [(p.name, p.required) for p in op.body_params] == [("created_at", False), ("name", True)]


def test_the_last_path_parameter_is_positional(operations: dict[str, OperationSpec]) -> None:
    """As in the official SDK: `queues.calls.retrieve(call_control_id, queue_name=...)`,
    `conferences.retrieve_participant(participant_id, id=...)`; the only path parameter stays positional."""
    queue_call = operations["RetrieveCallFromQueue"]
    assert [p.name for p in queue_call.positional_params] == ["call_control_id"]
    assert [p.name for p in queue_call.keyword_path_params] == ["queue_name"]
    participant = operations["RetrieveConferenceParticipant"]
    assert [p.name for p in participant.positional_params] == ["participant_id"]
    assert [p.name for p in participant.keyword_path_params] == ["id"]
    assert [p.name for p in operations["AnswerCall"].positional_params] == ["call_control_id"]
    assert operations["DialCall"].positional_params == ()
    for op in operations.values():
        assert len(op.positional_params) == min(len(op.path_params), 1)
        assert all(p.location == "path" for p in op.positional_params)
