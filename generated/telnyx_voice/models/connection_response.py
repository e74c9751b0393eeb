# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionResponse")


@_attrs_define(frozen=True)
class ConnectionResponse:
    """
    Attributes:
        data (Connection | Unset):  Example: {'active': True, 'anchorsite_override': 'Latency', 'connection_name':
            'string', 'created_at': '2018-02-02T22:25:27.521Z', 'id': '6a09cdc3-8948-47f0-aa62-74ac943d6c58',
            'outbound_voice_profile_id': '1293384261075731499', 'record_type': 'ip_connection', 'updated_at':
            '2018-02-02T22:25:27.521Z', 'webhook_api_version': '1', 'webhook_event_failover_url':
            'https://failover.example.com', 'webhook_event_url': 'https://example.com'}.
    """

    data: Connection | Unset = UNSET
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
        data: Connection | Unset
        data = UNSET if isinstance(_data, Unset) else Connection.from_dict(_data)

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


from ..models.connection import Connection
