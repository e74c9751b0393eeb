from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceParticipant")


@_attrs_define(frozen=True)
class ConferenceParticipant:
    """
    Attributes:
        call_control_id (str | Unset): Unique identifier and token for controlling the participant's call leg.
        call_leg_id (str | Unset): Unique identifier for the call leg.
        conference_id (str | Unset): Unique identifier for the conference.
        created_at (datetime.datetime | Unset): Timestamp when the participant joined.
        end_conference_on_exit (bool | Unset): Whether the conference ends when this participant exits.
        id (str | Unset): Uniquely identifies the participant.
        label (str | Unset): Label assigned to the participant when joining.
        muted (bool | Unset): Whether the participant is muted.
        on_hold (bool | Unset): Whether the participant is on hold.
        soft_end_conference_on_exit (bool | Unset): Whether the conference soft-ends when this participant exits.
        status (Literal["joined", "joining", "left"] | Unset): Status of the participant.
        updated_at (datetime.datetime | Unset): Timestamp when the participant was last updated.
        whisper_call_control_ids (list[str] | Unset): List of call control IDs this participant is whispering to.
    """

    call_control_id: str | Unset = UNSET
    call_leg_id: str | Unset = UNSET
    conference_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    end_conference_on_exit: bool | Unset = UNSET
    id: str | Unset = UNSET
    label: str | Unset = UNSET
    muted: bool | Unset = UNSET
    on_hold: bool | Unset = UNSET
    soft_end_conference_on_exit: bool | Unset = UNSET
    status: Literal["joined", "joining", "left"] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    whisper_call_control_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        call_leg_id = self.call_leg_id

        conference_id = self.conference_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        end_conference_on_exit = self.end_conference_on_exit

        id = self.id

        label = self.label

        muted = self.muted

        on_hold = self.on_hold

        soft_end_conference_on_exit = self.soft_end_conference_on_exit

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        whisper_call_control_ids: list[str] | Unset = UNSET
        if not isinstance(self.whisper_call_control_ids, Unset):
            whisper_call_control_ids = self.whisper_call_control_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if call_control_id is not UNSET:
            field_dict["call_control_id"] = call_control_id
        if call_leg_id is not UNSET:
            field_dict["call_leg_id"] = call_leg_id
        if conference_id is not UNSET:
            field_dict["conference_id"] = conference_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if end_conference_on_exit is not UNSET:
            field_dict["end_conference_on_exit"] = end_conference_on_exit
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if muted is not UNSET:
            field_dict["muted"] = muted
        if on_hold is not UNSET:
            field_dict["on_hold"] = on_hold
        if soft_end_conference_on_exit is not UNSET:
            field_dict["soft_end_conference_on_exit"] = soft_end_conference_on_exit
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if whisper_call_control_ids is not UNSET:
            field_dict["whisper_call_control_ids"] = whisper_call_control_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id", UNSET)

        call_leg_id = d.pop("call_leg_id", UNSET)

        conference_id = d.pop("conference_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        created_at = UNSET if isinstance(_created_at, Unset) else datetime.datetime.fromisoformat(_created_at)

        end_conference_on_exit = d.pop("end_conference_on_exit", UNSET)

        id = d.pop("id", UNSET)

        label = d.pop("label", UNSET)

        muted = d.pop("muted", UNSET)

        on_hold = d.pop("on_hold", UNSET)

        soft_end_conference_on_exit = d.pop("soft_end_conference_on_exit", UNSET)

        _status = d.pop("status", UNSET)
        status: Literal["joined", "joining", "left"] | Unset
        status = UNSET if isinstance(_status, Unset) else enum_value(_status, str)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        updated_at = UNSET if isinstance(_updated_at, Unset) else datetime.datetime.fromisoformat(_updated_at)

        whisper_call_control_ids = cast(list[str], d.pop("whisper_call_control_ids", UNSET))

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            call_leg_id=call_leg_id,
            conference_id=conference_id,
            created_at=created_at,
            end_conference_on_exit=end_conference_on_exit,
            id=id,
            label=label,
            muted=muted,
            on_hold=on_hold,
            soft_end_conference_on_exit=soft_end_conference_on_exit,
            status=status,
            updated_at=updated_at,
            whisper_call_control_ids=whisper_call_control_ids,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
