# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class GetRecordingsFilter(BaseModel):
    """
    Attributes:
        call_control_id (str | None): If present, recordings will be filtered to those with a matching
            `call_control_id`. Example: v3:e-31OnvjEM7Y4wvxr3TKNk8M3QyLcGZPiUIzCGtwQtOtEjY-B0urkw.
        call_leg_id (str | None): If present, recordings will be filtered to those with a matching call_leg_id. Example:
            428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        call_session_id (str | None): If present, recordings will be filtered to those with a matching call_session_id.
            Example: 428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        conference_id (str | None): Returns only recordings associated with a given conference. Example:
            428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        conference_region (str | None): If present, recordings will be filtered to those with a matching
            `conference_region`. Example: us.
        connection_id (str | None): If present, recordings will be filtered to those with a matching `connection_id`
            attribute (case-sensitive). Example: 175237942907135762.
        created_at (GetRecordingsFilterCreatedAt | None):
        end_time (GetRecordingsFilterEndTime | None):
        from_ (str | None): If present, recordings will be filtered to those with a matching `from` attribute (case-
            sensitive). Example: 1234567890.
        sip_call_id (str | None): If present, recordings will be filtered to those with a matching `sip_call_id`
            attribute. Matching is case-sensitive. Example: 428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        start_time (GetRecordingsFilterStartTime | None):
        to (str | None): If present, recordings will be filtered to those with a matching `to` attribute (case-
            sensitive). Example: 1234567890.
    """

    call_control_id: str | None = None
    call_leg_id: str | None = None
    call_session_id: str | None = None
    conference_id: str | None = None
    conference_region: str | None = None
    connection_id: str | None = None
    created_at: GetRecordingsFilterCreatedAt | None = None
    end_time: GetRecordingsFilterEndTime | None = None
    from_: str | None = None
    sip_call_id: str | None = None
    start_time: GetRecordingsFilterStartTime | None = None
    to: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_control_id", "call_control_id", False),
        ("call_leg_id", "call_leg_id", False),
        ("call_session_id", "call_session_id", False),
        ("conference_id", "conference_id", False),
        ("conference_region", "conference_region", False),
        ("connection_id", "connection_id", False),
        ("created_at", "created_at", False),
        ("end_time", "end_time", False),
        ("from_", "from", False),
        ("sip_call_id", "sip_call_id", False),
        ("start_time", "start_time", False),
        ("to", "to", False),
    )

    def __init__(
        self,
        *,
        call_control_id: str | Unset | None = UNSET,
        call_leg_id: str | Unset | None = UNSET,
        call_session_id: str | Unset | None = UNSET,
        conference_id: str | Unset | None = UNSET,
        conference_region: str | Unset | None = UNSET,
        connection_id: str | Unset | None = UNSET,
        created_at: GetRecordingsFilterCreatedAt | Unset | None = UNSET,
        end_time: GetRecordingsFilterEndTime | Unset | None = UNSET,
        from_: str | Unset | None = UNSET,
        sip_call_id: str | Unset | None = UNSET,
        start_time: GetRecordingsFilterStartTime | Unset | None = UNSET,
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
        _set(self, "conference_id", d.pop("conference_id", None))
        _set(self, "conference_region", d.pop("conference_region", None))
        _set(self, "connection_id", d.pop("connection_id", None))
        v = d.pop("created_at", None)
        _set(self, "created_at", GetRecordingsFilterCreatedAt.from_dict(v) if v.__class__ is dict else v)
        v = d.pop("end_time", None)
        _set(self, "end_time", GetRecordingsFilterEndTime.from_dict(v) if v.__class__ is dict else v)
        _set(self, "from_", d.pop("from", None))
        _set(self, "sip_call_id", d.pop("sip_call_id", None))
        v = d.pop("start_time", None)
        _set(self, "start_time", GetRecordingsFilterStartTime.from_dict(v) if v.__class__ is dict else v)
        _set(self, "to", d.pop("to", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("call_control_id", str, 0),
            ("call_leg_id", UUID, 0),
            ("call_session_id", UUID, 0),
            ("conference_id", str, 0),
            ("conference_region", str, 0),
            ("connection_id", str, 0),
            ("created_at", GetRecordingsFilterCreatedAt, 0),
            ("end_time", GetRecordingsFilterEndTime, 0),
            ("from", str, 0),
            ("sip_call_id", str, 0),
            ("start_time", GetRecordingsFilterStartTime, 0),
            ("to", str, 0),
        )


from ..models.get_recordings_filter_created_at import GetRecordingsFilterCreatedAt
from ..models.get_recordings_filter_end_time import GetRecordingsFilterEndTime
from ..models.get_recordings_filter_start_time import GetRecordingsFilterStartTime
