# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingStartedEvent")


@_attrs_define(frozen=True)
class StreamingStartedEvent:
    """
    Attributes:
        data (StreamingStarted):  Example: {'event_type': 'streaming.started', 'id':
            '7d743d69-f7e8-4761-b7d4-8cacf9d3c031', 'occurred_at': '2021-12-15T14:06:32.059436Z', 'payload':
            {'call_control_id': '31f19208-5db0-11ec-9ea7-02420a0d3a69', 'call_leg_id':
            '31f19208-5db0-11ec-9ea7-02420a0d3a69', 'call_session_id': '31f19208-5db0-11ec-9ea7-02420a0d3a69',
            'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'connection_id': '7267xxxxxxxxxxxxxx', 'stream_url':
            'wss://www.example.com/websocket'}, 'record_type': 'event'}.
        meta (WebhookDeliveryMeta | Unset): How Telnyx delivered this webhook.
    """

    data: StreamingStarted
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
        data = StreamingStarted.from_dict(d.pop("data"))

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


from ..models.streaming_started import StreamingStarted
from ..models.webhook_delivery_meta import WebhookDeliveryMeta
