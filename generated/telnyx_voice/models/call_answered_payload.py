# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from .._values import ListOf, read_datetime
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallAnsweredPayload(BaseModel):
    """
    Attributes:
        call_control_id (str | None): Call ID used to issue commands via Call Control API. Example:
            v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        call_leg_id (str | None): ID that is unique to the call and can be used to correlate webhook events. Example:
            428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        call_session_id (str | None): ID that is unique to the call session and can be used to correlate webhook events.
            Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and
            outbound leg of a transferred call. Example: 428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
        client_state (str | None): State received from a command. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        connection_id (str | None): Call Control App ID (formerly Telnyx connection ID) used in the call. Example:
            7267xxxxxxxxxxxxxx.
        custom_headers (list[CustomSIPHeader] | None): Custom headers set on answer command Example: [{'name': 'head_1',
            'value': 'val_1'}, {'name': 'head_2', 'value': 'val_2'}].
        from_ (str | None): Number or SIP URI placing the call. Example: +35319605860.
        sip_headers (list[SIPHeader] | None): User-to-User and Diversion headers from sip invite. Example: [{'name':
            'User-to-User', 'value': '1234'}, {'name': 'User-to-User', 'value': '<sip:111@192.168.1.1>'}].
        start_time (datetime.datetime | None): ISO 8601 datetime of when the call started. Example:
            2018-02-02T22:20:27.521992Z.
        state (Literal["answered"] | None): State received from a command. Example: answered.
        tags (list[str] | None): Array of tags associated to number. Example: ['tag-01', 'tag-02'].
        to (str | None): Destination number or SIP URI of the call. Example: +13129457420.
    """

    call_control_id: str | None = None
    call_leg_id: str | None = None
    call_session_id: str | None = None
    client_state: str | None = None
    connection_id: str | None = None
    custom_headers: list[CustomSIPHeader] | None = None
    from_: str | None = None
    sip_headers: list[SIPHeader] | None = None
    start_time: datetime.datetime | None = None
    state: Literal["answered"] | None = None
    tags: list[str] | None = None
    to: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_control_id", "call_control_id", False),
        ("call_leg_id", "call_leg_id", False),
        ("call_session_id", "call_session_id", False),
        ("client_state", "client_state", False),
        ("connection_id", "connection_id", False),
        ("custom_headers", "custom_headers", False),
        ("from_", "from", False),
        ("sip_headers", "sip_headers", False),
        ("start_time", "start_time", False),
        ("state", "state", False),
        ("tags", "tags", False),
        ("to", "to", False),
    )

    def __init__(
        self,
        *,
        call_control_id: str | Unset | None = UNSET,
        call_leg_id: str | Unset | None = UNSET,
        call_session_id: str | Unset | None = UNSET,
        client_state: str | Unset | None = UNSET,
        connection_id: str | Unset | None = UNSET,
        custom_headers: list[CustomSIPHeader] | Unset | None = UNSET,
        from_: str | Unset | None = UNSET,
        sip_headers: list[SIPHeader] | Unset | None = UNSET,
        start_time: datetime.datetime | Unset | None = UNSET,
        state: Literal["answered"] | Unset | None = UNSET,
        tags: list[str] | Unset | None = UNSET,
        to: str | Unset | None = UNSET,
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
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "connection_id", d.pop("connection_id", None))
        v = d.pop("custom_headers", None)
        _set(
            self,
            "custom_headers",
            [CustomSIPHeader.from_dict(i) if i.__class__ is dict else i for i in v] if v.__class__ is list else v,
        )
        _set(self, "from_", d.pop("from", None))
        v = d.pop("sip_headers", None)
        _set(
            self,
            "sip_headers",
            [SIPHeader.from_dict(i) if i.__class__ is dict else i for i in v] if v.__class__ is list else v,
        )
        v = d.pop("start_time", None)
        _set(self, "start_time", read_datetime(v))
        _set(self, "state", d.pop("state", None))
        _set(self, "tags", d.pop("tags", None))
        _set(self, "to", d.pop("to", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("call_control_id", str, 0),
            ("call_leg_id", str, 0),
            ("call_session_id", str, 0),
            ("client_state", str, 0),
            ("connection_id", str, 0),
            ("custom_headers", ListOf(CustomSIPHeader), 0),
            ("from", str, 0),
            ("sip_headers", ListOf(SIPHeader), 0),
            ("start_time", datetime.datetime.fromisoformat, 0),
            ("state", str, 0),
            ("tags", ListOf(str), 0),
            ("to", str, 0),
        )


from ..models.custom_sip_header import CustomSIPHeader
from ..models.sip_header import SIPHeader
