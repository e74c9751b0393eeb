# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..models.deepgram_nova_2_transcription_engine_list_of_languages import (
    DeepgramNova2TranscriptionEngineListOfLanguages,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeepgramNova2Config")


@_attrs_define(frozen=True)
class DeepgramNova2Config:
    """
    Example:
        {'hints': ['Telnyx', 'LiveKit', 'VoIP'], 'keywords_boosting': {'krieger': 1, 'snuffleupagus': 5, 'systrom': 2},
            'language': 'en', 'smart_format': False, 'transcription_engine': 'Deepgram', 'transcription_model':
            'deepgram/nova-2'}

    Attributes:
        transcription_engine (Literal["Deepgram"]):
        transcription_model (Literal["deepgram/nova-2"]):
        hints (list[str] | Unset): Nova-2 keyword biasing without intensifiers. Up to 100 terms to bias recognition
            toward. For weighted biasing, use `keywords_boosting` instead. Nova-2-only; use `keyterms` on Nova-3. Example:
            ['Telnyx', 'LiveKit', 'VoIP'].
        interim_results (bool | Unset): Whether to send also interim results. If set to false, only final results will
            be sent. Example: True.
        keywords_boosting (DeepgramNova2ConfigKeywordsBoosting | Unset): Keywords and their respective intensifiers
            (boosting values) to improve transcription accuracy for specific words or phrases. The intensifier should be a
            numeric value. Example: `{"snuffleupagus": 5, "systrom": 2, "krieger": 1}`. Example: {'krieger': 1,
            'snuffleupagus': 5, 'systrom': 2}.
        language (DeepgramNova2TranscriptionEngineListOfLanguages | Unset): Language to use for speech recognition with
            nova-2 model Example: en.
        smart_format (bool | Unset): Enable Deepgram's smart formatting (capitalization, punctuation, and digit
            normalization). Note: Telnyx defaults this to `true`, overriding Deepgram's underlying default of `false` — omit
            the field to get a smart-formatted transcript, or set it to `false` to receive the raw lowercase transcript
            without punctuation. Example: False.
        utterance_end_ms (int | Unset): Number of milliseconds of silence to consider an utterance ended. Ranges from 0
            to 5000 ms. Example: 800.
    """

    transcription_engine: Literal["Deepgram"]
    transcription_model: Literal["deepgram/nova-2"]
    hints: list[str] | Unset = UNSET
    interim_results: bool | Unset = UNSET
    keywords_boosting: DeepgramNova2ConfigKeywordsBoosting | Unset = UNSET
    language: DeepgramNova2TranscriptionEngineListOfLanguages | Unset = UNSET
    smart_format: bool | Unset = UNSET
    utterance_end_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        transcription_engine: str = self.transcription_engine

        transcription_model: str = self.transcription_model

        hints: list[str] | Unset = UNSET
        if not isinstance(self.hints, Unset):
            hints = self.hints

        interim_results = self.interim_results

        keywords_boosting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.keywords_boosting, Unset):
            keywords_boosting = self.keywords_boosting.to_dict()

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        smart_format = self.smart_format

        utterance_end_ms = self.utterance_end_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transcription_engine": transcription_engine,
                "transcription_model": transcription_model,
            }
        )
        if hints is not UNSET:
            field_dict["hints"] = hints
        if interim_results is not UNSET:
            field_dict["interim_results"] = interim_results
        if keywords_boosting is not UNSET:
            field_dict["keywords_boosting"] = keywords_boosting
        if language is not UNSET:
            field_dict["language"] = language
        if smart_format is not UNSET:
            field_dict["smart_format"] = smart_format
        if utterance_end_ms is not UNSET:
            field_dict["utterance_end_ms"] = utterance_end_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transcription_engine = enum_value(d.pop("transcription_engine"), str)

        transcription_model = enum_value(d.pop("transcription_model"), str)

        hints = cast(list[str], d.pop("hints", UNSET))

        interim_results = d.pop("interim_results", UNSET)

        _keywords_boosting = d.pop("keywords_boosting", UNSET)
        keywords_boosting: DeepgramNova2ConfigKeywordsBoosting | Unset
        if isinstance(_keywords_boosting, Unset):
            keywords_boosting = UNSET
        else:
            keywords_boosting = DeepgramNova2ConfigKeywordsBoosting.from_dict(_keywords_boosting)

        _language = d.pop("language", UNSET)
        language: DeepgramNova2TranscriptionEngineListOfLanguages | Unset
        language = UNSET if isinstance(_language, Unset) else enum_value(_language, str)

        smart_format = d.pop("smart_format", UNSET)

        utterance_end_ms = d.pop("utterance_end_ms", UNSET)

        additional_properties = d
        return cls(
            transcription_engine=transcription_engine,
            transcription_model=transcription_model,
            hints=hints,
            interim_results=interim_results,
            keywords_boosting=keywords_boosting,
            language=language,
            smart_format=smart_format,
            utterance_end_ms=utterance_end_ms,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.deepgram_nova_2_config_keywords_boosting import DeepgramNova2ConfigKeywordsBoosting
