# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceResponse")


@_attrs_define(frozen=True)
class ConferenceResponse:
    """
    Attributes:
        data (Conference | Unset):  Example: {'connection_id': '3fa85f64-9191-4567-b3fc-2c963f66afa6', 'created_at':
            '2019-01-23T18:10:02.574Z', 'end_reason': 'all_left', 'ended_by': {'call_control_id':
            'v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQczRrZvZakpWxBlpw48KyZQ==', 'call_session_id':
            '428c31b6-abf3-3bc1-b7f4-5013ef9657c1'}, 'expires_at': '2019-01-23T18:10:02.574Z', 'id':
            '3fa85f64-5717-4562-b3fc-2c963f66afa6', 'name': 'All hands meeting', 'record_type': 'conference', 'region':
            'sv1', 'status': 'completed', 'updated_at': '2019-01-23T18:10:02.574Z'}.
    """

    data: Conference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: Conference | Unset
        data = UNSET if isinstance(_data, Unset) else Conference.from_dict(_data)

        additional_properties = d
        return cls(
            data=data,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.conference import Conference
