# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class MediaStorageError(BaseModel):
    """
    Attributes:
        code (str):
        title (str):
        detail (str | None):
        meta (dict[str, Any] | None):
        source (MediaStorageErrorSource | None):
    """

    code: str
    title: str
    detail: str | None = None
    meta: dict[str, Any] | None = None
    source: MediaStorageErrorSource | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("code", "code", True),
        ("title", "title", True),
        ("detail", "detail", False),
        ("meta", "meta", False),
        ("source", "source", False),
    )

    def __init__(
        self,
        *,
        code: str,
        title: str,
        detail: str | Unset | None = UNSET,
        meta: dict[str, Any] | Unset | None = UNSET,
        source: MediaStorageErrorSource | Unset | None = UNSET,
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
        _set(self, "title", d.pop("title", None))
        _set(self, "detail", d.pop("detail", None))
        _set(self, "meta", d.pop("meta", None))
        v = d.pop("source", None)
        _set(self, "source", MediaStorageErrorSource.from_dict(v) if v.__class__ is dict else v)
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("code", str, REQUIRED),
            ("title", str, REQUIRED),
            ("detail", str, 0),
            ("meta", dict, 0),
            ("source", MediaStorageErrorSource, 0),
        )


from ..models.media_storage_error_source import MediaStorageErrorSource
