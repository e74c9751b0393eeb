from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class SoundModifications(BaseModel):
    """Use this field to modify sound effects, for example adjust the pitch.

    Example:
        {'octaves': 0.1, 'pitch': 0.8, 'semitone': -2, 'track': 'both'}

    Attributes:
        octaves (float | None): Adjust the pitch in octaves, values should be between -1 and 1, default 0 Example: -0.5.
        pitch (float | None): Set the pitch directly, value should be > 0, default 1 (lower = lower tone) Example: 0.8.
        semitone (float | None): Adjust the pitch in semitones, values should be between -14 and 14, default 0 Example:
            -10.
        track (str | None): The track to which the sound modifications will be applied. Accepted values are `inbound` or
            `outbound` Example: inbound.
    """

    octaves: float | None = None
    pitch: float | None = None
    semitone: float | None = None
    track: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("octaves", "octaves", False),
        ("pitch", "pitch", False),
        ("semitone", "semitone", False),
        ("track", "track", False),
    )

    def __init__(
        self,
        *,
        octaves: float | Unset | None = UNSET,
        pitch: float | Unset | None = UNSET,
        semitone: float | Unset | None = UNSET,
        track: str | Unset | None = UNSET,
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
        _set(self, "octaves", d.pop("octaves", None))
        _set(self, "pitch", d.pop("pitch", None))
        _set(self, "semitone", d.pop("semitone", None))
        _set(self, "track", d.pop("track", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("octaves", float, 0),
            ("pitch", float, 0),
            ("semitone", float, 0),
            ("track", str, 0),
        )
