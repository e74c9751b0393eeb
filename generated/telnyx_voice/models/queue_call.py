from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value

T = TypeVar("T", bound="QueueCall")


@_attrs_define(frozen=True)
class QueueCall:
    """
    Example:
        {'call_control_id': 'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg', 'call_leg_id':
            '2dc6fc34-f9e0-11ea-b68e-02420a0f7768', 'call_session_id': '2dc1b3c8-f9e0-11ea-bc5a-02420a0f7768',
            'connection_id': '7267xxxxxxxxxxxxxx', 'enqueued_at': '2019-01-23T18:10:02.574Z', 'from': '+18005550101',
            'is_alive': True, 'queue_id': 'ae1626cc-6f42-11ea-becd-02420a0f8b69', 'queue_position': 3, 'record_type':
            'queue_call', 'to': '+18005550102', 'wait_time_secs': 145}

    Attributes:
        call_control_id (str): Unique identifier and token for controlling the call. Example:
            v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        call_leg_id (str): ID that is unique to the call and can be used to correlate webhook events Example:
            428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        call_session_id (str): ID that is unique to the call session and can be used to correlate webhook events. Call
            session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and
            outbound leg of a transferred call Example: 428c31b6-7af4-4bcb-b68e-5013ef9657c1.
        connection_id (str): Call Control App ID (formerly Telnyx connection ID) used in the call. Example:
            7267xxxxxxxxxxxxxx.
        enqueued_at (str): ISO 8601 formatted date of when the call was put in the queue Example:
            2019-01-23T18:10:02.574Z.
        from_ (str): Number or SIP URI placing the call. Example: +35319605860.
        is_alive (bool): Indicates whether the call is still active in the queue. Example: True.
        queue_id (str): Unique identifier of the queue the call is in. Example: ae1626cc-6f42-11ea-becd-02420a0f8b69.
        queue_position (int): Current position of the call in the queue Example: 3.
        record_type (Literal["queue_call"]):  Example: queue_call.
        to (str): Destination number or SIP URI of the call. Example: +13129457420.
        wait_time_secs (int): The time the call has been waiting in the queue, given in seconds Example: 272.
    """

    call_control_id: str
    call_leg_id: str
    call_session_id: str
    connection_id: str
    enqueued_at: str
    from_: str
    is_alive: bool
    queue_id: str
    queue_position: int
    record_type: Literal["queue_call"]
    to: str
    wait_time_secs: int
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        call_leg_id = self.call_leg_id

        call_session_id = self.call_session_id

        connection_id = self.connection_id

        enqueued_at = self.enqueued_at

        from_ = self.from_

        is_alive = self.is_alive

        queue_id = self.queue_id

        queue_position = self.queue_position

        record_type: str = self.record_type

        to = self.to

        wait_time_secs = self.wait_time_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_control_id": call_control_id,
                "call_leg_id": call_leg_id,
                "call_session_id": call_session_id,
                "connection_id": connection_id,
                "enqueued_at": enqueued_at,
                "from": from_,
                "is_alive": is_alive,
                "queue_id": queue_id,
                "queue_position": queue_position,
                "record_type": record_type,
                "to": to,
                "wait_time_secs": wait_time_secs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id")

        call_leg_id = d.pop("call_leg_id")

        call_session_id = d.pop("call_session_id")

        connection_id = d.pop("connection_id")

        enqueued_at = d.pop("enqueued_at")

        from_ = d.pop("from")

        is_alive = d.pop("is_alive")

        queue_id = d.pop("queue_id")

        queue_position = d.pop("queue_position")

        record_type = enum_value(d.pop("record_type"), str)

        to = d.pop("to")

        wait_time_secs = d.pop("wait_time_secs")

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            call_leg_id=call_leg_id,
            call_session_id=call_session_id,
            connection_id=connection_id,
            enqueued_at=enqueued_at,
            from_=from_,
            is_alive=is_alive,
            queue_id=queue_id,
            queue_position=queue_position,
            record_type=record_type,
            to=to,
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
