from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateQueueRequest")


@_attrs_define(frozen=True)
class CreateQueueRequest:
    """
    Example:
        {'max_size': 100, 'queue_name': 'tier_1_support'}

    Attributes:
        queue_name (str): The name of the queue. Must be between 1 and 255 characters. Example: tier_1_support.
        max_size (int | Unset): The maximum number of calls allowed in the queue. Example: 100.
    """

    queue_name: str
    max_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        queue_name = self.queue_name

        max_size = self.max_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queue_name": queue_name,
            }
        )
        if max_size is not UNSET:
            field_dict["max_size"] = max_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        queue_name = d.pop("queue_name")

        max_size = d.pop("max_size", UNSET)

        additional_properties = d
        return cls(
            queue_name=queue_name,
            max_size=max_size,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
