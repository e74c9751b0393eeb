from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="AzureVoiceSettings")


@_attrs_define(frozen=True)
class AzureVoiceSettings:
    """
    Attributes:
        type_ (Literal["azure"]): Voice settings provider type
        api_key_ref (str | Unset): The `identifier` for an integration secret that refers to your Azure Speech API key.
            Example: my_azure_api_key.
        deployment_id (str | Unset): The deployment ID for a custom Azure neural voice. Example: my-custom-voice-
            deployment.
        effect (Literal["eq_car", "eq_telecomhp8k"] | Unset): Audio effect to apply.
        gender (Literal["Female", "Male"] | Unset): Voice gender filter.
        region (str | Unset): The Azure region for the Speech service (e.g., `eastus`, `westeurope`). Required when
            using a custom API key. Example: eastus.
    """

    type_: Literal["azure"]
    api_key_ref: str | Unset = UNSET
    deployment_id: str | Unset = UNSET
    effect: Literal["eq_car", "eq_telecomhp8k"] | Unset = UNSET
    gender: Literal["Female", "Male"] | Unset = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        api_key_ref = self.api_key_ref

        deployment_id = self.deployment_id

        effect: str | Unset = UNSET
        if not isinstance(self.effect, Unset):
            effect = self.effect

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if api_key_ref is not UNSET:
            field_dict["api_key_ref"] = api_key_ref
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id
        if effect is not UNSET:
            field_dict["effect"] = effect
        if gender is not UNSET:
            field_dict["gender"] = gender
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = enum_value(d.pop("type"), str)

        api_key_ref = d.pop("api_key_ref", UNSET)

        deployment_id = d.pop("deployment_id", UNSET)

        _effect = d.pop("effect", UNSET)
        effect: Literal["eq_car", "eq_telecomhp8k"] | Unset
        effect = UNSET if isinstance(_effect, Unset) else enum_value(_effect, str)

        _gender = d.pop("gender", UNSET)
        gender: Literal["Female", "Male"] | Unset
        gender = UNSET if isinstance(_gender, Unset) else enum_value(_gender, str)

        region = d.pop("region", UNSET)

        additional_properties = d
        return cls(
            type_=type_,
            api_key_ref=api_key_ref,
            deployment_id=deployment_id,
            effect=effect,
            gender=gender,
            region=region,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
