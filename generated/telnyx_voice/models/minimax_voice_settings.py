from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, parse_union
from ..models.minimax_voice_settings_language_boost_type_1 import MinimaxVoiceSettingsLanguageBoostType1
from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimaxVoiceSettings")


@_attrs_define(frozen=True)
class MinimaxVoiceSettings:
    """
    Attributes:
        type_ (Literal["minimax"]): Voice settings provider type
        language_boost (MinimaxVoiceSettingsLanguageBoostType1 | None | Unset): Enhances recognition for specific
            languages and dialects during MiniMax TTS synthesis. Default is null (no boost). Set to 'auto' for automatic
            language detection.
        pitch (int | Unset): Voice pitch adjustment. Default is 0. Example: 0.
        speed (float | Unset): Speech speed multiplier. Default is 1.0. Example: 1.0.
        vol (float | Unset): Speech volume multiplier. Default is 1.0. Example: 1.0.
    """

    type_: Literal["minimax"]
    language_boost: MinimaxVoiceSettingsLanguageBoostType1 | Unset | None = UNSET
    pitch: int | Unset = UNSET
    speed: float | Unset = UNSET
    vol: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        language_boost: str | Unset | None
        if isinstance(self.language_boost, Unset):
            language_boost = UNSET
        elif isinstance(self.language_boost, (str, str, str)):
            language_boost = self.language_boost
        else:
            language_boost = self.language_boost

        pitch = self.pitch

        speed = self.speed

        vol = self.vol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if language_boost is not UNSET:
            field_dict["language_boost"] = language_boost
        if pitch is not UNSET:
            field_dict["pitch"] = pitch
        if speed is not UNSET:
            field_dict["speed"] = speed
        if vol is not UNSET:
            field_dict["vol"] = vol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = enum_value(d.pop("type"), str)

        language_boost = parse_union(
            d.pop("language_boost", UNSET),
            (
                str,
                str,
                str,
            ),
            nullable=True,
        )

        pitch = d.pop("pitch", UNSET)

        speed = d.pop("speed", UNSET)

        vol = d.pop("vol", UNSET)

        additional_properties = d
        return cls(
            type_=type_,
            language_boost=language_boost,
            pitch=pitch,
            speed=speed,
            vol=vol,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
