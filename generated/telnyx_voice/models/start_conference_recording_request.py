from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartConferenceRecordingRequest")


@_attrs_define(frozen=True)
class StartConferenceRecordingRequest:
    """
    Example:
        {'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901', 'format': 'wav', 'play_beep': True}

    Attributes:
        format_ (Literal["mp3", "wav"]): The audio file format used when storing the conference recording. Can be either
            `mp3` or `wav`. Example: mp3.
        channels (Literal["dual", "single"] | Unset): When `dual`, final audio file will be stereo recorded with the
            conference creator on the first channel, and the rest on the second channel. Example: dual.
        command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `conference_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        custom_file_name (str | Unset): The custom recording file name to be used instead of the default `call_leg_id`.
            Telnyx will still add a Unix timestamp suffix. Example: my_recording_file_name.
        play_beep (bool | Unset): If enabled, a beep sound will be played at the start of a recording. Example: True.
        region (Literal["Australia", "Europe", "Middle East", "US"] | Unset): Region where the conference data is
            located. Defaults to the region defined in user's data locality settings (Europe or US). Example: US.
        trim (Literal["trim-silence"] | Unset): When set to `trim-silence`, silence will be removed from the beginning
            and end of the recording. Example: trim-silence.
    """

    format_: Literal["mp3", "wav"]
    channels: Literal["dual", "single"] | Unset = UNSET
    command_id: str | Unset = UNSET
    custom_file_name: str | Unset = UNSET
    play_beep: bool | Unset = UNSET
    region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET
    trim: Literal["trim-silence"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        format_: str = self.format_

        channels: str | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels

        command_id = self.command_id

        custom_file_name = self.custom_file_name

        play_beep = self.play_beep

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region

        trim: str | Unset = UNSET
        if not isinstance(self.trim, Unset):
            trim = self.trim

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
            }
        )
        if channels is not UNSET:
            field_dict["channels"] = channels
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if custom_file_name is not UNSET:
            field_dict["custom_file_name"] = custom_file_name
        if play_beep is not UNSET:
            field_dict["play_beep"] = play_beep
        if region is not UNSET:
            field_dict["region"] = region
        if trim is not UNSET:
            field_dict["trim"] = trim

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        format_ = enum_value(d.pop("format"), str)

        _channels = d.pop("channels", UNSET)
        channels: Literal["dual", "single"] | Unset
        channels = UNSET if isinstance(_channels, Unset) else enum_value(_channels, str)

        command_id = d.pop("command_id", UNSET)

        custom_file_name = d.pop("custom_file_name", UNSET)

        play_beep = d.pop("play_beep", UNSET)

        _region = d.pop("region", UNSET)
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset
        region = UNSET if isinstance(_region, Unset) else enum_value(_region, str)

        _trim = d.pop("trim", UNSET)
        trim: Literal["trim-silence"] | Unset
        trim = UNSET if isinstance(_trim, Unset) else enum_value(_trim, str)

        additional_properties = d
        return cls(
            format_=format_,
            channels=channels,
            command_id=command_id,
            custom_file_name=custom_file_name,
            play_beep=play_beep,
            region=region,
            trim=trim,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
