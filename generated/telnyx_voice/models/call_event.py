# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value

T = TypeVar("T", bound="CallEvent")


@_attrs_define(frozen=True)
class CallEvent:
    """
    Example:
        {'call_leg_id': '308fe500-5213-11e9-ace7-02420a0f0668', 'call_session_id':
            '308fec30-5213-11e9-9d3f-02420a0f0668', 'event_timestamp': '2019-03-29T11:10:19.127783Z', 'metadata': {},
            'name': 'call.hangup', 'record_type': 'call_event', 'type': 'webhook'}

    Attributes:
        call_leg_id (str): Uniquely identifies an individual call leg. Example: 308fe500-5213-11e9-ace7-02420a0f0668.
        call_session_id (str): Uniquely identifies the call control session. A session may include multiple call leg
            events. Example: 308fec30-5213-11e9-9d3f-02420a0f0668.
        event_timestamp (str): Event timestamp Example: 2019-03-29T11:10:19.127783Z.
        metadata (CallEventMetadata): Event metadata, which includes raw event, and extra information based on event
            type
        name (str): Event name Example: call.hangup.
        record_type (Literal["call_event"]):  Example: call_event.
        type_ (Literal["command", "webhook"]): Event type Example: webhook.
    """

    call_leg_id: str
    call_session_id: str
    event_timestamp: str
    metadata: CallEventMetadata
    name: str
    record_type: Literal["call_event"]
    type_: Literal["command", "webhook"]
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_leg_id = self.call_leg_id

        call_session_id = self.call_session_id

        event_timestamp = self.event_timestamp

        metadata = self.metadata.to_dict()

        name = self.name

        record_type: str = self.record_type

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_leg_id": call_leg_id,
                "call_session_id": call_session_id,
                "event_timestamp": event_timestamp,
                "metadata": metadata,
                "name": name,
                "record_type": record_type,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_leg_id = d.pop("call_leg_id")

        call_session_id = d.pop("call_session_id")

        event_timestamp = d.pop("event_timestamp")

        metadata = CallEventMetadata.from_dict(d.pop("metadata"))

        name = d.pop("name")

        record_type = enum_value(d.pop("record_type"), str)

        type_ = enum_value(d.pop("type"), str)

        additional_properties = d
        return cls(
            call_leg_id=call_leg_id,
            call_session_id=call_session_id,
            event_timestamp=event_timestamp,
            metadata=metadata,
            name=name,
            record_type=record_type,
            type_=type_,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.call_event_metadata import CallEventMetadata
