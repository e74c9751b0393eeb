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

T = TypeVar("T", bound="CallEnqueued")


@_attrs_define(frozen=True)
class CallEnqueued:
    """
    Example:
        {'event_type': 'call.enqueued', 'id': '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0', 'occurred_at':
            '2018-02-02T22:25:27.521992Z', 'payload': {'call_control_id':
            'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg', 'call_leg_id':
            '428c31b6-7af4-4bcb-b7f5-5013ef9657c1', 'call_session_id': '428c31b6-7af4-4bcb-b7f5-5013ef9657c1',
            'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'connection_id': '7267xxxxxxxxxxxxxx', 'current_position': 5,
            'queue': 'support'}, 'record_type': 'event'}

    Attributes:
        event_type (Literal["call.enqueued"] | Unset): The type of event being delivered. Example: call.enqueued.
        id (UUID | Unset): Identifies the type of resource. Example: 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0.
        occurred_at (datetime.datetime | Unset): ISO 8601 datetime of when the event occurred. Example:
            2018-02-02T22:25:27.521992Z.
        payload (CallEnqueuedPayload | Unset):
        record_type (Literal["event"] | Unset): Identifies the type of the resource. Example: event.
    """

    event_type: Literal["call.enqueued"] | Unset = UNSET
    id: UUID | Unset = UNSET
    occurred_at: datetime.datetime | Unset = UNSET
    payload: CallEnqueuedPayload | Unset = UNSET
    record_type: Literal["event"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        occurred_at: str | Unset = UNSET
        if not isinstance(self.occurred_at, Unset):
            occurred_at = self.occurred_at.isoformat()

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        record_type: str | Unset = UNSET
        if not isinstance(self.record_type, Unset):
            record_type = self.record_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if id is not UNSET:
            field_dict["id"] = id
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at
        if payload is not UNSET:
            field_dict["payload"] = payload
        if record_type is not UNSET:
            field_dict["record_type"] = record_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _event_type = d.pop("event_type", UNSET)
        event_type: Literal["call.enqueued"] | Unset
        event_type = UNSET if isinstance(_event_type, Unset) else enum_value(_event_type, str)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        id = UNSET if isinstance(_id, Unset) else UUID(_id)

        _occurred_at = d.pop("occurred_at", UNSET)
        occurred_at: datetime.datetime | Unset
        occurred_at = UNSET if isinstance(_occurred_at, Unset) else datetime.datetime.fromisoformat(_occurred_at)

        _payload = d.pop("payload", UNSET)
        payload: CallEnqueuedPayload | Unset
        payload = UNSET if isinstance(_payload, Unset) else CallEnqueuedPayload.from_dict(_payload)

        _record_type = d.pop("record_type", UNSET)
        record_type: Literal["event"] | Unset
        record_type = UNSET if isinstance(_record_type, Unset) else enum_value(_record_type, str)

        additional_properties = d
        return cls(
            event_type=event_type,
            id=id,
            occurred_at=occurred_at,
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


from ..models.call_enqueued_payload import CallEnqueuedPayload
