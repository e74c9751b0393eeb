from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value

T = TypeVar("T", bound="ActiveCall")


@_attrs_define(frozen=True)
class ActiveCall:
    """
    Example:
        {'call_control_id': 'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg', 'call_duration': 50,
            'call_leg_id': '2dc6fc34-f9e0-11ea-b68e-02420a0f7768', 'call_session_id': '2dc1b3c8-f9e0-11ea-
            bc5a-02420a0f7768', 'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'record_type': 'call'}

    Attributes:
        call_control_id (str): Unique identifier and token for controlling the call. Example:
            v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        call_duration (int): Indicates the duration of the call in seconds Example: 50.
        call_leg_id (str): ID that is unique to the call and can be used to correlate webhook events Example:
            428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        call_session_id (str): ID that is unique to the call session and can be used to correlate webhook events. Call
            session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and
            outbound leg of a transferred call Example: 428c31b6-7af4-4bcb-b68e-5013ef9657c1.
        client_state (str): State received from a command. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        record_type (Literal["call"]):  Example: call.
    """

    call_control_id: str
    call_duration: int
    call_leg_id: str
    call_session_id: str
    client_state: str
    record_type: Literal["call"]
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        call_duration = self.call_duration

        call_leg_id = self.call_leg_id

        call_session_id = self.call_session_id

        client_state = self.client_state

        record_type: str = self.record_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_control_id": call_control_id,
                "call_duration": call_duration,
                "call_leg_id": call_leg_id,
                "call_session_id": call_session_id,
                "client_state": client_state,
                "record_type": record_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id")

        call_duration = d.pop("call_duration")

        call_leg_id = d.pop("call_leg_id")

        call_session_id = d.pop("call_session_id")

        client_state = d.pop("client_state")

        record_type = enum_value(d.pop("record_type"), str)

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            call_duration=call_duration,
            call_leg_id=call_leg_id,
            call_session_id=call_session_id,
            client_state=client_state,
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
