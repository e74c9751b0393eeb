from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class DialogflowConfig(BaseModel):
    """
    Attributes:
        analyze_sentiment (bool | None): Enable sentiment analysis from Dialogflow. Example: True.
        partial_automated_agent_reply (bool | None): Enable partial automated agent reply from Dialogflow. Example:
            True.
    """

    analyze_sentiment: bool | None = None
    partial_automated_agent_reply: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("analyze_sentiment", "analyze_sentiment", False),
        ("partial_automated_agent_reply", "partial_automated_agent_reply", False),
    )

    def __init__(
        self,
        *,
        analyze_sentiment: bool | Unset | None = UNSET,
        partial_automated_agent_reply: bool | Unset | None = UNSET,
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
        _set(self, "analyze_sentiment", d.pop("analyze_sentiment", None))
        _set(self, "partial_automated_agent_reply", d.pop("partial_automated_agent_reply", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("analyze_sentiment", bool, 0),
            ("partial_automated_agent_reply", bool, 0),
        )
