from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value

T = TypeVar("T", bound="SwitchSupervisorRoleRequest")


@_attrs_define(frozen=True)
class SwitchSupervisorRoleRequest:
    """
    Example:
        {'role': 'barge'}

    Attributes:
        role (Literal["barge", "monitor", "whisper"]): The supervisor role to switch to. 'barge' allows speaking to both
            parties, 'whisper' allows speaking to caller only, 'monitor' allows listening only. Example: barge.
    """

    role: Literal["barge", "monitor", "whisper"]
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = enum_value(d.pop("role"), str)

        additional_properties = d
        return cls(
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
