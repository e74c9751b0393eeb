from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="AIAssistantJoinParticipant")


@_attrs_define(frozen=True)
class AIAssistantJoinParticipant:
    """
    Attributes:
        id (str): The call_control_id of the participant to add to the conversation. Example: v3:abc123def456.
        role (Literal["user"]): The role of the participant in the conversation. Example: user.
        name (str | Unset): Display name for the participant. Example: John Doe.
        on_hangup (Literal["continue_conversation", "end_conversation"] | Unset): Determines what happens to the
            conversation when this participant hangs up. Example: continue_conversation.
    """

    id: str
    role: Literal["user"]
    name: str | Unset = UNSET
    on_hangup: Literal["continue_conversation", "end_conversation"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        role: str = self.role

        name = self.name

        on_hangup: str | Unset = UNSET
        if not isinstance(self.on_hangup, Unset):
            on_hangup = self.on_hangup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "role": role,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if on_hangup is not UNSET:
            field_dict["on_hangup"] = on_hangup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        role = enum_value(d.pop("role"), str)

        name = d.pop("name", UNSET)

        _on_hangup = d.pop("on_hangup", UNSET)
        on_hangup: Literal["continue_conversation", "end_conversation"] | Unset
        on_hangup = UNSET if isinstance(_on_hangup, Unset) else enum_value(_on_hangup, str)

        additional_properties = d
        return cls(
            id=id,
            role=role,
            name=name,
            on_hangup=on_hangup,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
