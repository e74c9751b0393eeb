from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetRecordingsFilterStartTime")


@_attrs_define(frozen=True)
class GetRecordingsFilterStartTime:
    """
    Attributes:
        gte (str | Unset): Returns only recordings with a start time later than or equal to the given ISO 8601 datetime.
            Example: 2019-03-29T11:10:00Z.
        lte (str | Unset): Returns only recordings with a start time earlier than or equal to the given ISO 8601
            datetime. Example: 2019-03-29T11:10:00Z.
    """

    gte: str | Unset = UNSET
    lte: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        gte = self.gte

        lte = self.lte

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if gte is not UNSET:
            field_dict["gte"] = gte
        if lte is not UNSET:
            field_dict["lte"] = lte

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gte = d.pop("gte", UNSET)

        lte = d.pop("lte", UNSET)

        additional_properties = d
        return cls(
            gte=gte,
            lte=lte,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
