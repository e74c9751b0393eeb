from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value

T = TypeVar("T", bound="SIPHeader")


@_attrs_define(frozen=True)
class SIPHeader:
    """
    Example:
        {'name': 'User-to-User', 'value': 'value'}

    Attributes:
        name (Literal["User-to-User"]): The name of the header to add. Example: User-to-User.
        value (str): The value of the header. Example: value.
    """

    name: Literal["User-to-User"]
    value: str
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        name: str = self.name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = enum_value(d.pop("name"), str)

        value = d.pop("value")

        additional_properties = d
        return cls(
            name=name,
            value=value,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
