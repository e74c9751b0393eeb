from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class TranscriptionPayloadTranscriptionData(BaseModel):
    """
    Attributes:
        confidence (float | None): Speech recognition confidence level. Example: 0.977219.
        is_final (bool | None): When false, it means that this is an interim result. Example: True.
        transcript (str | None): Recognized text. Example: hello this is a test speech.
        transcription_track (Literal["inbound", "outbound"] | None): Indicates which leg of the call has been
            transcribed. This is only available when `transcription_engine` is set to `B`. Example: inbound.
    """

    confidence: float | None = None
    is_final: bool | None = None
    transcript: str | None = None
    transcription_track: Literal["inbound", "outbound"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("confidence", "confidence", False),
        ("is_final", "is_final", False),
        ("transcript", "transcript", False),
        ("transcription_track", "transcription_track", False),
    )

    def __init__(
        self,
        *,
        confidence: float | Unset | None = UNSET,
        is_final: bool | Unset | None = UNSET,
        transcript: str | Unset | None = UNSET,
        transcription_track: Literal["inbound", "outbound"] | Unset | None = UNSET,
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
        _set(self, "confidence", d.pop("confidence", None))
        _set(self, "is_final", d.pop("is_final", None))
        _set(self, "transcript", d.pop("transcript", None))
        _set(self, "transcription_track", d.pop("transcription_track", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("confidence", float, 0),
            ("is_final", bool, 0),
            ("transcript", str, 0),
            ("transcription_track", str, 0),
        )
