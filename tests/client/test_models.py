"""Model semantics as in the official SDK: absent fields read None with presence kept, UUIDs are text,
unknown fields are attributes, reading is lenient unless strict validation is on, and every operation's
fullest response survives `to_dict()` unchanged."""

from __future__ import annotations

import copy
import datetime
import json
from typing import Any

import pytest
from telnyx_voice import APIResponseValidationError, Telnyx
from telnyx_voice._http import response_class
from telnyx_voice._operations import OPERATIONS
from telnyx_voice._validation import ResponseFieldError, check_model
from telnyx_voice.models import CallAnsweredPayload, CallControlCommandResponse, CallEvent, CustomSIPHeader

from tests.support import samples
from tests.support.client import invoke, mock_api, reply
from tests.support.spec_operations import PATH_IDS, resolve, response_body, spec, spec_operations

RECORDING_ID = "d7e9c1d4-8b2a-4b8f-b3a7-9a671c9e9b0a"
CALL_ID = PATH_IDS["call_control_id"]
# Every property of every object (no whole-object examples), fixed leaves: the fullest body the spec allows.
FULLEST = samples.SampleStyle(
    use_examples=False,
    optional="with_example",
    max_depth=8,
    leaf=samples.fixed_leaf,
    array_length=lambda schema: 1,
    resolve=resolve,
)
RESPONDING = sorted(op_id for op_id, op in OPERATIONS.items() if op.response is not None)


def fullest_response(op_id: str) -> dict[str, Any]:
    """The success body of op_id with every property of its schema filled in."""
    operation = spec_operations()[op_id]
    schema = resolve({"$ref": f"#/components/schemas/{operation.response_schema}"})
    body: dict[str, Any] = samples.sample(schema, FULLEST, full=True)
    return body


@pytest.mark.parametrize("op_id", RESPONDING)
def test_the_fullest_response_of_every_operation_round_trips_through_to_dict(op_id: str) -> None:
    body = fullest_response(op_id)
    model = response_class(OPERATIONS[op_id])

    parsed = model.from_dict(copy.deepcopy(body))

    assert parsed.to_dict() == body
    assert json.loads(parsed.to_json()) == body
    check_model(model, body)  # the fullest body is valid, so strict mode reads it too


async def test_absent_fields_read_none_and_presence_is_kept(mode: str) -> None:
    api = mock_api(reply(200, {"data": {"result": "ok"}}))

    result = await invoke(api.client(mode), "calls.actions.answer", CALL_ID)

    assert result.data.recording_id is None
    assert result.data.model_fields_set == {"result"}
    assert result.model_fields_set == {"data"}
    assert result.data.to_dict() == {"result": "ok"}
    assert result.data.to_dict(exclude_unset=False) == {"result": "ok", "recording_id": None}
    assert result.data.model_dump() == {"result": "ok", "recording_id": None}
    assert result.data.model_dump(exclude_unset=True) == {"result": "ok"}


async def test_uuid_fields_are_text(mode: str) -> None:
    api = mock_api(reply(200, {"data": {"result": "ok", "recording_id": RECORDING_ID}}))

    result = await invoke(api.client(mode), "calls.actions.answer", CALL_ID)

    assert result.data.recording_id == RECORDING_ID
    assert json.loads(json.dumps(result.to_dict())) == {"data": {"result": "ok", "recording_id": RECORDING_ID}}


async def test_unknown_fields_are_attributes_items_and_kept_by_to_dict(mode: str) -> None:
    body = {"data": {"result": "ok", "brand_new_field": {"nested": True}}, "request_id": "req-1"}
    api = mock_api(reply(200, body))

    result = await invoke(api.client(mode), "calls.actions.answer", CALL_ID)

    assert result.data.brand_new_field == {"nested": True}
    assert result.data["brand_new_field"] == {"nested": True}
    assert result.request_id == "req-1"
    assert "brand_new_field" in result.data.model_fields_set
    assert result.to_dict() == body
    with pytest.raises(AttributeError, match="no attribute 'not_there'"):
        _ = result.data.not_there


BROKEN_BODIES = [
    ({"data": {"result": 7}}, "data.result: expected a string, got an integer", 7),
    (
        {"data": {"result": "ok", "recording_id": "not-a-uuid"}},
        "data.recording_id: 'not-a-uuid' is not a valid UUID",
        "ok",
    ),
    ({"data": {"result": None}}, "data.result: is null, which the spec does not allow", None),
]


