from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResumeConferenceRecordingRequest")


@_attrs_define(frozen=True)
class ResumeConferenceRecordingRequest:
    """
    Attributes:
        command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        recording_id (str | Unset): Use this field to resume specific recording. Example:
            891510ac-f3e4-11e8-af5b-de00688a4901.
        region (Literal["Australia", "Europe", "Middle East", "US"] | Unset): Region where the conference data is
            located. Defaults to the region defined in user's data locality settings (Europe or US). Example: US.
    """

    command_id: str | Unset = UNSET
    recording_id: str | Unset = UNSET
    region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        command_id = self.command_id

        recording_id = self.recording_id

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if recording_id is not UNSET:
            field_dict["recording_id"] = recording_id
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command_id = d.pop("command_id", UNSET)

        recording_id = d.pop("recording_id", UNSET)

        _region = d.pop("region", UNSET)
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset
        region = UNSET if isinstance(_region, Unset) else enum_value(_region, str)

        additional_properties = d
        return cls(
            command_id=command_id,
            recording_id=recording_id,
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
