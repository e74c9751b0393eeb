from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="TelnyxVoiceSettings")


@_attrs_define(frozen=True)
class TelnyxVoiceSettings:
    """
    Attributes:
        type_ (Literal["telnyx"]): Voice settings provider type
        voice_speed (float | Unset): The voice speed to be used for the voice. The voice speed must be between 0.1 and
            2.0. Default value is 1.0. Not supported for `Telnyx.Bayan.*` or `Telnyx.Sukhan.*` voices. Example: 1.0.
    """

    type_: Literal["telnyx"]
    voice_speed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        voice_speed = self.voice_speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if voice_speed is not UNSET:
            field_dict["voice_speed"] = voice_speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = enum_value(d.pop("type"), str)

        voice_speed = d.pop("voice_speed", UNSET)

        additional_properties = d
        return cls(
            type_=type_,
            voice_speed=voice_speed,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
