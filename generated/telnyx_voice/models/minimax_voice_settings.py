from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import NULLABLE, REQUIRED, Rule
from .._values import OneOf, parse_union
from ..models.minimax_voice_settings_language_boost_type_1 import MinimaxVoiceSettingsLanguageBoostType1
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class MinimaxVoiceSettings(BaseModel):
    """
    Attributes:
        type (Literal["minimax"]): Voice settings provider type
        language_boost (MinimaxVoiceSettingsLanguageBoostType1 | None): Enhances recognition for specific languages and
            dialects during MiniMax TTS synthesis. Default is null (no boost). Set to 'auto' for automatic language
            detection.
        pitch (int | None): Voice pitch adjustment. Default is 0. Example: 0.
        speed (float | None): Speech speed multiplier. Default is 1.0. Example: 1.0.
        vol (float | None): Speech volume multiplier. Default is 1.0. Example: 1.0.
    """

    type: Literal["minimax"]
    language_boost: MinimaxVoiceSettingsLanguageBoostType1 | None = None
    pitch: int | None = None
    speed: float | None = None
    vol: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("type", "type", True),
        ("language_boost", "language_boost", False),
        ("pitch", "pitch", False),
        ("speed", "speed", False),
        ("vol", "vol", False),
    )

    def __init__(
        self,
        *,
        type: Literal["minimax"],
        language_boost: MinimaxVoiceSettingsLanguageBoostType1 | Unset | None = UNSET,
        pitch: int | Unset | None = UNSET,
        speed: float | Unset | None = UNSET,
        vol: float | Unset | None = UNSET,
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
        v = d.pop("language_boost", None)
        _set(
            self,
            "language_boost",
            parse_union(
                v,
                (
                    str,
                    str,
                    str,
                ),
                nullable=True,
                lenient=True,
            ),
        )
        _set(self, "pitch", d.pop("pitch", None))
        _set(self, "speed", d.pop("speed", None))
        _set(self, "vol", d.pop("vol", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("type", str, REQUIRED),
            (
                "language_boost",
                OneOf(
                    (
                        str,
                        str,
                        str,
                    ),
                    nullable=True,
                ),
                NULLABLE,
            ),
            ("pitch", int, 0),
            ("speed", float, 0),
            ("vol", float, 0),
        )
