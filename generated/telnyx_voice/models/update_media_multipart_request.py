from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class UpdateMediaMultipartRequest(BaseModel):
    """
    Example:
        {'media': 'string($binary)', 'ttl_secs': 86400}

    Attributes:
        media (str | None): The file you want to upload. The maximum allowed size is 20 MB.
        ttl_secs (int | None): The number of seconds after which the media resource will be deleted, defaults to 2 days.
            The maximum allowed vale is 630720000, which translates to 20 years. Example: 86400.
    """

    media: str | None = None
    ttl_secs: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("media", "media", False),
        ("ttl_secs", "ttl_secs", False),
    )

    def __init__(
        self,
        *,
        media: str | Unset | None = UNSET,
        ttl_secs: int | Unset | None = UNSET,
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
        _set(self, "media", d.pop("media", None))
        _set(self, "ttl_secs", d.pop("ttl_secs", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("media", str, 0),
            ("ttl_secs", int, 0),
        )
