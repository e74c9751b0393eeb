from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallAIGatherPartialResultsPayloadMessageHistoryItem")


@_attrs_define(frozen=True)
class CallAIGatherPartialResultsPayloadMessageHistoryItem:
    """
    Attributes:
        content (str | Unset): The content of the message Example: Hello, I'm 29 and I live in Paris..
        role (Literal["assistant", "user"] | Unset): The role of the message sender Example: user.
    """

    content: str | Unset = UNSET
    role: Literal["assistant", "user"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if content is not UNSET:
            field_dict["content"] = content
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content", UNSET)

        _role = d.pop("role", UNSET)
        role: Literal["assistant", "user"] | Unset
        role = UNSET if isinstance(_role, Unset) else enum_value(_role, str)

        additional_properties = d
        return cls(
            content=content,
            role=role,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
