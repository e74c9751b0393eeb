# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallConversationEndedEvent(BaseModel):
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
        meta (WebhookDeliveryMeta | None): How Telnyx delivered this webhook.
    """

    data: CallConversationEnded
    meta: WebhookDeliveryMeta | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("data", "data", True),
        ("meta", "meta", False),
    )

    def __init__(
        self,
        *,
        data: CallConversationEnded,
        meta: WebhookDeliveryMeta | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        init_model(self, locals())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the model from JSON data leniently: absent fields are None, values that are not what
        the spec says are kept as sent, unknown fields go to `additional_properties`."""
        d = dict(src_dict)
        self = cls.__new__(cls)
        _set = object.__setattr__
        _set(self, "_present", frozenset(d))
        v = d.pop("data", None)
        _set(self, "data", CallConversationEnded.from_dict(v) if v.__class__ is dict else v)
        v = d.pop("meta", None)
        _set(self, "meta", WebhookDeliveryMeta.from_dict(v) if v.__class__ is dict else v)
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("data", CallConversationEnded, REQUIRED),
            ("meta", WebhookDeliveryMeta, 0),
        )


from ..models.call_conversation_ended import CallConversationEnded
from ..models.webhook_delivery_meta import WebhookDeliveryMeta
