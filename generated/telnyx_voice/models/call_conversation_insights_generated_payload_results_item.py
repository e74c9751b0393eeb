from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from .._values import OneOf
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallConversationInsightsGeneratedPayloadResultsItem(BaseModel):
    """
    Attributes:
        insight_id (str | None): ID that is unique to the insight result being generated for the call. Example:
            428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
        result (dict[str, Any] | str | None):
    """

    insight_id: str | None = None
    result: dict[str, Any] | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("insight_id", "insight_id", False),
        ("result", "result", False),
    )

    def __init__(
        self,
        *,
        insight_id: str | Unset | None = UNSET,
        result: dict[str, Any] | str | Unset | None = UNSET,
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
        _set(self, "insight_id", d.pop("insight_id", None))
        _set(self, "result", d.pop("result", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("insight_id", str, 0),
            (
                "result",
                OneOf(
                    (
                        dict,
                        str,
                    )
                ),
                0,
            ),
        )
