# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule


@_attrs_define(frozen=True, init=False)
class ConferenceParticipantSpeakStarted(BaseModel):
    """
    Example:
        {'event_type': 'conference.participant.speak.started', 'id': '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0', 'payload':
            {'call_control_id': 'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg', 'call_leg_id':
            '428c31b6-7af4-4bcb-b7f5-5013ef9657c1', 'call_session_id': '428c31b6-7af4-4bcb-b7f5-5013ef9657c1',
            'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'conference_id': '428c31b6-abf3-3bc1-b7f4-5013ef9657c1',
            'connection_id': '7267xxxxxxxxxxxxxx', 'creator_call_session_id': '428c31b6-7af4-4bcb-b7f5-5013ef9657c1',
            'occurred_at': '2018-02-02T22:25:27.521Z'}, 'record_type': 'event'}

    Attributes:
        event_type (Literal["conference.participant.speak.started"]): The type of event being delivered. Example:
            conference.participant.speak.started.
        id (str): Identifies the type of resource. Example: 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0.
        payload (ConferenceParticipantSpeakStartedPayload):
        record_type (Literal["event"]): Identifies the type of the resource. Example: event.
    """

    event_type: Literal["conference.participant.speak.started"]
    id: str
    payload: ConferenceParticipantSpeakStartedPayload
    record_type: Literal["event"]
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("event_type", "event_type", True),
        ("id", "id", True),
        ("payload", "payload", True),
        ("record_type", "record_type", True),
    )

    def __init__(
        self,
        *,
        event_type: Literal["conference.participant.speak.started"],
        id: str,
        payload: ConferenceParticipantSpeakStartedPayload,
        record_type: Literal["event"],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        init_model(self, locals())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the model from JSON data leniently: absent fields are None, values that are not what
        the spec says are kept as sent, unknown fields go to `additional_properties`."""
        d = dict(src_dict)
        self = cls.__new__(cls)
        _set = object.__setattr__
        _set(self, "_present", frozenset(d))
        _set(self, "event_type", d.pop("event_type", None))
        _set(self, "id", d.pop("id", None))
        v = d.pop("payload", None)
        _set(self, "payload", ConferenceParticipantSpeakStartedPayload.from_dict(v) if v.__class__ is dict else v)
        _set(self, "record_type", d.pop("record_type", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("event_type", str, REQUIRED),
            ("id", UUID, REQUIRED),
            ("payload", ConferenceParticipantSpeakStartedPayload, REQUIRED),
            ("record_type", str, REQUIRED),
        )


from ..models.conference_participant_speak_started_payload import ConferenceParticipantSpeakStartedPayload
