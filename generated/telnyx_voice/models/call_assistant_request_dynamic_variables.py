from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule


@_attrs_define(frozen=True, init=False)
class CallAssistantRequestDynamicVariables(BaseModel):
    """Map of dynamic variables and their default values. Dynamic variables can be referenced in instructions, greeting,
    and tool definitions using the `{{variable_name}}` syntax. Call-control-agent automatically merges in
    `telnyx_call_*` variables (telnyx_call_to, telnyx_call_from, telnyx_conversation_channel, telnyx_agent_target,
    telnyx_end_user_target, telnyx_call_caller_id_name) and custom header variables.

        Example:
            {'account_id': 'ACC-12345', 'customer_name': 'John'}

    """

    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = ()

    def __init__(
        self,
        *,
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
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return ()
