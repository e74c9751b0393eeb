from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListConnectionsFilterConnectionName")


@_attrs_define(frozen=True)
class ListConnectionsFilterConnectionName:
    """Filter by connection_name using nested operations

    Attributes:
        contains (str | Unset): If present, connections with <code>connection_name</code> containing the given value
            will be returned. Matching is not case-sensitive. Requires at least three characters.
    """

    contains: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        contains = self.contains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if contains is not UNSET:
            field_dict["contains"] = contains

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contains = d.pop("contains", UNSET)

        additional_properties = d
        return cls(
            contains=contains,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
