from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BucketIds")


@_attrs_define(frozen=True)
class BucketIds:
    """
    Attributes:
        bucket_ids (list[str]):
        max_num_results (int | Unset): The maximum number of results to retrieve as context for the language model.
    """

    bucket_ids: list[str]
    max_num_results: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        bucket_ids = self.bucket_ids

        max_num_results = self.max_num_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket_ids": bucket_ids,
            }
        )
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket_ids = cast(list[str], d.pop("bucket_ids"))

        max_num_results = d.pop("max_num_results", UNSET)

        additional_properties = d
        return cls(
            bucket_ids=bucket_ids,
            max_num_results=max_num_results,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
