from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResembleVoiceSettings")


@_attrs_define(frozen=True)
class ResembleVoiceSettings:
    """
    Attributes:
        type_ (Literal["resemble"]): Voice settings provider type
        format_ (Literal["mp3", "wav"] | Unset): Output audio format.
        precision (Literal["MULAW", "PCM_16", "PCM_24", "PCM_32"] | Unset): Audio precision format.
        sample_rate (Literal["16000", "22050", "32000", "44100", "48000", "8000"] | Unset): Audio sample rate in Hz.
    """

    type_: Literal["resemble"]
    format_: Literal["mp3", "wav"] | Unset = UNSET
    precision: Literal["MULAW", "PCM_16", "PCM_24", "PCM_32"] | Unset = UNSET
    sample_rate: Literal["16000", "22050", "32000", "44100", "48000", "8000"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        precision: str | Unset = UNSET
        if not isinstance(self.precision, Unset):
            precision = self.precision

        sample_rate: str | Unset = UNSET
        if not isinstance(self.sample_rate, Unset):
            sample_rate = self.sample_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_
        if precision is not UNSET:
            field_dict["precision"] = precision
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = enum_value(d.pop("type"), str)

        _format_ = d.pop("format", UNSET)
        format_: Literal["mp3", "wav"] | Unset
        format_ = UNSET if isinstance(_format_, Unset) else enum_value(_format_, str)

        _precision = d.pop("precision", UNSET)
        precision: Literal["MULAW", "PCM_16", "PCM_24", "PCM_32"] | Unset
        precision = UNSET if isinstance(_precision, Unset) else enum_value(_precision, str)

        _sample_rate = d.pop("sample_rate", UNSET)
        sample_rate: Literal["16000", "22050", "32000", "44100", "48000", "8000"] | Unset
        sample_rate = UNSET if isinstance(_sample_rate, Unset) else enum_value(_sample_rate, str)

        additional_properties = d
        return cls(
            type_=type_,
            format_=format_,
            precision=precision,
            sample_rate=sample_rate,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
