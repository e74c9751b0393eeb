from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class PaginationMeta(BaseModel):
    """
    Attributes:
        page_number (int | None):  Example: 2.
        page_size (int | None):  Example: 25.
        total_pages (int | None):  Example: 3.
        total_results (int | None):  Example: 55.
    """

    page_number: int | None = None
    page_size: int | None = None
    total_pages: int | None = None
    total_results: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("page_number", "page_number", False),
        ("page_size", "page_size", False),
        ("total_pages", "total_pages", False),
        ("total_results", "total_results", False),
    )

    def __init__(
        self,
        *,
        page_number: int | Unset | None = UNSET,
        page_size: int | Unset | None = UNSET,
        total_pages: int | Unset | None = UNSET,
        total_results: int | Unset | None = UNSET,
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
        _set(self, "page_number", d.pop("page_number", None))
        _set(self, "page_size", d.pop("page_size", None))
        _set(self, "total_pages", d.pop("total_pages", None))
        _set(self, "total_results", d.pop("total_results", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("page_number", int, 0),
            ("page_size", int, 0),
            ("total_pages", int, 0),
            ("total_results", int, 0),
        )
