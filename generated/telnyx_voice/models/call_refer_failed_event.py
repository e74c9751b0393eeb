# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallReferFailedEvent")


@_attrs_define(frozen=True)
class CallReferFailedEvent:
    """
    Attributes:
        data (CallReferFailed):  Example: {'event_type': 'call.refer.failed', 'id':
            'fbeb70e0-54eb-4e26-8d19-56b43e66f754', 'occurred_at': '2020-03-30T13:29:42.130013Z', 'payload':
            {'call_control_id': 'v2:OycMASgvIjsGIAVEx8x3n9rYeKnUJx6a3V8VGhs5futnr17KZhujZA', 'call_leg_id':
            '817f7de8-728a-11ea-9ce6-02420a0f8969', 'call_session_id': '817f8c2a-728a-11ea-9cbe-02420a0f8969',
            'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'connection_id': '1289082222292239760', 'from': '+35319605860',
            'sip_notify_response': 603, 'to': '+13129457420'}, 'record_type': 'event'}.
        meta (WebhookDeliveryMeta | Unset): How Telnyx delivered this webhook.
    """

    data: CallReferFailed
    meta: WebhookDeliveryMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = CallReferFailed.from_dict(d.pop("data"))

        _meta = d.pop("meta", UNSET)
        meta: WebhookDeliveryMeta | Unset
        meta = UNSET if isinstance(_meta, Unset) else WebhookDeliveryMeta.from_dict(_meta)

        additional_properties = d
        return cls(
            data=data,
            meta=meta,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.call_refer_failed import CallReferFailed
from ..models.webhook_delivery_meta import WebhookDeliveryMeta
