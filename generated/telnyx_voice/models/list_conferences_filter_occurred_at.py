from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListConferencesFilterOccurredAt")


@_attrs_define(frozen=True)
class ListConferencesFilterOccurredAt:
    """Event occurred_at filters

    Attributes:
        eq (str | Unset): Event occurred_at: equal Example: 2019-03-29T11:10:00Z.
        gt (str | Unset): Event occurred_at: greater than Example: 2019-03-29T11:10:00Z.
        gte (str | Unset): Event occurred_at: greater than or equal Example: 2019-03-29T11:10:00Z.
        lt (str | Unset): Event occurred_at: lower than Example: 2019-03-29T11:10:00Z.
        lte (str | Unset): Event occurred_at: lower than or equal Example: 2019-03-29T11:10:00Z.
    """

    eq: str | Unset = UNSET
    gt: str | Unset = UNSET
    gte: str | Unset = UNSET
    lt: str | Unset = UNSET
    lte: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        eq = self.eq

        gt = self.gt

        gte = self.gte

        lt = self.lt

        lte = self.lte

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if eq is not UNSET:
            field_dict["eq"] = eq
        if gt is not UNSET:
            field_dict["gt"] = gt
        if gte is not UNSET:
            field_dict["gte"] = gte
        if lt is not UNSET:
            field_dict["lt"] = lt
        if lte is not UNSET:
            field_dict["lte"] = lte

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        eq = d.pop("eq", UNSET)

        gt = d.pop("gt", UNSET)

        gte = d.pop("gte", UNSET)

        lt = d.pop("lt", UNSET)

        lte = d.pop("lte", UNSET)

        additional_properties = d
        return cls(
            eq=eq,
            gt=gt,
            gte=gte,
            lt=lt,
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
