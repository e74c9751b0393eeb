from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class TranscriptionEngineSonioxConfig(BaseModel):
    """
    Attributes:
        transcription_engine (Literal["Soniox"]): Engine identifier for Soniox transcription service
        enable_endpoint_detection (bool | None): When true, Soniox emits end-of-utterance events at the cadence
            configured by `max_endpoint_delay_ms`. Example: False.
        interim_results (bool | None): Whether to send also interim results. If set to false, only final results will be
            sent. Example: True.
        language (str | None): ISO 639-1 language hint (e.g. `en`, `es`), or `auto` to omit the hint and let Soniox
            auto-detect supported languages multilingually. Example: auto.
        max_endpoint_delay_ms (int | None): Maximum silence (in milliseconds) before Soniox emits an end-of-utterance
            event. Only honored when `enable_endpoint_detection` is true. Range: 500-3000 ms. Example: 1000.
        transcription_model (Literal["soniox/stt-rt-v4"] | None): The model to use for transcription.
    """

    transcription_engine: Literal["Soniox"]
    enable_endpoint_detection: bool | None = None
    interim_results: bool | None = None
    language: str | None = None
    max_endpoint_delay_ms: int | None = None
    transcription_model: Literal["soniox/stt-rt-v4"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("transcription_engine", "transcription_engine", True),
        ("enable_endpoint_detection", "enable_endpoint_detection", False),
        ("interim_results", "interim_results", False),
        ("language", "language", False),
        ("max_endpoint_delay_ms", "max_endpoint_delay_ms", False),
        ("transcription_model", "transcription_model", False),
    )

    def __init__(
        self,
        *,
        transcription_engine: Literal["Soniox"],
        enable_endpoint_detection: bool | Unset | None = UNSET,
        interim_results: bool | Unset | None = UNSET,
        language: str | Unset | None = UNSET,
        max_endpoint_delay_ms: int | Unset | None = UNSET,
        transcription_model: Literal["soniox/stt-rt-v4"] | Unset | None = UNSET,
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
        _set(self, "enable_endpoint_detection", d.pop("enable_endpoint_detection", None))
        _set(self, "interim_results", d.pop("interim_results", None))
        _set(self, "language", d.pop("language", None))
        _set(self, "max_endpoint_delay_ms", d.pop("max_endpoint_delay_ms", None))
        _set(self, "transcription_model", d.pop("transcription_model", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("transcription_engine", str, REQUIRED),
            ("enable_endpoint_detection", bool, 0),
            ("interim_results", bool, 0),
            ("language", str, 0),
            ("max_endpoint_delay_ms", int, 0),
            ("transcription_model", str, 0),
        )
