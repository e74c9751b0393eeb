from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceRecordingSavedPayloadPublicRecordingUrls")


@_attrs_define(frozen=True)
class ConferenceRecordingSavedPayloadPublicRecordingUrls:
    """Recording URLs in requested format. The URL is valid for as long as the file exists. For security purposes, this
    feature is activated on a per request basis.  Please contact customer support with your Account ID to request
    activation.

        Attributes:
            mp3 (None | str | Unset): Recording URL in requested `mp3` format. Example: http://example.com/recording.mp3.
            wav (None | str | Unset): Recording URL in requested `wav` format. Example: http://example.com/recording.wav.
    """

    mp3: str | Unset | None = UNSET
    wav: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        mp3: str | Unset | None
        mp3 = UNSET if isinstance(self.mp3, Unset) else self.mp3

        wav: str | Unset | None
        wav = UNSET if isinstance(self.wav, Unset) else self.wav

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
