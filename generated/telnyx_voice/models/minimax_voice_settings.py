from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.minimax_voice_settings_language_boost_type_1 import (
    MinimaxVoiceSettingsLanguageBoostType1,
    check_minimax_voice_settings_language_boost_type_1,
)
from ..models.minimax_voice_settings_language_boost_type_2_type_1 import (
    MinimaxVoiceSettingsLanguageBoostType2Type1,
    check_minimax_voice_settings_language_boost_type_2_type_1,
)
from ..models.minimax_voice_settings_language_boost_type_3_type_1 import (
    MinimaxVoiceSettingsLanguageBoostType3Type1,
    check_minimax_voice_settings_language_boost_type_3_type_1,
)
from ..models.minimax_voice_settings_type import MinimaxVoiceSettingsType, check_minimax_voice_settings_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimaxVoiceSettings")


@_attrs_define(frozen=True)
class MinimaxVoiceSettings:
    """
    Attributes:
        type_ (MinimaxVoiceSettingsType): Voice settings provider type
        language_boost (MinimaxVoiceSettingsLanguageBoostType1 | MinimaxVoiceSettingsLanguageBoostType2Type1 |
            MinimaxVoiceSettingsLanguageBoostType3Type1 | None | Unset): Enhances recognition for specific languages and
            dialects during MiniMax TTS synthesis. Default is null (no boost). Set to 'auto' for automatic language
            detection.
        pitch (int | Unset): Voice pitch adjustment. Default is 0. Example: 0.
        speed (float | Unset): Speech speed multiplier. Default is 1.0. Example: 1.0.
        vol (float | Unset): Speech volume multiplier. Default is 1.0. Example: 1.0.
    """

    type_: MinimaxVoiceSettingsType
    language_boost: (
        MinimaxVoiceSettingsLanguageBoostType1
        | MinimaxVoiceSettingsLanguageBoostType2Type1
        | MinimaxVoiceSettingsLanguageBoostType3Type1
        | Unset
        | None
    ) = UNSET
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
        type_ = check_minimax_voice_settings_type(d.pop("type"))

        def _parse_language_boost(
            data: object,
        ) -> (
            MinimaxVoiceSettingsLanguageBoostType1
            | MinimaxVoiceSettingsLanguageBoostType2Type1
            | MinimaxVoiceSettingsLanguageBoostType3Type1
            | Unset
            | None
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_boost_type_1 = check_minimax_voice_settings_language_boost_type_1(data)

                return language_boost_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_boost_type_2_type_1 = check_minimax_voice_settings_language_boost_type_2_type_1(data)

                return language_boost_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_boost_type_3_type_1 = check_minimax_voice_settings_language_boost_type_3_type_1(data)

                return language_boost_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                MinimaxVoiceSettingsLanguageBoostType1
                | MinimaxVoiceSettingsLanguageBoostType2Type1
                | MinimaxVoiceSettingsLanguageBoostType3Type1
                | Unset
                | None,
                data,
            )

        language_boost = _parse_language_boost(d.pop("language_boost", UNSET))

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
