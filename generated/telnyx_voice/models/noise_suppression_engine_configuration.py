from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..models.noise_suppression_engine_configuration_model import NoiseSuppressionEngineConfigurationModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="NoiseSuppressionEngineConfiguration")


@_attrs_define(frozen=True)
class NoiseSuppressionEngineConfiguration:
    """Configuration parameters for noise suppression engines. Different engines support different parameters.

    Attributes:
        attenuation_limit (int | Unset): The attenuation limit for noise suppression (0-100). Only applicable for
            DeepFilterNet. Example: 100.
        enhancement_level (float | Unset): Enhancement intensity (0.0-1.0). Only applicable for AiCoustics. Example:
            0.5.
        family (Literal["quail", "sparrow"] | Unset): AiCoustics model family. 'sparrow' optimized for human-to-human
            calls, 'quail' optimized for Voice AI/STT. Only applicable for AiCoustics. Example: sparrow.
        mode (Literal["advanced", "standard"] | Unset): Processing mode. Only applicable for DeepFilterNet. Example:
            standard.
        model (NoiseSuppressionEngineConfigurationModel | Unset): The Krisp model to use. Only applicable for Krisp.
            Example: krisp-viva-tel-v2.kef.
        size (Literal["l", "s", "vf_1_1_l", "vf_l", "xs", "xxs"] | Unset): AiCoustics model size. 's' and 'l' work with
            both families. 'xs' and 'xxs' are sparrow-only. 'vf_l' and 'vf_1_1_l' are quail-only. Only applicable for
            AiCoustics. Example: l.
        suppression_level (float | Unset): Suppression level (0.0-100.0). Only applicable for Krisp. Example: 50.0.
        voice_gain (float | Unset): Voice gain multiplier (0.1-4.0). Only applicable for AiCoustics. Example: 1.0.
    """

    attenuation_limit: int | Unset = UNSET
    enhancement_level: float | Unset = UNSET
    family: Literal["quail", "sparrow"] | Unset = UNSET
    mode: Literal["advanced", "standard"] | Unset = UNSET
    model: NoiseSuppressionEngineConfigurationModel | Unset = UNSET
    size: Literal["l", "s", "vf_1_1_l", "vf_l", "xs", "xxs"] | Unset = UNSET
    suppression_level: float | Unset = UNSET
    voice_gain: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        attenuation_limit = self.attenuation_limit

        enhancement_level = self.enhancement_level

        family: str | Unset = UNSET
        if not isinstance(self.family, Unset):
            family = self.family

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        suppression_level = self.suppression_level

        voice_gain = self.voice_gain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if attenuation_limit is not UNSET:
            field_dict["attenuation_limit"] = attenuation_limit
        if enhancement_level is not UNSET:
            field_dict["enhancement_level"] = enhancement_level
        if family is not UNSET:
            field_dict["family"] = family
        if mode is not UNSET:
            field_dict["mode"] = mode
        if model is not UNSET:
            field_dict["model"] = model
        if size is not UNSET:
            field_dict["size"] = size
        if suppression_level is not UNSET:
            field_dict["suppression_level"] = suppression_level
        if voice_gain is not UNSET:
            field_dict["voice_gain"] = voice_gain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attenuation_limit = d.pop("attenuation_limit", UNSET)

        enhancement_level = d.pop("enhancement_level", UNSET)

        _family = d.pop("family", UNSET)
        family: Literal["quail", "sparrow"] | Unset
        family = UNSET if isinstance(_family, Unset) else enum_value(_family, str)

        _mode = d.pop("mode", UNSET)
        mode: Literal["advanced", "standard"] | Unset
        mode = UNSET if isinstance(_mode, Unset) else enum_value(_mode, str)

        _model = d.pop("model", UNSET)
        model: NoiseSuppressionEngineConfigurationModel | Unset
        model = UNSET if isinstance(_model, Unset) else enum_value(_model, str)

        _size = d.pop("size", UNSET)
        size: Literal["l", "s", "vf_1_1_l", "vf_l", "xs", "xxs"] | Unset
        size = UNSET if isinstance(_size, Unset) else enum_value(_size, str)

        suppression_level = d.pop("suppression_level", UNSET)

        voice_gain = d.pop("voice_gain", UNSET)

        additional_properties = d
        return cls(
            attenuation_limit=attenuation_limit,
            enhancement_level=enhancement_level,
            family=family,
            mode=mode,
            model=model,
            size=size,
            suppression_level=suppression_level,
            voice_gain=voice_gain,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
