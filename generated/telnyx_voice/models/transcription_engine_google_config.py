# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from .._values import ListOf
from ..models.google_transcription_engine_list_of_languages import GoogleTranscriptionEngineListOfLanguages
from ..models.transcription_engine_a_config_model import TranscriptionEngineAConfigModel
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class TranscriptionEngineGoogleConfig(BaseModel):
    """
    Attributes:
        enable_speaker_diarization (bool | None): Enables speaker diarization. Example: True.
        hints (list[str] | None): Hints to improve transcription accuracy. Example: [].
        interim_results (bool | None): Whether to send also interim results. If set to false, only final results will be
            sent. Example: True.
        language (GoogleTranscriptionEngineListOfLanguages | None): Language to use for speech recognition Example: en.
        max_speaker_count (int | None): Defines maximum number of speakers in the conversation. Example: 4.
        min_speaker_count (int | None): Defines minimum number of speakers in the conversation. Example: 4.
        model (TranscriptionEngineAConfigModel | None): The model to use for transcription.
        profanity_filter (bool | None): Enables profanity_filter. Example: True.
        speech_context (list[TranscriptionEngineGoogleConfigSpeechContextItem] | None): Speech context to improve
            transcription accuracy.
        transcription_engine (Literal["Google"] | None): Engine identifier for Google transcription service
        use_enhanced (bool | None): Enables enhanced transcription, this works for models `phone_call` and `video`.
            Example: True.
    """

    enable_speaker_diarization: bool | None = None
    hints: list[str] | None = None
    interim_results: bool | None = None
    language: GoogleTranscriptionEngineListOfLanguages | None = None
    max_speaker_count: int | None = None
    min_speaker_count: int | None = None
    model: TranscriptionEngineAConfigModel | None = None
    profanity_filter: bool | None = None
    speech_context: list[TranscriptionEngineGoogleConfigSpeechContextItem] | None = None
    transcription_engine: Literal["Google"] | None = None
    use_enhanced: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("enable_speaker_diarization", "enable_speaker_diarization", False),
        ("hints", "hints", False),
        ("interim_results", "interim_results", False),
        ("language", "language", False),
        ("max_speaker_count", "max_speaker_count", False),
        ("min_speaker_count", "min_speaker_count", False),
        ("model", "model", False),
        ("profanity_filter", "profanity_filter", False),
        ("speech_context", "speech_context", False),
        ("transcription_engine", "transcription_engine", False),
        ("use_enhanced", "use_enhanced", False),
    )

    def __init__(
        self,
        *,
        enable_speaker_diarization: bool | Unset | None = UNSET,
        hints: list[str] | Unset | None = UNSET,
        interim_results: bool | Unset | None = UNSET,
        language: GoogleTranscriptionEngineListOfLanguages | Unset | None = UNSET,
        max_speaker_count: int | Unset | None = UNSET,
        min_speaker_count: int | Unset | None = UNSET,
        model: TranscriptionEngineAConfigModel | Unset | None = UNSET,
        profanity_filter: bool | Unset | None = UNSET,
        speech_context: list[TranscriptionEngineGoogleConfigSpeechContextItem] | Unset | None = UNSET,
        transcription_engine: Literal["Google"] | Unset | None = UNSET,
        use_enhanced: bool | Unset | None = UNSET,
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
        _set(self, "enable_speaker_diarization", d.pop("enable_speaker_diarization", None))
        _set(self, "hints", d.pop("hints", None))
        _set(self, "interim_results", d.pop("interim_results", None))
        _set(self, "language", d.pop("language", None))
        _set(self, "max_speaker_count", d.pop("max_speaker_count", None))
        _set(self, "min_speaker_count", d.pop("min_speaker_count", None))
        _set(self, "model", d.pop("model", None))
        _set(self, "profanity_filter", d.pop("profanity_filter", None))
        v = d.pop("speech_context", None)
        _set(
            self,
            "speech_context",
            [TranscriptionEngineGoogleConfigSpeechContextItem.from_dict(i) if i.__class__ is dict else i for i in v]
            if v.__class__ is list
            else v,
        )
        _set(self, "transcription_engine", d.pop("transcription_engine", None))
        _set(self, "use_enhanced", d.pop("use_enhanced", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("enable_speaker_diarization", bool, 0),
            ("hints", ListOf(str), 0),
            ("interim_results", bool, 0),
            ("language", str, 0),
            ("max_speaker_count", int, 0),
            ("min_speaker_count", int, 0),
            ("model", str, 0),
            ("profanity_filter", bool, 0),
            ("speech_context", ListOf(TranscriptionEngineGoogleConfigSpeechContextItem), 0),
            ("transcription_engine", str, 0),
            ("use_enhanced", bool, 0),
        )


from ..models.transcription_engine_google_config_speech_context_item import (
    TranscriptionEngineGoogleConfigSpeechContextItem,
)
