from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnswerRequestWebhookRetriesPoliciesAdditionalProperty")


@_attrs_define(frozen=True)
class AnswerRequestWebhookRetriesPoliciesAdditionalProperty:
    """
    Attributes:
        retries_ms (list[int] | Unset): Array of delays in milliseconds between retry attempts. Total sum cannot exceed
            60000ms.
    """

    retries_ms: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        retries_ms: list[int] | Unset = UNSET
        if not isinstance(self.retries_ms, Unset):
            retries_ms = self.retries_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if retries_ms is not UNSET:
            field_dict["retries_ms"] = retries_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        retries_ms = cast(list[int], d.pop("retries_ms", UNSET))

        additional_properties = d
        return cls(
            retries_ms=retries_ms,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
