from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule


@_attrs_define(frozen=True, init=False)
class QueueCall(BaseModel):
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
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_control_id", "call_control_id", True),
        ("call_leg_id", "call_leg_id", True),
        ("call_session_id", "call_session_id", True),
        ("connection_id", "connection_id", True),
        ("enqueued_at", "enqueued_at", True),
        ("from_", "from", True),
        ("is_alive", "is_alive", True),
        ("queue_id", "queue_id", True),
        ("queue_position", "queue_position", True),
        ("record_type", "record_type", True),
        ("to", "to", True),
        ("wait_time_secs", "wait_time_secs", True),
    )

    def __init__(
        self,
        *,
        call_control_id: str,
        call_leg_id: str,
        call_session_id: str,
        connection_id: str,
        enqueued_at: str,
        from_: str,
        is_alive: bool,
        queue_id: str,
        queue_position: int,
        record_type: Literal["queue_call"],
        to: str,
        wait_time_secs: int,
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
        _set(self, "call_control_id", d.pop("call_control_id", None))
        _set(self, "call_leg_id", d.pop("call_leg_id", None))
        _set(self, "call_session_id", d.pop("call_session_id", None))
        _set(self, "connection_id", d.pop("connection_id", None))
        _set(self, "enqueued_at", d.pop("enqueued_at", None))
        _set(self, "from_", d.pop("from", None))
        _set(self, "is_alive", d.pop("is_alive", None))
        _set(self, "queue_id", d.pop("queue_id", None))
        _set(self, "queue_position", d.pop("queue_position", None))
        _set(self, "record_type", d.pop("record_type", None))
        _set(self, "to", d.pop("to", None))
        _set(self, "wait_time_secs", d.pop("wait_time_secs", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("call_control_id", str, REQUIRED),
            ("call_leg_id", str, REQUIRED),
            ("call_session_id", str, REQUIRED),
            ("connection_id", str, REQUIRED),
            ("enqueued_at", str, REQUIRED),
            ("from", str, REQUIRED),
            ("is_alive", bool, REQUIRED),
            ("queue_id", str, REQUIRED),
            ("queue_position", int, REQUIRED),
            ("record_type", str, REQUIRED),
            ("to", str, REQUIRED),
            ("wait_time_secs", int, REQUIRED),
        )
