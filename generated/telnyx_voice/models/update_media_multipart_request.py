from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateMediaMultipartRequest")


@_attrs_define(frozen=True)
class UpdateMediaMultipartRequest:
    """
    Example:
        {'media': 'string($binary)', 'ttl_secs': 86400}

    Attributes:
        media (str | Unset): The file you want to upload. The maximum allowed size is 20 MB.
        ttl_secs (int | Unset): The number of seconds after which the media resource will be deleted, defaults to 2
            days. The maximum allowed vale is 630720000, which translates to 20 years. Example: 86400.
    """

    media: str | Unset = UNSET
    ttl_secs: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        media = self.media

        ttl_secs = self.ttl_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if media is not UNSET:
            field_dict["media"] = media
        if ttl_secs is not UNSET:
            field_dict["ttl_secs"] = ttl_secs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        media = d.pop("media", UNSET)

        ttl_secs = d.pop("ttl_secs", UNSET)

        additional_properties = d
        return cls(
            media=media,
            ttl_secs=ttl_secs,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
