from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="InworldVoiceSettings")


@_attrs_define(frozen=True)
class InworldVoiceSettings:
    """
    Attributes:
        type_ (Literal["inworld"]): Voice settings provider type
        delivery_mode (Literal["BALANCED", "CREATIVE", "STABLE"] | Unset): Controls the expressiveness and consistency
            of the Inworld `TTS2` model's speech synthesis. `STABLE` favors consistent, predictable output, `CREATIVE`
            allows more expressive variation, and `BALANCED` sits in between. Optional and only supported by `TTS2`; when
            omitted, the provider default applies.
    """

    type_: Literal["inworld"]
    delivery_mode: Literal["BALANCED", "CREATIVE", "STABLE"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        delivery_mode: str | Unset = UNSET
        if not isinstance(self.delivery_mode, Unset):
            delivery_mode = self.delivery_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if delivery_mode is not UNSET:
            field_dict["delivery_mode"] = delivery_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = enum_value(d.pop("type"), str)

        _delivery_mode = d.pop("delivery_mode", UNSET)
        delivery_mode: Literal["BALANCED", "CREATIVE", "STABLE"] | Unset
        delivery_mode = UNSET if isinstance(_delivery_mode, Unset) else enum_value(_delivery_mode, str)

        additional_properties = d
        return cls(
            type_=type_,
            delivery_mode=delivery_mode,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
