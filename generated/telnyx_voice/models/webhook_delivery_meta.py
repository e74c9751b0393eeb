from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookDeliveryMeta")


@_attrs_define(frozen=True)
class WebhookDeliveryMeta:
    """How Telnyx delivered this webhook.

    Attributes:
        attempt (int | Unset): The delivery attempt, from 1.
        delivered_to (str | Unset): The URL the webhook was sent to.
    """

    attempt: int | Unset = UNSET
    delivered_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        attempt = self.attempt

        delivered_to = self.delivered_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if attempt is not UNSET:
            field_dict["attempt"] = attempt
        if delivered_to is not UNSET:
            field_dict["delivered_to"] = delivered_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempt = d.pop("attempt", UNSET)

        delivered_to = d.pop("delivered_to", UNSET)

        additional_properties = d
        return cls(
            attempt=attempt,
            delivered_to=delivered_to,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
