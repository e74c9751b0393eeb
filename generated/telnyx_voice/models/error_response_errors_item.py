# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponseErrorsItem")


@_attrs_define(frozen=True)
class ErrorResponseErrorsItem:
    """
    Attributes:
        code (str | Unset):
        detail (str | Unset):
        meta (ErrorResponseErrorsItemMeta | Unset):
        source (ErrorResponseErrorsItemSource | Unset):
        title (str | Unset):
    """

    code: str | Unset = UNSET
    detail: str | Unset = UNSET
    meta: ErrorResponseErrorsItemMeta | Unset = UNSET
    source: ErrorResponseErrorsItemSource | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        detail = self.detail

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code is not UNSET:
            field_dict["code"] = code
        if detail is not UNSET:
            field_dict["detail"] = detail
        if meta is not UNSET:
            field_dict["meta"] = meta
        if source is not UNSET:
            field_dict["source"] = source
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        detail = d.pop("detail", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: ErrorResponseErrorsItemMeta | Unset
        meta = UNSET if isinstance(_meta, Unset) else ErrorResponseErrorsItemMeta.from_dict(_meta)

        _source = d.pop("source", UNSET)
        source: ErrorResponseErrorsItemSource | Unset
        source = UNSET if isinstance(_source, Unset) else ErrorResponseErrorsItemSource.from_dict(_source)

        title = d.pop("title", UNSET)

        additional_properties = d
        return cls(
            code=code,
            detail=detail,
            meta=meta,
            source=source,
            title=title,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.error_response_errors_item_meta import ErrorResponseErrorsItemMeta
from ..models.error_response_errors_item_source import ErrorResponseErrorsItemSource
