from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ListConferenceParticipantsFilter(BaseModel):
    """
    Attributes:
        muted (bool | None): If present, participants will be filtered to those who are/are not muted
        on_hold (bool | None): If present, participants will be filtered to those who are/are not put on hold
        whispering (bool | None): If present, participants will be filtered to those who are whispering or are not
    """

    muted: bool | None = None
    on_hold: bool | None = None
    whispering: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("muted", "muted", False),
        ("on_hold", "on_hold", False),
        ("whispering", "whispering", False),
    )

    def __init__(
        self,
        *,
        muted: bool | Unset | None = UNSET,
        on_hold: bool | Unset | None = UNSET,
        whispering: bool | Unset | None = UNSET,
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
        _set(self, "muted", d.pop("muted", None))
        _set(self, "on_hold", d.pop("on_hold", None))
        _set(self, "whispering", d.pop("whispering", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("muted", bool, 0),
            ("on_hold", bool, 0),
            ("whispering", bool, 0),
        )
