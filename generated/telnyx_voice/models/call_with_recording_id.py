from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallWithRecordingID(BaseModel):
    """
    Example:
        {'call_control_id': 'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg', 'call_duration': 50,
            'call_leg_id': '2dc6fc34-f9e0-11ea-b68e-02420a0f7768', 'call_session_id': '2dc1b3c8-f9e0-11ea-
            bc5a-02420a0f7768', 'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'end_time': '2019-01-23T18:11:52.574Z',
            'is_alive': False, 'record_type': 'call', 'recording_id': 'd7e9c1d4-8b2a-4b8f-b3a7-9a671c9e9b0a', 'start_time':
            '2019-01-23T18:10:02.574Z'}

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
        call_duration (int | None): Indicates the duration of the call in seconds Example: 50.
        client_state (str | None): State received from a command. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        end_time (str | None): ISO 8601 formatted date indicating when the call ended. Only present when the call is not
            alive Example: 2019-01-23T18:11:52.574Z.
        recording_id (str | None): The ID of the recording. Only present when the record parameter is set to record-
            from-answer. Example: d7e9c1d4-8b2a-4b8f-b3a7-9a671c9e9b0a.
        start_time (str | None): ISO 8601 formatted date indicating when the call started Example:
            2019-01-23T18:10:02.574Z.
    """

    call_control_id: str
    call_leg_id: str
    call_session_id: str
    is_alive: bool
    record_type: Literal["call"]
    call_duration: int | None = None
    client_state: str | None = None
    end_time: str | None = None
    recording_id: str | None = None
    start_time: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_control_id", "call_control_id", True),
        ("call_leg_id", "call_leg_id", True),
        ("call_session_id", "call_session_id", True),
        ("is_alive", "is_alive", True),
        ("record_type", "record_type", True),
        ("call_duration", "call_duration", False),
        ("client_state", "client_state", False),
        ("end_time", "end_time", False),
        ("recording_id", "recording_id", False),
        ("start_time", "start_time", False),
    )

    def __init__(
        self,
        *,
        call_control_id: str,
        call_leg_id: str,
        call_session_id: str,
        is_alive: bool,
        record_type: Literal["call"],
        call_duration: int | Unset | None = UNSET,
        client_state: str | Unset | None = UNSET,
        end_time: str | Unset | None = UNSET,
        recording_id: str | Unset | None = UNSET,
        start_time: str | Unset | None = UNSET,
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
        _set(self, "is_alive", d.pop("is_alive", None))
        _set(self, "record_type", d.pop("record_type", None))
        _set(self, "call_duration", d.pop("call_duration", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "end_time", d.pop("end_time", None))
        _set(self, "recording_id", d.pop("recording_id", None))
        _set(self, "start_time", d.pop("start_time", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("call_control_id", str, REQUIRED),
            ("call_leg_id", str, REQUIRED),
            ("call_session_id", str, REQUIRED),
            ("is_alive", bool, REQUIRED),
            ("record_type", str, REQUIRED),
            ("call_duration", int, 0),
            ("client_state", str, 0),
            ("end_time", str, 0),
            ("recording_id", UUID, 0),
            ("start_time", str, 0),
        )
