from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from .._values import ListOf
from ..models.deepgram_nova_3_transcription_engine_list_of_languages import (
    DeepgramNova3TranscriptionEngineListOfLanguages,
)
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class DeepgramNova3Config(BaseModel):
    """
    Example:
        {'keyterms': ['Telnyx', 'LiveKit', 'VoIP'], 'keywords_boosting': {'krieger': 1, 'snuffleupagus': 5, 'systrom':
            2}, 'language': 'en', 'smart_format': False, 'transcription_engine': 'Deepgram', 'transcription_model':
            'deepgram/nova-3'}

    Attributes:
        transcription_engine (Literal["Deepgram"]):
        transcription_model (Literal["deepgram/nova-3"]):
        interim_results (bool | None): Whether to send also interim results. If set to false, only final results will be
            sent. Example: True.
        keyterms (list[str] | None): Nova-3 keyterm prompting. Up to 100 domain-specific terms or brand names to bias
            recognition toward. Nova-3-only; use `hints` on Nova-2. Example: ['Telnyx', 'LiveKit', 'VoIP'].
        keywords_boosting (dict[str, float] | None): Keywords and their respective intensifiers (boosting values) to
            improve transcription accuracy for specific words or phrases. The intensifier should be a numeric value.
            Example: `{"snuffleupagus": 5, "systrom": 2, "krieger": 1}`. Example: {'krieger': 1, 'snuffleupagus': 5,
            'systrom': 2}.
        language (DeepgramNova3TranscriptionEngineListOfLanguages | None): Language to use for speech recognition with
            nova-3 model Example: en.
        smart_format (bool | None): Enable Deepgram's smart formatting (capitalization, punctuation, and digit
            normalization). Note: Telnyx defaults this to `true`, overriding Deepgram's underlying default of `false` — omit
            the field to get a smart-formatted transcript, or set it to `false` to receive the raw lowercase transcript
            without punctuation. Example: False.
        utterance_end_ms (int | None): Number of milliseconds of silence to consider an utterance ended. Ranges from 0
            to 5000 ms. Example: 800.
    """

    transcription_engine: Literal["Deepgram"]
    transcription_model: Literal["deepgram/nova-3"]
    interim_results: bool | None = None
    keyterms: list[str] | None = None
    keywords_boosting: dict[str, float] | None = None
    language: DeepgramNova3TranscriptionEngineListOfLanguages | None = None
    smart_format: bool | None = None
    utterance_end_ms: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("transcription_engine", "transcription_engine", True),
        ("transcription_model", "transcription_model", True),
        ("interim_results", "interim_results", False),
        ("keyterms", "keyterms", False),
        ("keywords_boosting", "keywords_boosting", False),
        ("language", "language", False),
        ("smart_format", "smart_format", False),
        ("utterance_end_ms", "utterance_end_ms", False),
    )

    def __init__(
        self,
        *,
        transcription_engine: Literal["Deepgram"],
        transcription_model: Literal["deepgram/nova-3"],
        interim_results: bool | Unset | None = UNSET,
        keyterms: list[str] | Unset | None = UNSET,
        keywords_boosting: dict[str, float] | Unset | None = UNSET,
        language: DeepgramNova3TranscriptionEngineListOfLanguages | Unset | None = UNSET,
        smart_format: bool | Unset | None = UNSET,
        utterance_end_ms: int | Unset | None = UNSET,
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
        _set(self, "transcription_engine", d.pop("transcription_engine", None))
        _set(self, "transcription_model", d.pop("transcription_model", None))
        _set(self, "interim_results", d.pop("interim_results", None))
        _set(self, "keyterms", d.pop("keyterms", None))
        _set(self, "keywords_boosting", d.pop("keywords_boosting", None))
        _set(self, "language", d.pop("language", None))
        _set(self, "smart_format", d.pop("smart_format", None))
        _set(self, "utterance_end_ms", d.pop("utterance_end_ms", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("transcription_engine", str, REQUIRED),
            ("transcription_model", str, REQUIRED),
            ("interim_results", bool, 0),
            ("keyterms", ListOf(str), 0),
            ("keywords_boosting", dict, 0),
            ("language", str, 0),
            ("smart_format", bool, 0),
            ("utterance_end_ms", int, 0),
        )
