from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionsPaginationMeta")


@_attrs_define(frozen=True)
class ConnectionsPaginationMeta:
    """
    Attributes:
        page_number (int | Unset):  Example: 2.
        page_size (int | Unset):  Example: 25.
        total_pages (int | Unset):  Example: 3.
        total_results (int | Unset):  Example: 55.
    """

    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    total_results: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        page_number = self.page_number

        page_size = self.page_size

        total_pages = self.total_pages

        total_results = self.total_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if page_number is not UNSET:
            field_dict["page_number"] = page_number
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if total_results is not UNSET:
            field_dict["total_results"] = total_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page_number = d.pop("page_number", UNSET)

        page_size = d.pop("page_size", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        total_results = d.pop("total_results", UNSET)

        additional_properties = d
        return cls(
            page_number=page_number,
            page_size=page_size,
            total_pages=total_pages,
            total_results=total_results,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
