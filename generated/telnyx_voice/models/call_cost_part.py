from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallCostPart")


@_attrs_define(frozen=True)
class CallCostPart:
    """
    Attributes:
        billed_duration_secs (int | Unset): The billed duration in seconds for this part of the call. Example: 180.
        call_part (str | Unset): The product component this cost applies to. Values are determined by the billing system
            (e.g. sip-trunking, call-control, call-recording). Not a fixed set — new values may appear as products evolve.
            Example: call-control.
        cost (str | Unset): The cost for this part of the call. Example: 0.0018.
        currency (str | Unset): The currency of the cost. Example: USD.
        rate (str | Unset): The per-minute rate applied. Example: 0.00180.
    """

    billed_duration_secs: int | Unset = UNSET
    call_part: str | Unset = UNSET
    cost: str | Unset = UNSET
    currency: str | Unset = UNSET
    rate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        billed_duration_secs = self.billed_duration_secs

        call_part = self.call_part

        cost = self.cost

        currency = self.currency

        rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if billed_duration_secs is not UNSET:
            field_dict["billed_duration_secs"] = billed_duration_secs
        if call_part is not UNSET:
            field_dict["call_part"] = call_part
        if cost is not UNSET:
            field_dict["cost"] = cost
        if currency is not UNSET:
            field_dict["currency"] = currency
        if rate is not UNSET:
            field_dict["rate"] = rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        billed_duration_secs = d.pop("billed_duration_secs", UNSET)

        call_part = d.pop("call_part", UNSET)

        cost = d.pop("cost", UNSET)

        currency = d.pop("currency", UNSET)

        rate = d.pop("rate", UNSET)

        additional_properties = d
        return cls(
            billed_duration_secs=billed_duration_secs,
            call_part=call_part,
            cost=cost,
            currency=currency,
            rate=rate,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
