# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallRecordingsError")


@_attrs_define(frozen=True)
class CallRecordingsError:
    """
    Attributes:
        code (str): Error code identifier (string or numeric string).
        title (str):
        detail (str | Unset):
        meta (CallRecordingsErrorMeta | Unset):
        source (CallRecordingsErrorSource | Unset):
    """

    code: str
    title: str
    detail: str | Unset = UNSET
    meta: CallRecordingsErrorMeta | Unset = UNSET
    source: CallRecordingsErrorSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        detail = self.detail

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "title": title,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if meta is not UNSET:
            field_dict["meta"] = meta
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        title = d.pop("title")

        detail = d.pop("detail", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: CallRecordingsErrorMeta | Unset
        meta = UNSET if isinstance(_meta, Unset) else CallRecordingsErrorMeta.from_dict(_meta)

        _source = d.pop("source", UNSET)
        source: CallRecordingsErrorSource | Unset
        source = UNSET if isinstance(_source, Unset) else CallRecordingsErrorSource.from_dict(_source)

        additional_properties = d
        return cls(
            code=code,
            title=title,
            detail=detail,
            meta=meta,
            source=source,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.call_recordings_error_meta import CallRecordingsErrorMeta
from ..models.call_recordings_error_source import CallRecordingsErrorSource
