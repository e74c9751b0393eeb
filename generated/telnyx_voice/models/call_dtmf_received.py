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

T = TypeVar("T", bound="CallDTMFReceived")


@_attrs_define(frozen=True)
class CallDTMFReceived:
    """
    Example:
        {'event_type': 'call.dtmf.received', 'id': '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0', 'occurred_at':
            '2018-02-02T22:25:27.521992Z', 'payload': {'call_control_id':
            'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg', 'call_leg_id':
            '428c31b6-7af4-4bcb-b7f5-5013ef9657c1', 'call_session_id': '428c31b6-7af4-4bcb-b7f5-5013ef9657c1',
            'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'connection_id': '7267xxxxxxxxxxxxxx', 'digit': '#', 'from':
            '+35319605860', 'to': '+35319605860'}, 'record_type': 'event'}

    Attributes:
        event_type (Literal["call.dtmf.received"]): The type of event being delivered. Example: call.dtmf.received.
        id (UUID): Identifies the type of resource. Example: 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0.
        payload (CallDTMFReceivedPayload):
        record_type (Literal["event"]): Identifies the type of the resource. Example: event.
        occurred_at (datetime.datetime | Unset): ISO 8601 datetime of when the event occurred. Example:
            2018-02-02T22:25:27.521992Z.
    """

    event_type: Literal["call.dtmf.received"]
    id: UUID
    payload: CallDTMFReceivedPayload
    record_type: Literal["event"]
    occurred_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        event_type: str = self.event_type

        id = str(self.id)

        payload = self.payload.to_dict()

        record_type: str = self.record_type

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
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_type = enum_value(d.pop("event_type"), str)

        id = UUID(d.pop("id"))

        payload = CallDTMFReceivedPayload.from_dict(d.pop("payload"))

        record_type = enum_value(d.pop("record_type"), str)

        _occurred_at = d.pop("occurred_at", UNSET)
        occurred_at: datetime.datetime | Unset
        occurred_at = UNSET if isinstance(_occurred_at, Unset) else datetime.datetime.fromisoformat(_occurred_at)

        additional_properties = d
        return cls(
            event_type=event_type,
            id=id,
            payload=payload,
            record_type=record_type,
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


from ..models.call_dtmf_received_payload import CallDTMFReceivedPayload
