from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="ElevenLabsVoiceSettings")


@_attrs_define(frozen=True)
class ElevenLabsVoiceSettings:
    """
    Attributes:
        type_ (Literal["elevenlabs"]): Voice settings provider type
        api_key_ref (str | Unset): The `identifier` for an integration secret
            [/v2/integration_secrets](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-
            integration-secret) that refers to your ElevenLabs API key. Warning: Free plans are unlikely to work with this
            integration. Example: my_elevenlabs_api_key.
    """

    type_: Literal["elevenlabs"]
    api_key_ref: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        api_key_ref = self.api_key_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if api_key_ref is not UNSET:
            field_dict["api_key_ref"] = api_key_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = enum_value(d.pop("type"), str)

        api_key_ref = d.pop("api_key_ref", UNSET)

        additional_properties = d
        return cls(
            type_=type_,
            api_key_ref=api_key_ref,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
