from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CallAssistantRequestDynamicVariables")


@_attrs_define(frozen=True)
class CallAssistantRequestDynamicVariables:
    """Map of dynamic variables and their default values. Dynamic variables can be referenced in instructions, greeting,
    and tool definitions using the `{{variable_name}}` syntax. Call-control-agent automatically merges in
    `telnyx_call_*` variables (telnyx_call_to, telnyx_call_from, telnyx_conversation_channel, telnyx_agent_target,
    telnyx_end_user_target, telnyx_call_caller_id_name) and custom header variables.

        Example:
            {'account_id': 'ACC-12345', 'customer_name': 'John'}

    """

    additional_properties: dict[str, bool | float | str] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = prop_dict

            additional_properties[prop_name] = additional_property
        return cls(
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | float | str:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
