# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value

T = TypeVar("T", bound="ConferenceSpeakEnded")


@_attrs_define(frozen=True)
class ConferenceSpeakEnded:
    """
    Example:
        {'event_type': 'conference.speak.ended', 'id': '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0', 'payload':
            {'conference_id': '428c31b6-abf3-3bc1-b7f4-5013ef9657c1', 'connection_id': '7267xxxxxxxxxxxxxx',
            'creator_call_session_id': '428c31b6-7af4-4bcb-b7f5-5013ef9657c1', 'occurred_at': '2018-02-02T22:25:27.521Z'},
            'record_type': 'event'}

    Attributes:
        event_type (Literal["conference.speak.ended"]): The type of event being delivered. Example:
            conference.speak.ended.
        id (UUID): Identifies the type of resource. Example: 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0.
        payload (ConferenceSpeakEndedPayload):
        record_type (Literal["event"]): Identifies the type of the resource. Example: event.
    """

    event_type: Literal["conference.speak.ended"]
    id: UUID
    payload: ConferenceSpeakEndedPayload
    record_type: Literal["event"]
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        event_type: str = self.event_type

        id = str(self.id)

        payload = self.payload.to_dict()

        record_type: str = self.record_type

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_type = enum_value(d.pop("event_type"), str)

        id = UUID(d.pop("id"))

        payload = ConferenceSpeakEndedPayload.from_dict(d.pop("payload"))

        record_type = enum_value(d.pop("record_type"), str)

        additional_properties = d
        return cls(
            event_type=event_type,
            id=id,
            payload=payload,
            record_type=record_type,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.conference_speak_ended_payload import ConferenceSpeakEndedPayload
