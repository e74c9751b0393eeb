from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class InworldVoiceSettings(BaseModel):
    """
    Attributes:
        type (Literal["inworld"]): Voice settings provider type
        delivery_mode (Literal["BALANCED", "CREATIVE", "STABLE"] | None): Controls the expressiveness and consistency of
            the Inworld `TTS2` model's speech synthesis. `STABLE` favors consistent, predictable output, `CREATIVE` allows
            more expressive variation, and `BALANCED` sits in between. Optional and only supported by `TTS2`; when omitted,
            the provider default applies.
    """

    type: Literal["inworld"]
    delivery_mode: Literal["BALANCED", "CREATIVE", "STABLE"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("type", "type", True),
        ("delivery_mode", "delivery_mode", False),
    )

    def __init__(
        self,
        *,
        type: Literal["inworld"],
        delivery_mode: Literal["BALANCED", "CREATIVE", "STABLE"] | Unset | None = UNSET,
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
        _set(self, "delivery_mode", d.pop("delivery_mode", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("type", str, REQUIRED),
            ("delivery_mode", str, 0),
        )
