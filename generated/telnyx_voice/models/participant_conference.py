from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ParticipantConference(BaseModel):
    """Info about the conference that the participant is in

    Attributes:
        id (str | None): Uniquely identifies the conference Example: 3fa85f64-5717-4562-b3fc-2c963f66afa6.
        name (str | None): Name of the conference Example: All hands meeting.
    """

    id: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", False),
        ("name", "name", False),
    )

    def __init__(
        self,
        *,
        id: str | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
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
        _set(self, "id", d.pop("id", None))
        _set(self, "name", d.pop("name", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("id", str, 0),
            ("name", str, 0),
        )