@pytest.mark.parametrize(("body", "problem", "result"), BROKEN_BODIES, ids=["type", "format", "null"])
async def test_lenient_by_default_strict_on_request(body: dict[str, Any], problem: str, result: Any, mode: str) -> None:
    lenient = await invoke(mock_api(reply(200, body)).client(mode), "calls.actions.answer", CALL_ID)
    assert lenient.data.result == result
    assert lenient.to_dict() == body

    strict = mock_api(reply(200, body)).client(mode, _strict_response_validation=True)
    with pytest.raises(APIResponseValidationError) as caught:
        await invoke(strict, "calls.actions.answer", CALL_ID)
    assert str(caught.value).endswith(problem)


async def test_a_missing_required_field_reads_none_unless_strict(mode: str) -> None:
    body = response_body(spec_operations()["RetrieveCallStatus"])
    del body["data"]["call_control_id"]

    lenient = await invoke(mock_api(reply(200, body)).client(mode), "calls.retrieve_status", CALL_ID)
    assert lenient.data.call_control_id is None
    assert "call_control_id" not in lenient.data.model_fields_set

    strict = mock_api(reply(200, body)).client(mode, _strict_response_validation=True)
    with pytest.raises(APIResponseValidationError, match=r"data\.call_control_id: required field is missing"):
        await invoke(strict, "calls.retrieve_status", CALL_ID)


def test_a_date_time_that_does_not_parse_is_kept_as_sent_and_others_are_datetimes() -> None:
    from telnyx_voice.models import CallAnswered

    body = {"event_type": "call.answered", "id": RECORDING_ID, "payload": {}, "record_type": "event"}
    odd = CallAnswered.from_dict({**body, "occurred_at": "yesterday"})
    assert odd.occurred_at == "yesterday"
    utc = CallAnswered.from_dict({**body, "occurred_at": "2024-05-06T07:08:09Z"})
    assert utc.occurred_at == datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.UTC)
    assert utc.to_dict()["occurred_at"] == "2024-05-06T07:08:09Z"
    assert utc.model_dump()["occurred_at"] == utc.occurred_at  # mode="python" keeps the datetime
    with pytest.raises(ResponseFieldError, match="occurred_at: 'yesterday' is not a valid ISO 8601"):
        check_model(CallAnswered, {**body, "occurred_at": "yesterday"})


def test_free_form_objects_are_plain_dicts() -> None:
    body = response_body(spec_operations()["ListCallEvents"])["data"][0]
    event = CallEvent.from_dict({**body, "metadata": {"raw": {"any": ["thing"]}}})
    assert event.metadata == {"raw": {"any": ["thing"]}}


def test_attributes_keep_wire_names_and_only_keywords_are_renamed() -> None:
    fields = {python: wire for python, wire, _ in CallEvent._FIELDS}
    assert fields["type"] == "type"
    assert {python: wire for python, wire, _ in CallAnsweredPayload._FIELDS}["from_"] == "from"


def test_a_model_built_by_hand_sends_only_what_it_was_given() -> None:
    header = CustomSIPHeader(name="X-A", value="1")
    assert header.to_dict() == {"name": "X-A", "value": "1"}
    assert header.model_fields_set == {"name", "value"}
    answered = CallAnsweredPayload(call_control_id="v3:x", to=None)
    assert answered.from_ is None and answered.client_state is None
    assert answered.to_dict() == {"call_control_id": "v3:x", "to": None}  # explicit None is sent, UNSET is not
    assert answered.model_dump(exclude_none=True) == {"call_control_id": "v3:x"}
    assert answered.model_dump(include={"from_"}) == {"from_": None}
    assert answered.model_dump(by_alias=True, include={"from_"}) == {"from": None}
    assert json.loads(answered.model_dump_json())["from_"] is None
    assert answered.to_json(indent=None) == '{"call_control_id": "v3:x", "to": null}'
    command = CallControlCommandResponse.from_dict({"data": {"result": "ok"}})
    assert command.to_dict(use_api_names=False, exclude_unset=False) == {"data": {"result": "ok"}}


def test_client_public_key_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELNYX_PUBLIC_KEY", "from-env")
    assert Telnyx(api_key="k").public_key == "from-env"
    assert Telnyx(api_key="k", public_key="given").public_key == "given"


def test_every_event_class_has_its_official_name_too() -> None:
    from telnyx_voice import events

    assert events.CallAnsweredWebhookEvent is events.event_class_for("call.answered")
    assert events.UnwrapWebhookEvent is events.WebhookEvent
    names = {f"{name[:1].upper()}{name[1:]}WebhookEvent" for name in spec()["webhooks"]}
    for name in names:
        assert isinstance(getattr(events, name), type), name
