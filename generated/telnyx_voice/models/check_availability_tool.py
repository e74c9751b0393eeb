# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value

T = TypeVar("T", bound="CheckAvailabilityTool")


@_attrs_define(frozen=True)
class CheckAvailabilityTool:
    """
    Attributes:
        check_availability (CheckAvailabilityToolParams):
        type_ (Literal["check_availability"]):
    """

    check_availability: CheckAvailabilityToolParams
    type_: Literal["check_availability"]
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        check_availability = self.check_availability.to_dict()

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "check_availability": check_availability,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        check_availability = CheckAvailabilityToolParams.from_dict(d.pop("check_availability"))

        type_ = enum_value(d.pop("type"), str)

        additional_properties = d
        return cls(
            check_availability=check_availability,
            type_=type_,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.check_availability_tool_params import CheckAvailabilityToolParams
