# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserMessage")


@_attrs_define(frozen=True)
class UserMessage:
    """Messages sent by an end user

    Example:
        {'content': 'Hello, I would like some help.', 'role': 'user'}

    Attributes:
        content (str): The contents of the user message.
        role (Literal["user"]): The role of the messages author, in this case `user`.
        metadata (MessageMetadata | Unset): Metadata to add to the message
    """

    content: str
    role: Literal["user"]
    metadata: MessageMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        role: str = self.role

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        role = enum_value(d.pop("role"), str)

        _metadata = d.pop("metadata", UNSET)
        metadata: MessageMetadata | Unset
        metadata = UNSET if isinstance(_metadata, Unset) else MessageMetadata.from_dict(_metadata)

        additional_properties = d
        return cls(
            content=content,
            role=role,
            metadata=metadata,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.message_metadata import MessageMetadata
