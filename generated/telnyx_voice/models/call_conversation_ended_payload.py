from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import NULLABLE, Rule
from .._values import OneOf
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallConversationEndedPayload(BaseModel):
    """
    Attributes:
        assistant_id (str | None): Unique identifier of the assistant involved in the call. Example:
            assistant-d9082b56-ba2d-4ad1-a50c-58661eb1463d.
        call_control_id (str | None): Call ID used to issue commands via Call Control API. Example:
            v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        call_leg_id (str | None): ID that is unique to the call leg. Example: cc29cce6-3c91-11f0-a8e5-02420aef3d20.
        call_session_id (str | None): ID that is unique to the call session (group of related call legs). Example:
            cc29c8d6-3c91-11f0-aa7c-02420aef3d20.
        calling_party_type (Literal["pstn", "sip"] | None): The type of calling party connection. Example: sip.
        client_state (str | None): Base64-encoded state received from a command. Example:
            g3QAAAACbQAAAAtkYXRhX2NlbnRlcm0AAAADY2gxbQAAAApkZXBsb3ltZW50bQAAAARiYXNl.
        connection_id (str | None): Call Control App ID (formerly Telnyx connection ID) used in the call. Example:
            7267xxxxxxxxxxxxxx.
        conversation_id (str | None): ID unique to the conversation or insight group generated for the call. Example:
            0424805b-adc1-4ff8-9f95-e1de6883ecbe.
        duration_sec (int | None): Duration of the conversation in seconds. Example: 3.
        from_ (str | None): The caller's number or identifier. Example: +13124287921.
        llm_model (str | None): The large language model used during the conversation. Example: openai/gpt-4o.
        reason (None | str): Reason the conversation ended. For Conversation Relay, `customer_disconnect` indicates that
            the customer WebSocket disconnected. Example: customer_disconnect.
        stt_model (str | None): The speech-to-text model used in the conversation. Example: distil-whisper/distil-
            large-v2.
        to (str | None): The callee's number or SIP address. Example:
            jamesw@assistant-d9082b56-ba2d-4ad1-a50c-58661eb1463d.sip.telnyx.com.
        tts_model_id (str | None): The model ID used for text-to-speech synthesis. Example: Natural.
        tts_provider (str | None): The text-to-speech provider used in the call. Example: telnyx.
        tts_voice_id (str | None): Voice ID used for TTS. Example: Marissa.
    """

    assistant_id: str | None = None
    call_control_id: str | None = None
    call_leg_id: str | None = None
    call_session_id: str | None = None
    calling_party_type: Literal["pstn", "sip"] | None = None
    client_state: str | None = None
    connection_id: str | None = None
    conversation_id: str | None = None
    duration_sec: int | None = None
    from_: str | None = None
    llm_model: str | None = None
    reason: str | None = None
    stt_model: str | None = None
    to: str | None = None
    tts_model_id: str | None = None
    tts_provider: str | None = None
    tts_voice_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("assistant_id", "assistant_id", False),
        ("call_control_id", "call_control_id", False),
        ("call_leg_id", "call_leg_id", False),
        ("call_session_id", "call_session_id", False),
        ("calling_party_type", "calling_party_type", False),
        ("client_state", "client_state", False),
        ("connection_id", "connection_id", False),
        ("conversation_id", "conversation_id", False),
        ("duration_sec", "duration_sec", False),
        ("from_", "from", False),
        ("llm_model", "llm_model", False),
        ("reason", "reason", False),
        ("stt_model", "stt_model", False),
        ("to", "to", False),
        ("tts_model_id", "tts_model_id", False),
        ("tts_provider", "tts_provider", False),
        ("tts_voice_id", "tts_voice_id", False),
    )

    def __init__(
        self,
        *,
        assistant_id: str | Unset | None = UNSET,
        call_control_id: str | Unset | None = UNSET,
        call_leg_id: str | Unset | None = UNSET,
        call_session_id: str | Unset | None = UNSET,
        calling_party_type: Literal["pstn", "sip"] | Unset | None = UNSET,
        client_state: str | Unset | None = UNSET,
        connection_id: str | Unset | None = UNSET,
        conversation_id: str | Unset | None = UNSET,
        duration_sec: int | Unset | None = UNSET,
        from_: str | Unset | None = UNSET,
        llm_model: str | Unset | None = UNSET,
        reason: str | Unset | None = UNSET,
        stt_model: str | Unset | None = UNSET,
        to: str | Unset | None = UNSET,
        tts_model_id: str | Unset | None = UNSET,
        tts_provider: str | Unset | None = UNSET,
        tts_voice_id: str | Unset | None = UNSET,
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
        _set(self, "assistant_id", d.pop("assistant_id", None))
        _set(self, "call_control_id", d.pop("call_control_id", None))
        _set(self, "call_leg_id", d.pop("call_leg_id", None))
        _set(self, "call_session_id", d.pop("call_session_id", None))
        _set(self, "calling_party_type", d.pop("calling_party_type", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "connection_id", d.pop("connection_id", None))
        _set(self, "conversation_id", d.pop("conversation_id", None))
        _set(self, "duration_sec", d.pop("duration_sec", None))
        _set(self, "from_", d.pop("from", None))
        _set(self, "llm_model", d.pop("llm_model", None))
        _set(self, "reason", d.pop("reason", None))
        _set(self, "stt_model", d.pop("stt_model", None))
        _set(self, "to", d.pop("to", None))
        _set(self, "tts_model_id", d.pop("tts_model_id", None))
        _set(self, "tts_provider", d.pop("tts_provider", None))
        _set(self, "tts_voice_id", d.pop("tts_voice_id", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("assistant_id", str, 0),
            ("call_control_id", str, 0),
            ("call_leg_id", str, 0),
            ("call_session_id", str, 0),
            ("calling_party_type", str, 0),
            ("client_state", str, 0),
            ("connection_id", str, 0),
            ("conversation_id", str, 0),
            ("duration_sec", int, 0),
            ("from", str, 0),
            ("llm_model", str, 0),
            ("reason", OneOf((str,), nullable=True), NULLABLE),
            ("stt_model", str, 0),
            ("to", str, 0),
            ("tts_model_id", str, 0),
            ("tts_provider", str, 0),
            ("tts_voice_id", str, 0),
        )
