from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="LeaveConferenceRequest")


@_attrs_define(frozen=True)
class LeaveConferenceRequest:
    """
    Example:
        {'beep_enabled': 'never', 'call_control_id': 'c46e06d7-b78f-4b13-96b6-c576af9640ff'}

    Attributes:
        call_control_id (str): Unique identifier and token for controlling the call Example:
            f91269aa-61d1-417f-97b3-10e020e8bc47.
        beep_enabled (Literal["always", "never", "on_enter", "on_exit"] | Unset): Whether a beep sound should be played
            when the participant leaves the conference. Can be used to override the conference-level setting. Example:
            on_exit.
        command_id (str | Unset): Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent
            commands with the same `command_id` as one that has already been executed. Example:
            891510ac-f3e4-11e8-af5b-de00688a4901.
        region (Literal["Australia", "Europe", "Middle East", "US"] | Unset): Region where the conference data is
            located. Defaults to the region defined in user's data locality settings (Europe or US). Example: US.
    """

    call_control_id: str
    beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset = UNSET
    command_id: str | Unset = UNSET
    region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        beep_enabled: str | Unset = UNSET
        if not isinstance(self.beep_enabled, Unset):
            beep_enabled = self.beep_enabled

        command_id = self.command_id

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_control_id": call_control_id,
            }
        )
        if beep_enabled is not UNSET:
            field_dict["beep_enabled"] = beep_enabled
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id")

        _beep_enabled = d.pop("beep_enabled", UNSET)
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset
        beep_enabled = UNSET if isinstance(_beep_enabled, Unset) else enum_value(_beep_enabled, str)

        command_id = d.pop("command_id", UNSET)

        _region = d.pop("region", UNSET)
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset
        region = UNSET if isinstance(_region, Unset) else enum_value(_region, str)

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            beep_enabled=beep_enabled,
            command_id=command_id,
            region=region,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
