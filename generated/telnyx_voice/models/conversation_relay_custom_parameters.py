from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ConversationRelayCustomParameters(BaseModel):
    """Custom parameters for the Conversation Relay session. Pass key-value data as `assistant.dynamic_variables` to make
    it available to the relay session.

        Attributes:
            dynamic_variables (dict[str, str] | None): Custom key-value parameters forwarded to the Conversation Relay
                session. Example: {'customer_id': '12345', 'tier': 'premium'}.
    """

    dynamic_variables: dict[str, str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (("dynamic_variables", "dynamic_variables", False),)

    def __init__(
        self,
        *,
        dynamic_variables: dict[str, str] | Unset | None = UNSET,
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
        _set(self, "dynamic_variables", d.pop("dynamic_variables", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (("dynamic_variables", dict, 0),)
