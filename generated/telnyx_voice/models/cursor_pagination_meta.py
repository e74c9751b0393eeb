# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CursorPaginationMeta(BaseModel):
    """
    Attributes:
        cursors (Cursor | None):
        next (str | None): Path to next page. Example: /v2/connections/1234567890/active_calls?page[after]=v1:g3QAAAADZA
            AKdGVsbnl4X2lkc2wAAAABbQAAACRlYmRiYzdkNi1kZWRmLTExZWQtYTM3MS0wMjQyMGFlZjAwYjRqZAAJdGltZXN0YW1wbggA8Le4pGhpVxdkAA
            R0eXBlZAAFYWZ0ZXI=.
        previous (str | None): Path to previous page. Example: /v2/connections/1234567890/active_calls?page[before]=v1:g
            3QAAAADZAAKdGVsbnl4X2lkc2wAAAABbQAAACRlYmRiYzdkNi1kZWRmLTExZWQtYTM3MS0wMjQyMGFlZjAwYjRqZAAJdGltZXN0YW1wbggA8Le4p
            GhpVxdkAAR0eXBlZAAFYWZ0ZXI=.
        total_items (int | None):  Example: 50.
    """

    cursors: Cursor | None = None
    next: str | None = None
    previous: str | None = None
    total_items: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("cursors", "cursors", False),
        ("next", "next", False),
        ("previous", "previous", False),
        ("total_items", "total_items", False),
    )

    def __init__(
        self,
        *,
        cursors: Cursor | Unset | None = UNSET,
        next: str | Unset | None = UNSET,
        previous: str | Unset | None = UNSET,
        total_items: int | Unset | None = UNSET,
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
        v = d.pop("cursors", None)
        _set(self, "cursors", Cursor.from_dict(v) if v.__class__ is dict else v)
        _set(self, "next", d.pop("next", None))
        _set(self, "previous", d.pop("previous", None))
        _set(self, "total_items", d.pop("total_items", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("cursors", Cursor, 0),
            ("next", str, 0),
            ("previous", str, 0),
            ("total_items", int, 0),
        )


from ..models.cursor import Cursor
