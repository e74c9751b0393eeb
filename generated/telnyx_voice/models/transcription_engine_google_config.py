# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..models.google_transcription_engine_list_of_languages import GoogleTranscriptionEngineListOfLanguages
from ..models.transcription_engine_a_config_model import TranscriptionEngineAConfigModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionEngineGoogleConfig")


@_attrs_define(frozen=True)
class TranscriptionEngineGoogleConfig:
    """
    Attributes:
        enable_speaker_diarization (bool | Unset): Enables speaker diarization. Example: True.
        hints (list[str] | Unset): Hints to improve transcription accuracy. Example: [].
        interim_results (bool | Unset): Whether to send also interim results. If set to false, only final results will
            be sent. Example: True.
        language (GoogleTranscriptionEngineListOfLanguages | Unset): Language to use for speech recognition Example: en.
        max_speaker_count (int | Unset): Defines maximum number of speakers in the conversation. Example: 4.
        min_speaker_count (int | Unset): Defines minimum number of speakers in the conversation. Example: 4.
        model (TranscriptionEngineAConfigModel | Unset): The model to use for transcription.
        profanity_filter (bool | Unset): Enables profanity_filter. Example: True.
        speech_context (list[TranscriptionEngineGoogleConfigSpeechContextItem] | Unset): Speech context to improve
            transcription accuracy.
        transcription_engine (Literal["Google"] | Unset): Engine identifier for Google transcription service
        use_enhanced (bool | Unset): Enables enhanced transcription, this works for models `phone_call` and `video`.
            Example: True.
    """

    enable_speaker_diarization: bool | Unset = UNSET
    hints: list[str] | Unset = UNSET
    interim_results: bool | Unset = UNSET
    language: GoogleTranscriptionEngineListOfLanguages | Unset = UNSET
    max_speaker_count: int | Unset = UNSET
    min_speaker_count: int | Unset = UNSET
    model: TranscriptionEngineAConfigModel | Unset = UNSET
    profanity_filter: bool | Unset = UNSET
    speech_context: list[TranscriptionEngineGoogleConfigSpeechContextItem] | Unset = UNSET
    transcription_engine: Literal["Google"] | Unset = UNSET
    use_enhanced: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        enable_speaker_diarization = self.enable_speaker_diarization

        hints: list[str] | Unset = UNSET
        if not isinstance(self.hints, Unset):
            hints = self.hints

        interim_results = self.interim_results

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        max_speaker_count = self.max_speaker_count

        min_speaker_count = self.min_speaker_count

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        profanity_filter = self.profanity_filter

        speech_context: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.speech_context, Unset):
            speech_context = []
            for speech_context_item_data in self.speech_context:
                speech_context_item = speech_context_item_data.to_dict()
                speech_context.append(speech_context_item)

        transcription_engine: str | Unset = UNSET
        if not isinstance(self.transcription_engine, Unset):
            transcription_engine = self.transcription_engine

        use_enhanced = self.use_enhanced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enable_speaker_diarization is not UNSET:
            field_dict["enable_speaker_diarization"] = enable_speaker_diarization
        if hints is not UNSET:
            field_dict["hints"] = hints
        if interim_results is not UNSET:
            field_dict["interim_results"] = interim_results
        if language is not UNSET:
            field_dict["language"] = language
        if max_speaker_count is not UNSET:
            field_dict["max_speaker_count"] = max_speaker_count
        if min_speaker_count is not UNSET:
            field_dict["min_speaker_count"] = min_speaker_count
        if model is not UNSET:
            field_dict["model"] = model
        if profanity_filter is not UNSET:
            field_dict["profanity_filter"] = profanity_filter
        if speech_context is not UNSET:
            field_dict["speech_context"] = speech_context
        if transcription_engine is not UNSET:
            field_dict["transcription_engine"] = transcription_engine
        if use_enhanced is not UNSET:
            field_dict["use_enhanced"] = use_enhanced

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enable_speaker_diarization = d.pop("enable_speaker_diarization", UNSET)

        hints = cast(list[str], d.pop("hints", UNSET))

        interim_results = d.pop("interim_results", UNSET)

        _language = d.pop("language", UNSET)
        language: GoogleTranscriptionEngineListOfLanguages | Unset
        language = UNSET if isinstance(_language, Unset) else enum_value(_language, str)

        max_speaker_count = d.pop("max_speaker_count", UNSET)

        min_speaker_count = d.pop("min_speaker_count", UNSET)

        _model = d.pop("model", UNSET)
        model: TranscriptionEngineAConfigModel | Unset
        model = UNSET if isinstance(_model, Unset) else enum_value(_model, str)

        profanity_filter = d.pop("profanity_filter", UNSET)

        _speech_context = d.pop("speech_context", UNSET)
        speech_context: list[TranscriptionEngineGoogleConfigSpeechContextItem] | Unset = UNSET
        if _speech_context is not UNSET:
            speech_context = []
            for speech_context_item_data in _speech_context:
                speech_context_item = TranscriptionEngineGoogleConfigSpeechContextItem.from_dict(
                    speech_context_item_data
                )

                speech_context.append(speech_context_item)

        _transcription_engine = d.pop("transcription_engine", UNSET)
        transcription_engine: Literal["Google"] | Unset
        if isinstance(_transcription_engine, Unset):
            transcription_engine = UNSET
        else:
            transcription_engine = enum_value(_transcription_engine, str)

        use_enhanced = d.pop("use_enhanced", UNSET)

        additional_properties = d
        return cls(
            enable_speaker_diarization=enable_speaker_diarization,
            hints=hints,
            interim_results=interim_results,
            language=language,
            max_speaker_count=max_speaker_count,
            min_speaker_count=min_speaker_count,
            model=model,
            profanity_filter=profanity_filter,
            speech_context=speech_context,
            transcription_engine=transcription_engine,
            use_enhanced=use_enhanced,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.transcription_engine_google_config_speech_context_item import (
    TranscriptionEngineGoogleConfigSpeechContextItem,
)
