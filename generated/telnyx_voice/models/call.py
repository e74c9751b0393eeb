from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="Call")


@_attrs_define(frozen=True)
class Call:
    """
    Example:
        {'call_control_id': 'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg', 'call_duration': 50,
            'call_leg_id': '2dc6fc34-f9e0-11ea-b68e-02420a0f7768', 'call_session_id': '2dc1b3c8-f9e0-11ea-
            bc5a-02420a0f7768', 'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'end_time': '2019-01-23T18:11:52.574Z',
            'is_alive': False, 'record_type': 'call', 'start_time': '2019-01-23T18:10:02.574Z'}

    Attributes:
        call_control_id (str): Unique identifier and token for controlling the call. Example:
            v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        call_leg_id (str): ID that is unique to the call and can be used to correlate webhook events Example:
            428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        call_session_id (str): ID that is unique to the call session and can be used to correlate webhook events. Call
            session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and
            outbound leg of a transferred call Example: 428c31b6-7af4-4bcb-b68e-5013ef9657c1.
        is_alive (bool): Indicates whether the call is alive or not. For Dial command it will always be `false` (dialing
            is asynchronous). Example: True.
        record_type (Literal["call"]):  Example: call.
        call_duration (int | Unset): Indicates the duration of the call in seconds Example: 50.
        client_state (str | Unset): State received from a command. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        end_time (str | Unset): ISO 8601 formatted date indicating when the call ended. Only present when the call is
            not alive Example: 2019-01-23T18:11:52.574Z.
        start_time (str | Unset): ISO 8601 formatted date indicating when the call started Example:
            2019-01-23T18:10:02.574Z.
    """

    call_control_id: str
    call_leg_id: str
    call_session_id: str
    is_alive: bool
    record_type: Literal["call"]
    call_duration: int | Unset = UNSET
    client_state: str | Unset = UNSET
    end_time: str | Unset = UNSET
    start_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        call_leg_id = self.call_leg_id

        call_session_id = self.call_session_id

        is_alive = self.is_alive

        record_type: str = self.record_type

        call_duration = self.call_duration

        client_state = self.client_state

        end_time = self.end_time

        start_time = self.start_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_control_id": call_control_id,
                "call_leg_id": call_leg_id,
                "call_session_id": call_session_id,
                "is_alive": is_alive,
                "record_type": record_type,
            }
        )
        if call_duration is not UNSET:
            field_dict["call_duration"] = call_duration
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id")

        call_leg_id = d.pop("call_leg_id")

        call_session_id = d.pop("call_session_id")

        is_alive = d.pop("is_alive")

        record_type = enum_value(d.pop("record_type"), str)

        call_duration = d.pop("call_duration", UNSET)

        client_state = d.pop("client_state", UNSET)

        end_time = d.pop("end_time", UNSET)

        start_time = d.pop("start_time", UNSET)

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            call_leg_id=call_leg_id,
            call_session_id=call_session_id,
            is_alive=is_alive,
            record_type=record_type,
            call_duration=call_duration,
            client_state=client_state,
            end_time=end_time,
            start_time=start_time,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
