from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaResource")


@_attrs_define(frozen=True)
class MediaResource:
    """
    Example:
        {'content_type': 'application/xml', 'created_at': '2019-01-23T18:10:02.574Z', 'expires_at':
            '2020-01-23T18:10:02.574Z', 'media_name': 'f5586561-8ff0-4291-a0ac-84fe544797bd', 'updated_at':
            '2019-01-23T18:10:02.574Z'}

    Attributes:
        content_type (str | Unset): Content type of the file Example: application/xml.
        created_at (str | Unset): ISO 8601 formatted date of when the media resource was created Example:
            2019-01-23T18:10:02.574Z.
        expires_at (str | Unset): ISO 8601 formatted date of when the media resource will expire and be deleted.
            Example: 2020-01-23T18:10:02.574Z.
        media_name (str | Unset): Uniquely identifies a media resource.
        updated_at (str | Unset): ISO 8601 formatted date of when the media resource was last updated Example:
            2019-01-23T18:10:02.574Z.
    """

    content_type: str | Unset = UNSET
    created_at: str | Unset = UNSET
    expires_at: str | Unset = UNSET
    media_name: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        created_at = self.created_at

        expires_at = self.expires_at

        media_name = self.media_name

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if media_name is not UNSET:
            field_dict["media_name"] = media_name
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_type = d.pop("content_type", UNSET)

        created_at = d.pop("created_at", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        media_name = d.pop("media_name", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        additional_properties = d
        return cls(
            content_type=content_type,
            created_at=created_at,
            expires_at=expires_at,
            media_name=media_name,
            updated_at=updated_at,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
