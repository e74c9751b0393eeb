from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CreateQueueRequest(BaseModel):
    """
    Example:
        {'max_size': 100, 'queue_name': 'tier_1_support'}

    Attributes:
        queue_name (str): The name of the queue. Must be between 1 and 255 characters. Example: tier_1_support.
        max_size (int | None): The maximum number of calls allowed in the queue. Example: 100.
    """

    queue_name: str
    max_size: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("queue_name", "queue_name", True),
        ("max_size", "max_size", False),
    )

    def __init__(
        self,
        *,
        queue_name: str,
        max_size: int | Unset | None = UNSET,
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
        _set(self, "queue_name", d.pop("queue_name", None))
        _set(self, "max_size", d.pop("max_size", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("queue_name", str, REQUIRED),
            ("max_size", int, 0),
        )
