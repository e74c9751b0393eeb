# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..models.noise_suppression_engine import NoiseSuppressionEngine
from ..types import UNSET, Unset

T = TypeVar("T", bound="NoiseSuppressionStartRequest")


@_attrs_define(frozen=True)
class NoiseSuppressionStartRequest:
    """
    Example:
        {'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901', 'direction':
            'both', 'noise_suppression_engine': 'DeepFilterNet', 'noise_suppression_engine_config': {'attenuation_limit':
            100}}

    Attributes:
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        direction (Literal["both", "inbound", "outbound"] | Unset): The direction of the audio stream to be noise
            suppressed. Example: outbound.
        noise_suppression_engine (NoiseSuppressionEngine | Unset): The engine to use for noise suppression.
            For backward compatibility, engines A, B, C, and D are also supported, but are deprecated:
             A - Denoiser
             B - DeepFilterNet
             C - Krisp
             D - AiCoustics Example: Denoiser.
        noise_suppression_engine_config (NoiseSuppressionEngineConfiguration | Unset): Configuration parameters for
            noise suppression engines. Different engines support different parameters.
    """

    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    direction: Literal["both", "inbound", "outbound"] | Unset = UNSET
    noise_suppression_engine: NoiseSuppressionEngine | Unset = UNSET
    noise_suppression_engine_config: NoiseSuppressionEngineConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        client_state = self.client_state

        command_id = self.command_id

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        noise_suppression_engine: str | Unset = UNSET
        if not isinstance(self.noise_suppression_engine, Unset):
            noise_suppression_engine = self.noise_suppression_engine

        noise_suppression_engine_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.noise_suppression_engine_config, Unset):
            noise_suppression_engine_config = self.noise_suppression_engine_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if noise_suppression_engine is not UNSET:
            field_dict["noise_suppression_engine"] = noise_suppression_engine
        if noise_suppression_engine_config is not UNSET:
            field_dict["noise_suppression_engine_config"] = noise_suppression_engine_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: Literal["both", "inbound", "outbound"] | Unset
        direction = UNSET if isinstance(_direction, Unset) else enum_value(_direction, str)

        _noise_suppression_engine = d.pop("noise_suppression_engine", UNSET)
        noise_suppression_engine: NoiseSuppressionEngine | Unset
        if isinstance(_noise_suppression_engine, Unset):
            noise_suppression_engine = UNSET
        else:
            noise_suppression_engine = enum_value(_noise_suppression_engine, str)

        _noise_suppression_engine_config = d.pop("noise_suppression_engine_config", UNSET)
        noise_suppression_engine_config: NoiseSuppressionEngineConfiguration | Unset
        if isinstance(_noise_suppression_engine_config, Unset):
            noise_suppression_engine_config = UNSET
        else:
            noise_suppression_engine_config = NoiseSuppressionEngineConfiguration.from_dict(
                _noise_suppression_engine_config
            )

        additional_properties = d
        return cls(
            client_state=client_state,
            command_id=command_id,
            direction=direction,
            noise_suppression_engine=noise_suppression_engine,
            noise_suppression_engine_config=noise_suppression_engine_config,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.noise_suppression_engine_configuration import NoiseSuppressionEngineConfiguration
