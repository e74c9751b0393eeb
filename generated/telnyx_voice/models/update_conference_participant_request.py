from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateConferenceParticipantRequest")


@_attrs_define(frozen=True)
class UpdateConferenceParticipantRequest:
    """
    Example:
        {'beep_enabled': 'never', 'end_conference_on_exit': True}

    Attributes:
        beep_enabled (Literal["always", "never", "on_enter", "on_exit"] | Unset): Whether entry/exit beeps are enabled
            for this participant. Example: always.
        end_conference_on_exit (bool | Unset): Whether the conference should end when this participant exits. Example:
            False.
        soft_end_conference_on_exit (bool | Unset): Whether the conference should soft-end when this participant exits.
            A soft end will stop new participants from joining but allow existing participants to remain. Example: False.
    """

    beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset = UNSET
    end_conference_on_exit: bool | Unset = UNSET
    soft_end_conference_on_exit: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        beep_enabled: str | Unset = UNSET
        if not isinstance(self.beep_enabled, Unset):
            beep_enabled = self.beep_enabled

        end_conference_on_exit = self.end_conference_on_exit

        soft_end_conference_on_exit = self.soft_end_conference_on_exit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if beep_enabled is not UNSET:
            field_dict["beep_enabled"] = beep_enabled
        if end_conference_on_exit is not UNSET:
            field_dict["end_conference_on_exit"] = end_conference_on_exit
        if soft_end_conference_on_exit is not UNSET:
            field_dict["soft_end_conference_on_exit"] = soft_end_conference_on_exit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _beep_enabled = d.pop("beep_enabled", UNSET)
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset
        beep_enabled = UNSET if isinstance(_beep_enabled, Unset) else enum_value(_beep_enabled, str)

        end_conference_on_exit = d.pop("end_conference_on_exit", UNSET)

        soft_end_conference_on_exit = d.pop("soft_end_conference_on_exit", UNSET)

        additional_properties = d
        return cls(
            beep_enabled=beep_enabled,
            end_conference_on_exit=end_conference_on_exit,
            soft_end_conference_on_exit=soft_end_conference_on_exit,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
