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
class ConferenceParticipant(BaseModel):
    """
    Attributes:
        call_control_id (str | None): Unique identifier and token for controlling the participant's call leg.
        call_leg_id (str | None): Unique identifier for the call leg.
        conference_id (str | None): Unique identifier for the conference.
        created_at (datetime.datetime | None): Timestamp when the participant joined.
        end_conference_on_exit (bool | None): Whether the conference ends when this participant exits.
        id (str | None): Uniquely identifies the participant.
        label (str | None): Label assigned to the participant when joining.
        muted (bool | None): Whether the participant is muted.
        on_hold (bool | None): Whether the participant is on hold.
        soft_end_conference_on_exit (bool | None): Whether the conference soft-ends when this participant exits.
        status (Literal["joined", "joining", "left"] | None): Status of the participant.
        updated_at (datetime.datetime | None): Timestamp when the participant was last updated.
        whisper_call_control_ids (list[str] | None): List of call control IDs this participant is whispering to.
    """

    call_control_id: str | None = None
    call_leg_id: str | None = None
    conference_id: str | None = None
    created_at: datetime.datetime | None = None
    end_conference_on_exit: bool | None = None
    id: str | None = None
    label: str | None = None
    muted: bool | None = None
    on_hold: bool | None = None
    soft_end_conference_on_exit: bool | None = None
    status: Literal["joined", "joining", "left"] | None = None
    updated_at: datetime.datetime | None = None
    whisper_call_control_ids: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_control_id", "call_control_id", False),
        ("call_leg_id", "call_leg_id", False),
        ("conference_id", "conference_id", False),
        ("created_at", "created_at", False),
        ("end_conference_on_exit", "end_conference_on_exit", False),
        ("id", "id", False),
        ("label", "label", False),
        ("muted", "muted", False),
        ("on_hold", "on_hold", False),
        ("soft_end_conference_on_exit", "soft_end_conference_on_exit", False),
        ("status", "status", False),
        ("updated_at", "updated_at", False),
        ("whisper_call_control_ids", "whisper_call_control_ids", False),
    )

    def __init__(
        self,
        *,
        call_control_id: str | Unset | None = UNSET,
        call_leg_id: str | Unset | None = UNSET,
        conference_id: str | Unset | None = UNSET,
        created_at: datetime.datetime | Unset | None = UNSET,
        end_conference_on_exit: bool | Unset | None = UNSET,
        id: str | Unset | None = UNSET,
        label: str | Unset | None = UNSET,
        muted: bool | Unset | None = UNSET,
        on_hold: bool | Unset | None = UNSET,
        soft_end_conference_on_exit: bool | Unset | None = UNSET,
        status: Literal["joined", "joining", "left"] | Unset | None = UNSET,
        updated_at: datetime.datetime | Unset | None = UNSET,
        whisper_call_control_ids: list[str] | Unset | None = UNSET,
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
        _set(self, "conference_id", d.pop("conference_id", None))
        v = d.pop("created_at", None)
        _set(self, "created_at", read_datetime(v))
        _set(self, "end_conference_on_exit", d.pop("end_conference_on_exit", None))
        _set(self, "id", d.pop("id", None))
        _set(self, "label", d.pop("label", None))
        _set(self, "muted", d.pop("muted", None))
        _set(self, "on_hold", d.pop("on_hold", None))
        _set(self, "soft_end_conference_on_exit", d.pop("soft_end_conference_on_exit", None))
        _set(self, "status", d.pop("status", None))
        v = d.pop("updated_at", None)
        _set(self, "updated_at", read_datetime(v))
        _set(self, "whisper_call_control_ids", d.pop("whisper_call_control_ids", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("call_control_id", str, 0),
            ("call_leg_id", str, 0),
            ("conference_id", str, 0),
            ("created_at", datetime.datetime.fromisoformat, 0),
            ("end_conference_on_exit", bool, 0),
            ("id", str, 0),
            ("label", str, 0),
            ("muted", bool, 0),
            ("on_hold", bool, 0),
            ("soft_end_conference_on_exit", bool, 0),
            ("status", str, 0),
            ("updated_at", datetime.datetime.fromisoformat, 0),
            ("whisper_call_control_ids", ListOf(str), 0),
        )
