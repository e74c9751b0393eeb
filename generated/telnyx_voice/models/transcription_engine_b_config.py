from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..models.telnyx_transcription_engine_list_of_languages import TelnyxTranscriptionEngineListOfLanguages
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class TranscriptionEngineBConfig(BaseModel):
    """
    Attributes:
        language (TelnyxTranscriptionEngineListOfLanguages | None): Language to use for speech recognition Example: en.
        transcription_engine (Literal["B"] | None): Engine identifier for Telnyx transcription service
        transcription_model (Literal["openai/whisper-large-v3-turbo", "openai/whisper-tiny"] | None): The model to use
            for transcription.
    """

    language: TelnyxTranscriptionEngineListOfLanguages | None = None
    transcription_engine: Literal["B"] | None = None
    transcription_model: Literal["openai/whisper-large-v3-turbo", "openai/whisper-tiny"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("language", "language", False),
        ("transcription_engine", "transcription_engine", False),
        ("transcription_model", "transcription_model", False),
    )

    def __init__(
        self,
        *,
        language: TelnyxTranscriptionEngineListOfLanguages | Unset | None = UNSET,
        transcription_engine: Literal["B"] | Unset | None = UNSET,
        transcription_model: Literal["openai/whisper-large-v3-turbo", "openai/whisper-tiny"] | Unset | None = UNSET,
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
        _set(self, "language", d.pop("language", None))
        _set(self, "transcription_engine", d.pop("transcription_engine", None))
        _set(self, "transcription_model", d.pop("transcription_model", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("language", str, 0),
            ("transcription_engine", str, 0),
            ("transcription_model", str, 0),
        )
