from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class GetRecordingTranscriptionsFilterCreatedAt(BaseModel):
    """
    Attributes:
        gte (str | None): Returns only transcriptions created later than or at given ISO 8601 datetime. Example:
            2019-03-29T11:10:00Z.
        lte (str | None): Returns only transcriptions created earlier than or at given ISO 8601 datetime. Example:
            2019-03-29T11:10:00Z.
    """

    gte: str | None = None
    lte: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("gte", "gte", False),
        ("lte", "lte", False),
    )

    def __init__(
        self,
        *,
        gte: str | Unset | None = UNSET,
        lte: str | Unset | None = UNSET,
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
        _set(self, "gte", d.pop("gte", None))
        _set(self, "lte", d.pop("lte", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("gte", str, 0),
            ("lte", str, 0),
        )
