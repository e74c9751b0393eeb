from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from .._values import ListOf
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class DialRequestWebhookRetriesPoliciesAdditionalProperty(BaseModel):
    """
    Attributes:
        retries_ms (list[int] | None): Array of delays in milliseconds between retry attempts. Total sum cannot exceed
            60000ms.
    """

    retries_ms: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (("retries_ms", "retries_ms", False),)

    def __init__(
        self,
        *,
        retries_ms: list[int] | Unset | None = UNSET,
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
        _set(self, "retries_ms", d.pop("retries_ms", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (("retries_ms", ListOf(int), 0),)
