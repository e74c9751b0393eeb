# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueueCallResponse")


@_attrs_define(frozen=True)
class QueueCallResponse:
    """
    Attributes:
        data (QueueCall | Unset):  Example: {'call_control_id':
            'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg', 'call_leg_id':
            '2dc6fc34-f9e0-11ea-b68e-02420a0f7768', 'call_session_id': '2dc1b3c8-f9e0-11ea-bc5a-02420a0f7768',
            'connection_id': '7267xxxxxxxxxxxxxx', 'enqueued_at': '2019-01-23T18:10:02.574Z', 'from': '+18005550101',
            'is_alive': True, 'queue_id': 'ae1626cc-6f42-11ea-becd-02420a0f8b69', 'queue_position': 3, 'record_type':
            'queue_call', 'to': '+18005550102', 'wait_time_secs': 145}.
    """

    data: QueueCall | Unset = UNSET
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
        data: QueueCall | Unset
        data = UNSET if isinstance(_data, Unset) else QueueCall.from_dict(_data)

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


from ..models.queue_call import QueueCall
