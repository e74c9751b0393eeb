from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class MediaResource(BaseModel):
    """
    Example:
        {'content_type': 'application/xml', 'created_at': '2019-01-23T18:10:02.574Z', 'expires_at':
            '2020-01-23T18:10:02.574Z', 'media_name': 'f5586561-8ff0-4291-a0ac-84fe544797bd', 'updated_at':
            '2019-01-23T18:10:02.574Z'}

    Attributes:
        content_type (str | None): Content type of the file Example: application/xml.
        created_at (str | None): ISO 8601 formatted date of when the media resource was created Example:
            2019-01-23T18:10:02.574Z.
        expires_at (str | None): ISO 8601 formatted date of when the media resource will expire and be deleted. Example:
            2020-01-23T18:10:02.574Z.
        media_name (str | None): Uniquely identifies a media resource.
        updated_at (str | None): ISO 8601 formatted date of when the media resource was last updated Example:
            2019-01-23T18:10:02.574Z.
    """

    content_type: str | None = None
    created_at: str | None = None
    expires_at: str | None = None
    media_name: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("content_type", "content_type", False),
        ("created_at", "created_at", False),
        ("expires_at", "expires_at", False),
        ("media_name", "media_name", False),
        ("updated_at", "updated_at", False),
    )

    def __init__(
        self,
        *,
        content_type: str | Unset | None = UNSET,
        created_at: str | Unset | None = UNSET,
        expires_at: str | Unset | None = UNSET,
        media_name: str | Unset | None = UNSET,
        updated_at: str | Unset | None = UNSET,
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
        _set(self, "content_type", d.pop("content_type", None))
        _set(self, "created_at", d.pop("created_at", None))
        _set(self, "expires_at", d.pop("expires_at", None))
        _set(self, "media_name", d.pop("media_name", None))
        _set(self, "updated_at", d.pop("updated_at", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("content_type", str, 0),
            ("created_at", str, 0),
            ("expires_at", str, 0),
            ("media_name", str, 0),
            ("updated_at", str, 0),
        )
