"""The generated event classes: every selected event parses its spec example into its own class."""

from __future__ import annotations

import copy
import datetime
from typing import Any

import attrs
import pytest
from syrupy.assertion import SnapshotAssertion
from telnyx_voice.events import EVENT_CLASSES
from telnyx_voice.webhooks import UnknownEvent, parse_event


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = spec["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def spec_examples(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each selected webhook's example delivery: its `data` schema's example in the envelope."""
    examples = {}
    for name, webhook in spec["webhooks"].items():
        body = webhook["post"]["requestBody"]["content"]["application/json"]["schema"]
        data = _resolve(spec, _resolve(spec, body)["properties"]["data"])
        examples[name] = {"data": copy.deepcopy(data["example"])}
    return examples


@pytest.fixture(scope="module")
def examples(normalized_spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return spec_examples(normalized_spec)


def test_every_voice_event_type_has_a_class(examples: dict[str, dict[str, Any]]) -> None:
    assert len(examples) == 55
    event_types = {example["data"]["event_type"] for example in examples.values()}
    assert event_types == set(EVENT_CLASSES)
    assert {
        "call.answered",
        "call.hangup",
        "call.gather.ended",
        "conference.created",
        "siprec.started",
        "streaming.failed",
    } <= event_types


@pytest.mark.parametrize("event_type", sorted(EVENT_CLASSES))
def test_every_example_parses_into_its_class(
    examples: dict[str, dict[str, Any]], event_type: str, snapshot: SnapshotAssertion
) -> None:
    """One snapshot per event, so a change to one event's class shows as a change to that snapshot only."""
    (example,) = [example for example in examples.values() if example["data"]["event_type"] == event_type]
    event = parse_event(example)
    assert not isinstance(event, UnknownEvent), event_type
    assert type(event).__name__ == EVENT_CLASSES[event_type][1]
    assert event.data.event_type == event_type
    assert event == snapshot


def test_envelope_fields_are_typed(examples: dict[str, dict[str, Any]]) -> None:
    event = parse_event(examples["callAnswered"])
    assert isinstance(event.data.occurred_at, datetime.datetime)
    assert event.data.payload.call_control_id.startswith("v3:")
    assert event.data.record_type == "event"


def test_events_are_immutable(examples: dict[str, dict[str, Any]]) -> None:
    event = parse_event(examples["callHangup"])
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        event.data = None


def test_unknown_fields_and_enum_values_are_kept(examples: dict[str, dict[str, Any]]) -> None:
    delivery = copy.deepcopy(examples["callHangup"])
    delivery["data"]["payload"]["hangup_cause"] = "cosmic_ray"
    delivery["data"]["payload"]["brand_new_field"] = {"nested": True}
    delivery["meta"] = {"attempt": 2, "delivered_to": "https://example.com/hooks"}
    event = parse_event(delivery)
    assert event.data.payload.hangup_cause == "cosmic_ray"
    assert event.data.payload.additional_properties["brand_new_field"] == {"nested": True}
    assert (event.meta.attempt, event.meta.delivered_to) == (2, "https://example.com/hooks")
    assert "meta" not in event.additional_properties


def test_an_unknown_event_type_is_kept_raw(examples: dict[str, dict[str, Any]]) -> None:
    delivery = copy.deepcopy(examples["callAnswered"])
    delivery["data"]["event_type"] = "call.teleported"
    event = parse_event(delivery)
    assert isinstance(event, UnknownEvent)
    assert event.event_type == "call.teleported" and event.raw == delivery


def test_an_event_that_breaks_its_schema_still_reaches_its_class_with_the_values_as_sent(
    examples: dict[str, dict[str, Any]],
) -> None:
    delivery = copy.deepcopy(examples["callAnswered"])
    delivery["data"]["occurred_at"] = "not a date"
    delivery["data"]["id"] = "not-a-uuid"
    del delivery["data"]["payload"]["call_control_id"]

    event = parse_event(delivery)

    assert type(event).__name__ == "CallAnsweredEvent"
    assert event.data.occurred_at == "not a date"
    assert event.data.id == "not-a-uuid"
    assert event.data.payload.call_control_id is None
    assert "call_control_id" not in event.data.payload.model_fields_set
