from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallConversationEndedPayload")


@_attrs_define(frozen=True)
class CallConversationEndedPayload:
    """
    Attributes:
        assistant_id (str | Unset): Unique identifier of the assistant involved in the call. Example:
            assistant-d9082b56-ba2d-4ad1-a50c-58661eb1463d.
        call_control_id (str | Unset): Call ID used to issue commands via Call Control API. Example:
            v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        call_leg_id (str | Unset): ID that is unique to the call leg. Example: cc29cce6-3c91-11f0-a8e5-02420aef3d20.
        call_session_id (str | Unset): ID that is unique to the call session (group of related call legs). Example:
            cc29c8d6-3c91-11f0-aa7c-02420aef3d20.
        calling_party_type (Literal["pstn", "sip"] | Unset): The type of calling party connection. Example: sip.
        client_state (str | Unset): Base64-encoded state received from a command. Example:
            g3QAAAACbQAAAAtkYXRhX2NlbnRlcm0AAAADY2gxbQAAAApkZXBsb3ltZW50bQAAAARiYXNl.
        connection_id (str | Unset): Call Control App ID (formerly Telnyx connection ID) used in the call. Example:
            7267xxxxxxxxxxxxxx.
        conversation_id (str | Unset): ID unique to the conversation or insight group generated for the call. Example:
            0424805b-adc1-4ff8-9f95-e1de6883ecbe.
        duration_sec (int | Unset): Duration of the conversation in seconds. Example: 3.
        from_ (str | Unset): The caller's number or identifier. Example: +13124287921.
        llm_model (str | Unset): The large language model used during the conversation. Example: openai/gpt-4o.
        reason (None | str | Unset): Reason the conversation ended. For Conversation Relay, `customer_disconnect`
            indicates that the customer WebSocket disconnected. Example: customer_disconnect.
        stt_model (str | Unset): The speech-to-text model used in the conversation. Example: distil-whisper/distil-
            large-v2.
        to (str | Unset): The callee's number or SIP address. Example:
            jamesw@assistant-d9082b56-ba2d-4ad1-a50c-58661eb1463d.sip.telnyx.com.
        tts_model_id (str | Unset): The model ID used for text-to-speech synthesis. Example: Natural.
        tts_provider (str | Unset): The text-to-speech provider used in the call. Example: telnyx.
        tts_voice_id (str | Unset): Voice ID used for TTS. Example: Marissa.
    """

    assistant_id: str | Unset = UNSET
    call_control_id: str | Unset = UNSET
    call_leg_id: str | Unset = UNSET
    call_session_id: str | Unset = UNSET
    calling_party_type: Literal["pstn", "sip"] | Unset = UNSET
    client_state: str | Unset = UNSET
    connection_id: str | Unset = UNSET
    conversation_id: str | Unset = UNSET
    duration_sec: int | Unset = UNSET
    from_: str | Unset = UNSET
    llm_model: str | Unset = UNSET
    reason: str | Unset | None = UNSET
    stt_model: str | Unset = UNSET
    to: str | Unset = UNSET
    tts_model_id: str | Unset = UNSET
    tts_provider: str | Unset = UNSET
    tts_voice_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        assistant_id = self.assistant_id

        call_control_id = self.call_control_id

        call_leg_id = self.call_leg_id

        call_session_id = self.call_session_id

        calling_party_type: str | Unset = UNSET
        if not isinstance(self.calling_party_type, Unset):
            calling_party_type = self.calling_party_type

        client_state = self.client_state

        connection_id = self.connection_id

        conversation_id = self.conversation_id

        duration_sec = self.duration_sec

        from_ = self.from_

        llm_model = self.llm_model

        reason: str | Unset | None
        reason = UNSET if isinstance(self.reason, Unset) else self.reason

        stt_model = self.stt_model

        to = self.to

        tts_model_id = self.tts_model_id

        tts_provider = self.tts_provider

        tts_voice_id = self.tts_voice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if call_control_id is not UNSET:
            field_dict["call_control_id"] = call_control_id
        if call_leg_id is not UNSET:
            field_dict["call_leg_id"] = call_leg_id
        if call_session_id is not UNSET:
            field_dict["call_session_id"] = call_session_id
        if calling_party_type is not UNSET:
            field_dict["calling_party_type"] = calling_party_type
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if duration_sec is not UNSET:
            field_dict["duration_sec"] = duration_sec
        if from_ is not UNSET:
            field_dict["from"] = from_
        if llm_model is not UNSET:
            field_dict["llm_model"] = llm_model
        if reason is not UNSET:
            field_dict["reason"] = reason
        if stt_model is not UNSET:
            field_dict["stt_model"] = stt_model
        if to is not UNSET:
            field_dict["to"] = to
        if tts_model_id is not UNSET:
            field_dict["tts_model_id"] = tts_model_id
        if tts_provider is not UNSET:
            field_dict["tts_provider"] = tts_provider
        if tts_voice_id is not UNSET:
            field_dict["tts_voice_id"] = tts_voice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assistant_id = d.pop("assistant_id", UNSET)

        call_control_id = d.pop("call_control_id", UNSET)

        call_leg_id = d.pop("call_leg_id", UNSET)

        call_session_id = d.pop("call_session_id", UNSET)

        _calling_party_type = d.pop("calling_party_type", UNSET)
        calling_party_type: Literal["pstn", "sip"] | Unset
        calling_party_type = UNSET if isinstance(_calling_party_type, Unset) else enum_value(_calling_party_type, str)

        client_state = d.pop("client_state", UNSET)

        connection_id = d.pop("connection_id", UNSET)

        conversation_id = d.pop("conversation_id", UNSET)

        duration_sec = d.pop("duration_sec", UNSET)

        from_ = d.pop("from", UNSET)

        llm_model = d.pop("llm_model", UNSET)

        reason = d.pop("reason", UNSET)

        stt_model = d.pop("stt_model", UNSET)

        to = d.pop("to", UNSET)

        tts_model_id = d.pop("tts_model_id", UNSET)

        tts_provider = d.pop("tts_provider", UNSET)

        tts_voice_id = d.pop("tts_voice_id", UNSET)

        additional_properties = d
        return cls(
            assistant_id=assistant_id,
            call_control_id=call_control_id,
            call_leg_id=call_leg_id,
            call_session_id=call_session_id,
            calling_party_type=calling_party_type,
            client_state=client_state,
            connection_id=connection_id,
            conversation_id=conversation_id,
            duration_sec=duration_sec,
            from_=from_,
            llm_model=llm_model,
            reason=reason,
            stt_model=stt_model,
            to=to,
            tts_model_id=tts_model_id,
            tts_provider=tts_provider,
            tts_voice_id=tts_voice_id,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
