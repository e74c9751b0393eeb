from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class TelnyxVoiceSettings(BaseModel):
    """
    Attributes:
        type (Literal["telnyx"]): Voice settings provider type
        voice_speed (float | None): The voice speed to be used for the voice. The voice speed must be between 0.1 and
            2.0. Default value is 1.0. Not supported for `Telnyx.Bayan.*` or `Telnyx.Sukhan.*` voices. Example: 1.0.
    """

    type: Literal["telnyx"]
    voice_speed: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("type", "type", True),
        ("voice_speed", "voice_speed", False),
    )

    def __init__(
        self,
        *,
        type: Literal["telnyx"],
        voice_speed: float | Unset | None = UNSET,
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
        _set(self, "voice_speed", d.pop("voice_speed", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("type", str, REQUIRED),
            ("voice_speed", float, 0),
        )
