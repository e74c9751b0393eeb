# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationRelayCustomParameters")


@_attrs_define(frozen=True)
class ConversationRelayCustomParameters:
    """Custom parameters for the Conversation Relay session. Pass key-value data as `assistant.dynamic_variables` to make
    it available to the relay session.

        Attributes:
            dynamic_variables (ConversationRelayCustomParametersDynamicVariables | Unset): Custom key-value parameters
                forwarded to the Conversation Relay session. Example: {'customer_id': '12345', 'tier': 'premium'}.
    """

    dynamic_variables: ConversationRelayCustomParametersDynamicVariables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        dynamic_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_variables, Unset):
            dynamic_variables = self.dynamic_variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _dynamic_variables = d.pop("dynamic_variables", UNSET)
        dynamic_variables: ConversationRelayCustomParametersDynamicVariables | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = ConversationRelayCustomParametersDynamicVariables.from_dict(_dynamic_variables)

        additional_properties = d
        return cls(
            dynamic_variables=dynamic_variables,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.conversation_relay_custom_parameters_dynamic_variables import (
    ConversationRelayCustomParametersDynamicVariables,
)
