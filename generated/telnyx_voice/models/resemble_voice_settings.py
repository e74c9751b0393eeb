from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ResembleVoiceSettings(BaseModel):
    """
    Attributes:
        type (Literal["resemble"]): Voice settings provider type
        format (Literal["mp3", "wav"] | None): Output audio format.
        precision (Literal["MULAW", "PCM_16", "PCM_24", "PCM_32"] | None): Audio precision format.
        sample_rate (Literal["16000", "22050", "32000", "44100", "48000", "8000"] | None): Audio sample rate in Hz.
    """

    type: Literal["resemble"]
    format: Literal["mp3", "wav"] | None = None
    precision: Literal["MULAW", "PCM_16", "PCM_24", "PCM_32"] | None = None
    sample_rate: Literal["16000", "22050", "32000", "44100", "48000", "8000"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("type", "type", True),
        ("format", "format", False),
        ("precision", "precision", False),
        ("sample_rate", "sample_rate", False),
    )

    def __init__(
        self,
        *,
        type: Literal["resemble"],
        format: Literal["mp3", "wav"] | Unset | None = UNSET,
        precision: Literal["MULAW", "PCM_16", "PCM_24", "PCM_32"] | Unset | None = UNSET,
        sample_rate: Literal["16000", "22050", "32000", "44100", "48000", "8000"] | Unset | None = UNSET,
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
        _set(self, "type", d.pop("type", None))
        _set(self, "format", d.pop("format", None))
        _set(self, "precision", d.pop("precision", None))
        _set(self, "sample_rate", d.pop("sample_rate", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("type", str, REQUIRED),
            ("format", str, 0),
            ("precision", str, 0),
            ("sample_rate", str, 0),
        )
