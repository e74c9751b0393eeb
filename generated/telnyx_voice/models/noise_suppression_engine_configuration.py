from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..models.noise_suppression_engine_configuration_model import NoiseSuppressionEngineConfigurationModel
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class NoiseSuppressionEngineConfiguration(BaseModel):
    """Configuration parameters for noise suppression engines. Different engines support different parameters.

    Attributes:
        attenuation_limit (int | None): The attenuation limit for noise suppression (0-100). Only applicable for
            DeepFilterNet. Example: 100.
        enhancement_level (float | None): Enhancement intensity (0.0-1.0). Only applicable for AiCoustics. Example: 0.5.
        family (Literal["quail", "sparrow"] | None): AiCoustics model family. 'sparrow' optimized for human-to-human
            calls, 'quail' optimized for Voice AI/STT. Only applicable for AiCoustics. Example: sparrow.
        mode (Literal["advanced", "standard"] | None): Processing mode. Only applicable for DeepFilterNet. Example:
            standard.
        model (NoiseSuppressionEngineConfigurationModel | None): The Krisp model to use. Only applicable for Krisp.
            Example: krisp-viva-tel-v2.kef.
        size (Literal["l", "s", "vf_1_1_l", "vf_l", "xs", "xxs"] | None): AiCoustics model size. 's' and 'l' work with
            both families. 'xs' and 'xxs' are sparrow-only. 'vf_l' and 'vf_1_1_l' are quail-only. Only applicable for
            AiCoustics. Example: l.
        suppression_level (float | None): Suppression level (0.0-100.0). Only applicable for Krisp. Example: 50.0.
        voice_gain (float | None): Voice gain multiplier (0.1-4.0). Only applicable for AiCoustics. Example: 1.0.
    """

    attenuation_limit: int | None = None
    enhancement_level: float | None = None
    family: Literal["quail", "sparrow"] | None = None
    mode: Literal["advanced", "standard"] | None = None
    model: NoiseSuppressionEngineConfigurationModel | None = None
    size: Literal["l", "s", "vf_1_1_l", "vf_l", "xs", "xxs"] | None = None
    suppression_level: float | None = None
    voice_gain: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("attenuation_limit", "attenuation_limit", False),
        ("enhancement_level", "enhancement_level", False),
        ("family", "family", False),
        ("mode", "mode", False),
        ("model", "model", False),
        ("size", "size", False),
        ("suppression_level", "suppression_level", False),
        ("voice_gain", "voice_gain", False),
    )

    def __init__(
        self,
        *,
        attenuation_limit: int | Unset | None = UNSET,
        enhancement_level: float | Unset | None = UNSET,
        family: Literal["quail", "sparrow"] | Unset | None = UNSET,
        mode: Literal["advanced", "standard"] | Unset | None = UNSET,
        model: NoiseSuppressionEngineConfigurationModel | Unset | None = UNSET,
        size: Literal["l", "s", "vf_1_1_l", "vf_l", "xs", "xxs"] | Unset | None = UNSET,
        suppression_level: float | Unset | None = UNSET,
        voice_gain: float | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        init_model(self, locals())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the model from JSON data leniently: absent fields are None, values that are not what
        the spec says are kept as sent, unknown fields go to `additional_properties`."""
        d = dict(src_dict)
        self = cls.__new__(cls)
        _set = object.__setattr__
        _set(self, "_present", frozenset(d))
        _set(self, "attenuation_limit", d.pop("attenuation_limit", None))
        _set(self, "enhancement_level", d.pop("enhancement_level", None))
        _set(self, "family", d.pop("family", None))
        _set(self, "mode", d.pop("mode", None))
        _set(self, "model", d.pop("model", None))
        _set(self, "size", d.pop("size", None))
        _set(self, "suppression_level", d.pop("suppression_level", None))
        _set(self, "voice_gain", d.pop("voice_gain", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("attenuation_limit", int, 0),
            ("enhancement_level", float, 0),
            ("family", str, 0),
            ("mode", str, 0),
            ("model", str, 0),
            ("size", str, 0),
            ("suppression_level", float, 0),
            ("voice_gain", float, 0),
        )
