# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallConversationEndedEvent")


@_attrs_define(frozen=True)
class CallConversationEndedEvent:
    """
    Attributes:
        data (CallConversationEnded):  Example: {'created_at': '2025-05-29T13:35:38.927621Z', 'event_type':
            'call.conversation.ended', 'id': 'eb8775a6-634f-48b0-b177-d5465a8a8e9f', 'occurred_at':
            '2025-05-29T13:35:38.817785Z', 'payload': {'assistant_id': 'assistant-d9082b56-ba2d-4ad1-a50c-58661eb1463d',
            'call_control_id': 'v3:HDR1vQHx697hpP9xZ0bhlbUOWPFPDtPcxw-nuSMuC6mGVpb0euoklQ', 'call_leg_id':
            'cc29cce6-3c91-11f0-a8e5-02420aef3d20', 'call_session_id': 'cc29c8d6-3c91-11f0-aa7c-02420aef3d20',
            'calling_party_type': 'sip', 'client_state':
            'g3QAAAACbQAAAAtkYXRhX2NlbnRlcm0AAAADY2gxbQAAAApkZXBsb3ltZW50bQAAAARiYXNl', 'connection_id':
            '2694492062593582591', 'conversation_id': '0424805b-adc1-4ff8-9f95-e1de6883ecbe', 'duration_sec': 3, 'from':
            '+13124287921', 'llm_model': 'openai/gpt-4o', 'reason': 'customer_disconnect', 'stt_model': 'distil-
            whisper/distil-large-v2', 'to': 'jamesw@assistant-d9082b56-ba2d-4ad1-a50c-58661eb1463d.sip.telnyx.com',
            'tts_model_id': 'Natural', 'tts_provider': 'telnyx', 'tts_voice_id': 'Marissa'}, 'record_type': 'event'}.
        meta (WebhookDeliveryMeta | Unset): How Telnyx delivered this webhook.
    """

    data: CallConversationEnded
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
        data = CallConversationEnded.from_dict(d.pop("data"))

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


from ..models.call_conversation_ended import CallConversationEnded
from ..models.webhook_delivery_meta import WebhookDeliveryMeta
