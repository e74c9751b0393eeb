from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingResponseDataDownloadUrls")


@_attrs_define(frozen=True)
class RecordingResponseDataDownloadUrls:
    """Links to download the recording files.

    Attributes:
        mp3 (str | Unset): Link to download the recording in mp3 format.
        wav (str | Unset): Link to download the recording in wav format.
    """

    mp3: str | Unset = UNSET
    wav: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        mp3 = self.mp3

        wav = self.wav

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if mp3 is not UNSET:
            field_dict["mp3"] = mp3
        if wav is not UNSET:
            field_dict["wav"] = wav

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mp3 = d.pop("mp3", UNSET)

        wav = d.pop("wav", UNSET)

        additional_properties = d
        return cls(
            mp3=mp3,
            wav=wav,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
