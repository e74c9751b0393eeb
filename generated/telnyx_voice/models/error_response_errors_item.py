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
class ErrorResponseErrorsItem(BaseModel):
    """
    Attributes:
        code (str | None):
        detail (str | None):
        meta (ErrorResponseErrorsItemMeta | None):
        source (ErrorResponseErrorsItemSource | None):
        title (str | None):
    """

    code: str | None = None
    detail: str | None = None
    meta: ErrorResponseErrorsItemMeta | None = None
    source: ErrorResponseErrorsItemSource | None = None
    title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("code", "code", False),
        ("detail", "detail", False),
        ("meta", "meta", False),
        ("source", "source", False),
        ("title", "title", False),
    )

    def __init__(
        self,
        *,
        code: str | Unset | None = UNSET,
        detail: str | Unset | None = UNSET,
        meta: ErrorResponseErrorsItemMeta | Unset | None = UNSET,
        source: ErrorResponseErrorsItemSource | Unset | None = UNSET,
        title: str | Unset | None = UNSET,
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
        _set(self, "code", d.pop("code", None))
        _set(self, "detail", d.pop("detail", None))
        v = d.pop("meta", None)
        _set(self, "meta", ErrorResponseErrorsItemMeta.from_dict(v) if v.__class__ is dict else v)
        v = d.pop("source", None)
        _set(self, "source", ErrorResponseErrorsItemSource.from_dict(v) if v.__class__ is dict else v)
        _set(self, "title", d.pop("title", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("code", str, 0),
            ("detail", str, 0),
            ("meta", ErrorResponseErrorsItemMeta, 0),
            ("source", ErrorResponseErrorsItemSource, 0),
            ("title", str, 0),
        )


from ..models.error_response_errors_item_meta import ErrorResponseErrorsItemMeta
from ..models.error_response_errors_item_source import ErrorResponseErrorsItemSource
