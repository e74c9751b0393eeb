from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..models.xai_transcription_engine_list_of_languages import XAITranscriptionEngineListOfLanguages
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionEngineXAIConfig")


@_attrs_define(frozen=True)
class TranscriptionEngineXAIConfig:
    """
    Attributes:
        interim_results (bool | Unset): Whether to send also interim results. If set to false, only final results will
            be sent. Example: True.
        language (XAITranscriptionEngineListOfLanguages | Unset): Language to use for speech recognition Example: en.
        transcription_engine (Literal["xAI"] | Unset): Engine identifier for xAI transcription service
        transcription_model (Literal["xai/grok-stt"] | Unset): The model to use for transcription.
    """

    interim_results: bool | Unset = UNSET
    language: XAITranscriptionEngineListOfLanguages | Unset = UNSET
    transcription_engine: Literal["xAI"] | Unset = UNSET
    transcription_model: Literal["xai/grok-stt"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        interim_results = self.interim_results

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        transcription_engine: str | Unset = UNSET
        if not isinstance(self.transcription_engine, Unset):
            transcription_engine = self.transcription_engine

        transcription_model: str | Unset = UNSET
        if not isinstance(self.transcription_model, Unset):
            transcription_model = self.transcription_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if interim_results is not UNSET:
            field_dict["interim_results"] = interim_results
        if language is not UNSET:
            field_dict["language"] = language
        if transcription_engine is not UNSET:
            field_dict["transcription_engine"] = transcription_engine
        if transcription_model is not UNSET:
            field_dict["transcription_model"] = transcription_model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interim_results = d.pop("interim_results", UNSET)

        _language = d.pop("language", UNSET)
        language: XAITranscriptionEngineListOfLanguages | Unset
        language = UNSET if isinstance(_language, Unset) else enum_value(_language, str)

        _transcription_engine = d.pop("transcription_engine", UNSET)
        transcription_engine: Literal["xAI"] | Unset
        if isinstance(_transcription_engine, Unset):
            transcription_engine = UNSET
        else:
            transcription_engine = enum_value(_transcription_engine, str)

        _transcription_model = d.pop("transcription_model", UNSET)
        transcription_model: Literal["xai/grok-stt"] | Unset
        if isinstance(_transcription_model, Unset):
            transcription_model = UNSET
        else:
            transcription_model = enum_value(_transcription_model, str)

        additional_properties = d
        return cls(
            interim_results=interim_results,
            language=language,
            transcription_engine=transcription_engine,
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
