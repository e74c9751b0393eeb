from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule


@_attrs_define(frozen=True, init=False)
class ActiveCall(BaseModel):
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
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_control_id", "call_control_id", True),
        ("call_duration", "call_duration", True),
        ("call_leg_id", "call_leg_id", True),
        ("call_session_id", "call_session_id", True),
        ("client_state", "client_state", True),
        ("record_type", "record_type", True),
    )

    def __init__(
        self,
        *,
        call_control_id: str,
        call_duration: int,
        call_leg_id: str,
        call_session_id: str,
        client_state: str,
        record_type: Literal["call"],
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
        _set(self, "call_duration", d.pop("call_duration", None))
        _set(self, "call_leg_id", d.pop("call_leg_id", None))
        _set(self, "call_session_id", d.pop("call_session_id", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "record_type", d.pop("record_type", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("call_control_id", str, REQUIRED),
            ("call_duration", int, REQUIRED),
            ("call_leg_id", str, REQUIRED),
            ("call_session_id", str, REQUIRED),
            ("client_state", str, REQUIRED),
            ("record_type", str, REQUIRED),
        )
