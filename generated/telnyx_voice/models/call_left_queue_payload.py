from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallLeftQueuePayload")


@_attrs_define(frozen=True)
class CallLeftQueuePayload:
    """
    Attributes:
        call_control_id (str | Unset): Call ID used to issue commands via Call Control API. Example:
            v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        call_leg_id (str | Unset): ID that is unique to the call and can be used to correlate webhook events. Example:
            428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        call_session_id (str | Unset): ID that is unique to the call session and can be used to correlate webhook
            events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an
            inbound and outbound leg of a transferred call. Example: 428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
        client_state (str | Unset): State received from a command. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        connection_id (str | Unset): Call Control App ID (formerly Telnyx connection ID) used in the call. Example:
            7267xxxxxxxxxxxxxx.
        queue (str | Unset): The name of the queue Example: support.
        queue_position (int | Unset): Last position of the call in the queue. Example: 7.
        reason (Literal["bridged", "bridging-in-process", "hangup", "leave", "timeout"] | Unset): The reason for leaving
            the queue Example: bridged.
        wait_time_secs (int | Unset): Time call spent in the queue in seconds. Example: 60.
    """

    call_control_id: str | Unset = UNSET
    call_leg_id: str | Unset = UNSET
    call_session_id: str | Unset = UNSET
    client_state: str | Unset = UNSET
    connection_id: str | Unset = UNSET
    queue: str | Unset = UNSET
    queue_position: int | Unset = UNSET
    reason: Literal["bridged", "bridging-in-process", "hangup", "leave", "timeout"] | Unset = UNSET
    wait_time_secs: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        call_leg_id = self.call_leg_id

        call_session_id = self.call_session_id

        client_state = self.client_state

        connection_id = self.connection_id

        queue = self.queue

        queue_position = self.queue_position

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason

        wait_time_secs = self.wait_time_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if call_control_id is not UNSET:
            field_dict["call_control_id"] = call_control_id
        if call_leg_id is not UNSET:
            field_dict["call_leg_id"] = call_leg_id
        if call_session_id is not UNSET:
            field_dict["call_session_id"] = call_session_id
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if queue is not UNSET:
            field_dict["queue"] = queue
        if queue_position is not UNSET:
            field_dict["queue_position"] = queue_position
        if reason is not UNSET:
            field_dict["reason"] = reason
        if wait_time_secs is not UNSET:
            field_dict["wait_time_secs"] = wait_time_secs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id", UNSET)

        call_leg_id = d.pop("call_leg_id", UNSET)

        call_session_id = d.pop("call_session_id", UNSET)

        client_state = d.pop("client_state", UNSET)

        connection_id = d.pop("connection_id", UNSET)

        queue = d.pop("queue", UNSET)

        queue_position = d.pop("queue_position", UNSET)

        _reason = d.pop("reason", UNSET)
        reason: Literal["bridged", "bridging-in-process", "hangup", "leave", "timeout"] | Unset
        reason = UNSET if isinstance(_reason, Unset) else enum_value(_reason, str)

        wait_time_secs = d.pop("wait_time_secs", UNSET)

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            call_leg_id=call_leg_id,
            call_session_id=call_session_id,
            client_state=client_state,
            connection_id=connection_id,
            queue=queue,
            queue_position=queue_position,
            reason=reason,
            wait_time_secs=wait_time_secs,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
