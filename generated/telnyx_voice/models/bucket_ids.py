from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from .._values import ListOf
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class BucketIds(BaseModel):
    """
    Attributes:
        bucket_ids (list[str]):
        max_num_results (int | None): The maximum number of results to retrieve as context for the language model.
    """

    bucket_ids: list[str]
    max_num_results: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("bucket_ids", "bucket_ids", True),
        ("max_num_results", "max_num_results", False),
    )

    def __init__(
        self,
        *,
        bucket_ids: list[str],
        max_num_results: int | Unset | None = UNSET,
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
        _set(self, "bucket_ids", d.pop("bucket_ids", None))
        _set(self, "max_num_results", d.pop("max_num_results", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("bucket_ids", ListOf(str), REQUIRED),
            ("max_num_results", int, 0),
        )
