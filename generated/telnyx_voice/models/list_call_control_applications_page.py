from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ListCallControlApplicationsPage(BaseModel):
    """
    Attributes:
        after (str | None): Opaque identifier of next page
        before (str | None): Opaque identifier of previous page
        limit (int | None): Limit of records per single page
        number (int | None): The page number to load
        size (int | None): The size of the page
    """

    after: str | None = None
    before: str | None = None
    limit: int | None = None
    number: int | None = None
    size: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("after", "after", False),
        ("before", "before", False),
        ("limit", "limit", False),
        ("number", "number", False),
        ("size", "size", False),
    )

    def __init__(
        self,
        *,
        after: str | Unset | None = UNSET,
        before: str | Unset | None = UNSET,
        limit: int | Unset | None = UNSET,
        number: int | Unset | None = UNSET,
        size: int | Unset | None = UNSET,
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
        _set(self, "after", d.pop("after", None))
        _set(self, "before", d.pop("before", None))
        _set(self, "limit", d.pop("limit", None))
        _set(self, "number", d.pop("number", None))
        _set(self, "size", d.pop("size", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("after", str, 0),
            ("before", str, 0),
            ("limit", int, 0),
            ("number", int, 0),
            ("size", int, 0),
        )
