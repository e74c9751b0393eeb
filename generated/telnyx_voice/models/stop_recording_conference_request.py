from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="StopRecordingConferenceRequest")


@_attrs_define(frozen=True)
class StopRecordingConferenceRequest:
    """
    Example:
        {'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901',
            'recording_id': '6e00ab49-9487-4364-8ad6-23965965afb2'}

    Attributes:
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        recording_id (UUID | Unset): Uniquely identifies the resource. Example: 6e00ab49-9487-4364-8ad6-23965965afb2.
        region (Literal["Australia", "Europe", "Middle East", "US"] | Unset): Region where the conference data is
            located. Defaults to the region defined in user's data locality settings (Europe or US). Example: US.
    """

    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    recording_id: UUID | Unset = UNSET
    region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        client_state = self.client_state

        command_id = self.command_id

        recording_id: str | Unset = UNSET
        if not isinstance(self.recording_id, Unset):
            recording_id = str(self.recording_id)

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
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
        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        _recording_id = d.pop("recording_id", UNSET)
        recording_id: UUID | Unset
        recording_id = UNSET if isinstance(_recording_id, Unset) else UUID(_recording_id)

        _region = d.pop("region", UNSET)
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset
        region = UNSET if isinstance(_region, Unset) else enum_value(_region, str)

        additional_properties = d
        return cls(
            client_state=client_state,
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
