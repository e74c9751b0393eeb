from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resemble_sample_rate import ResembleSampleRate, check_resemble_sample_rate
from ..models.resemble_voice_settings_format import ResembleVoiceSettingsFormat, check_resemble_voice_settings_format
from ..models.resemble_voice_settings_precision import (
    ResembleVoiceSettingsPrecision,
    check_resemble_voice_settings_precision,
)
from ..models.resemble_voice_settings_type import ResembleVoiceSettingsType, check_resemble_voice_settings_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResembleVoiceSettings")


@_attrs_define(frozen=True)
class ResembleVoiceSettings:
    """
    Attributes:
        type_ (ResembleVoiceSettingsType): Voice settings provider type
        format_ (ResembleVoiceSettingsFormat | Unset): Output audio format.
        precision (ResembleVoiceSettingsPrecision | Unset): Audio precision format.
        sample_rate (ResembleSampleRate | Unset): Audio sample rate in Hz.
    """

    type_: ResembleVoiceSettingsType
    format_: ResembleVoiceSettingsFormat | Unset = UNSET
    precision: ResembleVoiceSettingsPrecision | Unset = UNSET
    sample_rate: ResembleSampleRate | Unset = UNSET
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
        type_ = check_resemble_voice_settings_type(d.pop("type"))

        _format_ = d.pop("format", UNSET)
        format_: ResembleVoiceSettingsFormat | Unset
        format_ = UNSET if isinstance(_format_, Unset) else check_resemble_voice_settings_format(_format_)

        _precision = d.pop("precision", UNSET)
        precision: ResembleVoiceSettingsPrecision | Unset
        precision = UNSET if isinstance(_precision, Unset) else check_resemble_voice_settings_precision(_precision)

        _sample_rate = d.pop("sample_rate", UNSET)
        sample_rate: ResembleSampleRate | Unset
        sample_rate = UNSET if isinstance(_sample_rate, Unset) else check_resemble_sample_rate(_sample_rate)

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
