# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallConversationEnded")


@_attrs_define(frozen=True)
class CallConversationEnded:
    """
    Example:
        {'created_at': '2025-05-29T13:35:38.927621Z', 'event_type': 'call.conversation.ended', 'id':
            'eb8775a6-634f-48b0-b177-d5465a8a8e9f', 'occurred_at': '2025-05-29T13:35:38.817785Z', 'payload':
            {'assistant_id': 'assistant-d9082b56-ba2d-4ad1-a50c-58661eb1463d', 'call_control_id':
            'v3:HDR1vQHx697hpP9xZ0bhlbUOWPFPDtPcxw-nuSMuC6mGVpb0euoklQ', 'call_leg_id':
            'cc29cce6-3c91-11f0-a8e5-02420aef3d20', 'call_session_id': 'cc29c8d6-3c91-11f0-aa7c-02420aef3d20',
            'calling_party_type': 'sip', 'client_state':
            'g3QAAAACbQAAAAtkYXRhX2NlbnRlcm0AAAADY2gxbQAAAApkZXBsb3ltZW50bQAAAARiYXNl', 'connection_id':
            '2694492062593582591', 'conversation_id': '0424805b-adc1-4ff8-9f95-e1de6883ecbe', 'duration_sec': 3, 'from':
            '+13124287921', 'llm_model': 'openai/gpt-4o', 'reason': 'customer_disconnect', 'stt_model': 'distil-
            whisper/distil-large-v2', 'to': 'jamesw@assistant-d9082b56-ba2d-4ad1-a50c-58661eb1463d.sip.telnyx.com',
            'tts_model_id': 'Natural', 'tts_provider': 'telnyx', 'tts_voice_id': 'Marissa'}, 'record_type': 'event'}

    Attributes:
        event_type (Literal["call.conversation.ended"]): The type of event being delivered. Example:
            call.conversation.ended.
        id (UUID): Unique identifier for the event. Example: 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0.
        payload (CallConversationEndedPayload):
        record_type (Literal["event"]): Identifies the type of the resource. Example: event.
        created_at (datetime.datetime | Unset): Timestamp when the event was created in the system. Example:
            2025-05-29T13:35:38.927621Z.
        occurred_at (datetime.datetime | Unset): ISO 8601 datetime of when the event occurred. Example:
            2018-02-02T22:25:27.521992Z.
    """

    event_type: Literal["call.conversation.ended"]
    id: UUID
    payload: CallConversationEndedPayload
    record_type: Literal["event"]
    created_at: datetime.datetime | Unset = UNSET
    occurred_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        event_type: str = self.event_type

        id = str(self.id)

        payload = self.payload.to_dict()

        record_type: str = self.record_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        occurred_at: str | Unset = UNSET
        if not isinstance(self.occurred_at, Unset):
            occurred_at = self.occurred_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "id": id,
                "payload": payload,
                "record_type": record_type,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_type = enum_value(d.pop("event_type"), str)

        id = UUID(d.pop("id"))

        payload = CallConversationEndedPayload.from_dict(d.pop("payload"))

        record_type = enum_value(d.pop("record_type"), str)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        created_at = UNSET if isinstance(_created_at, Unset) else datetime.datetime.fromisoformat(_created_at)

        _occurred_at = d.pop("occurred_at", UNSET)
        occurred_at: datetime.datetime | Unset
        occurred_at = UNSET if isinstance(_occurred_at, Unset) else datetime.datetime.fromisoformat(_occurred_at)

        additional_properties = d
        return cls(
            event_type=event_type,
            id=id,
            payload=payload,
            record_type=record_type,
            created_at=created_at,
            occurred_at=occurred_at,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.call_conversation_ended_payload import CallConversationEndedPayload
