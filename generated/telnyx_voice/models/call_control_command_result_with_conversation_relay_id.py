from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallControlCommandResultWithConversationRelayID(BaseModel):
    """
    Example:
        {'conversation_relay_id': 'd7e9c1d4-8b2a-4b8f-b3a7-9a671c9e9b0a', 'result': 'ok'}

    Attributes:
        conversation_relay_id (str | None): The ID of the Conversation Relay session created by the command. Example:
            d7e9c1d4-8b2a-4b8f-b3a7-9a671c9e9b0a.
        result (str | None):  Example: ok.
    """

    conversation_relay_id: str | None = None
    result: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("conversation_relay_id", "conversation_relay_id", False),
        ("result", "result", False),
    )

    def __init__(
        self,
        *,
        conversation_relay_id: str | Unset | None = UNSET,
        result: str | Unset | None = UNSET,
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
        _set(self, "conversation_relay_id", d.pop("conversation_relay_id", None))
        _set(self, "result", d.pop("result", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("conversation_relay_id", str, 0),
            ("result", str, 0),
        )
