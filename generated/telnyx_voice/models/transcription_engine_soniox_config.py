from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionEngineSonioxConfig")


@_attrs_define(frozen=True)
class TranscriptionEngineSonioxConfig:
    """
    Attributes:
        transcription_engine (Literal["Soniox"]): Engine identifier for Soniox transcription service
        enable_endpoint_detection (bool | Unset): When true, Soniox emits end-of-utterance events at the cadence
            configured by `max_endpoint_delay_ms`. Example: False.
        interim_results (bool | Unset): Whether to send also interim results. If set to false, only final results will
            be sent. Example: True.
        language (str | Unset): ISO 639-1 language hint (e.g. `en`, `es`), or `auto` to omit the hint and let Soniox
            auto-detect supported languages multilingually. Example: auto.
        max_endpoint_delay_ms (int | Unset): Maximum silence (in milliseconds) before Soniox emits an end-of-utterance
            event. Only honored when `enable_endpoint_detection` is true. Range: 500-3000 ms. Example: 1000.
        transcription_model (Literal["soniox/stt-rt-v4"] | Unset): The model to use for transcription.
    """

    transcription_engine: Literal["Soniox"]
    enable_endpoint_detection: bool | Unset = UNSET
    interim_results: bool | Unset = UNSET
    language: str | Unset = UNSET
    max_endpoint_delay_ms: int | Unset = UNSET
    transcription_model: Literal["soniox/stt-rt-v4"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        transcription_engine: str = self.transcription_engine

        enable_endpoint_detection = self.enable_endpoint_detection

        interim_results = self.interim_results

        language = self.language

        max_endpoint_delay_ms = self.max_endpoint_delay_ms

        transcription_model: str | Unset = UNSET
        if not isinstance(self.transcription_model, Unset):
            transcription_model = self.transcription_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transcription_engine": transcription_engine,
            }
        )
        if enable_endpoint_detection is not UNSET:
            field_dict["enable_endpoint_detection"] = enable_endpoint_detection
        if interim_results is not UNSET:
            field_dict["interim_results"] = interim_results
        if language is not UNSET:
            field_dict["language"] = language
        if max_endpoint_delay_ms is not UNSET:
            field_dict["max_endpoint_delay_ms"] = max_endpoint_delay_ms
        if transcription_model is not UNSET:
            field_dict["transcription_model"] = transcription_model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transcription_engine = enum_value(d.pop("transcription_engine"), str)

        enable_endpoint_detection = d.pop("enable_endpoint_detection", UNSET)

        interim_results = d.pop("interim_results", UNSET)

        language = d.pop("language", UNSET)

        max_endpoint_delay_ms = d.pop("max_endpoint_delay_ms", UNSET)

        _transcription_model = d.pop("transcription_model", UNSET)
        transcription_model: Literal["soniox/stt-rt-v4"] | Unset
        if isinstance(_transcription_model, Unset):
            transcription_model = UNSET
        else:
            transcription_model = enum_value(_transcription_model, str)

        additional_properties = d
        return cls(
            transcription_engine=transcription_engine,
            enable_endpoint_detection=enable_endpoint_detection,
            interim_results=interim_results,
            language=language,
            max_endpoint_delay_ms=max_endpoint_delay_ms,
            transcription_model=transcription_model,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
