# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from .._values import ListOf
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class AnswerRequest(BaseModel):
    """
    Example:
        {'assistant': {'greeting': "Hi, I'm your assistant. How can I help?", 'id': 'asst_123', 'tools': [{'hangup': {},
            'type': 'hangup'}]}, 'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id':
            '891510ac-f3e4-11e8-af5b-de00688a4901', 'deepfake_detection': {'enabled': True, 'rtp_timeout': 30, 'timeout':
            15}, 'send_silence_when_idle': True, 'webhook_url': 'https://www.example.com/server-b/', 'webhook_url_method':
            'POST'}

    Attributes:
        assistant (CallAssistantRequest | None): AI Assistant configuration. All fields except `id` are optional — the
            assistant's stored configuration will be used as fallback for any omitted fields.
        billing_group_id (str | None): Use this field to set the Billing Group ID for the call. Must be a valid and
            existing Billing Group ID. Example: f5586561-8ff0-4291-a0ac-84fe544797bd.
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | None): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        conversation_relay_config (ConversationRelayEmbeddedConfig | None): Starts a Conversation Relay session
            automatically when the answered/dialed call is answered. This embedded shape is supported on `answer` and
            `dial`. It uses public field names (`url`, `dtmf_detection`, `greeting`, `voice`, `language`, etc.) and maps
            them to the underlying Conversation Relay action. `client_state`, `tts_language`, and `transcription_language`
            inside this object are ignored; use the parent command's `client_state` and `command_id` fields instead.
            Example: {'custom_parameters': {'customer_id': '12345'}, 'dtmf_detection': True, 'greeting': 'Hi! Ask me
            anything!', 'interruptible': 'speech', 'interruptible_greeting': 'dtmf', 'language': 'en-US', 'languages':
            [{'language': 'en-US', 'transcription_engine': 'Deepgram', 'transcription_engine_config':
            {'transcription_model': 'deepgram/nova-3'}, 'tts_provider': 'telnyx', 'voice': 'Telnyx.Ultra.alloy'}],
            'tts_provider': 'telnyx', 'url': 'wss://example.com/conversation-relay', 'voice': 'Telnyx.KokoroTTS.af',
            'voice_settings': {'type': 'telnyx'}}.
        custom_headers (list[CustomSIPHeader] | None): Custom headers to be added to the SIP INVITE response. Example:
            [{'name': 'head_1', 'value': 'val_1'}, {'name': 'head_2', 'value': 'val_2'}].
        deepfake_detection (AnswerRequestDeepfakeDetection | None): Enables deepfake detection on the call. When
            enabled, audio from the remote party is streamed to a detection service that analyzes whether the voice is AI-
            generated. Results are delivered via the `call.deepfake_detection.result` webhook.
        preferred_codecs (Literal["G722,PCMU,PCMA,G729,OPUS,VP8,H264"] | None): The list of comma-separated codecs in a
            preferred order for the forked media to be received. Example: G722,PCMU,PCMA,G729,OPUS,VP8,H264.
        record (Literal["record-from-answer"] | None): Start recording automatically after an event. Disabled by
            default. Example: record-from-answer.
        record_channels (Literal["dual", "single"] | None): Defines which channel should be recorded ('single' or
            'dual') when `record` is specified. Example: single.
        record_custom_file_name (str | None): The custom recording file name to be used instead of the default
            `call_leg_id`. Telnyx will still add a Unix timestamp suffix. Example: my_recording_file_name.
        record_format (Literal["mp3", "wav"] | None): Defines the format of the recording ('wav' or 'mp3') when `record`
            is specified. Example: wav.
        record_max_length (int | None): Defines the maximum length for the recording in seconds when `record` is
            specified. The minimum value is 0. The maximum value is 43200. The default value is 0 (infinite). Example: 1000.
        record_timeout_secs (int | None): The number of seconds that Telnyx will wait for the recording to be stopped if
            silence is detected when `record` is specified. The timer only starts when the speech is detected. Please note
            that call transcription is used to detect silence and the related charge will be applied. The minimum value is
            0. The default value is 0 (infinite). Example: 100.
        record_track (Literal["both", "inbound", "outbound"] | None): The audio track to be recorded. Can be either
            `both`, `inbound` or `outbound`. If only single track is specified (`inbound`, `outbound`), `channels`
            configuration is ignored and it will be recorded as mono (single channel). Example: outbound.
        record_trim (Literal["trim-silence"] | None): When set to `trim-silence`, silence will be removed from the
            beginning and end of the recording. Example: trim-silence.
        send_silence_when_idle (bool | None): Generate silence RTP packets when no transmission available. Example:
            True.
        sip_headers (list[SIPHeader] | None): SIP headers to be added to the SIP INVITE response. Currently only User-
            to-User header is supported. Example: [{'name': 'User-to-User', 'value': 'value'}].
        sound_modifications (SoundModifications | None): Use this field to modify sound effects, for example adjust the
            pitch. Example: {'octaves': 0.1, 'pitch': 0.8, 'semitone': -2, 'track': 'both'}.
        stream_bidirectional_codec (Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | None): Indicates codec
            for bidirectional streaming RTP payloads. Used only with stream_bidirectional_mode=rtp. Case sensitive. Example:
            G722.
        stream_bidirectional_mode (Literal["mp3", "rtp"] | None): Configures method of bidirectional streaming (mp3,
            rtp). Example: rtp.
        stream_bidirectional_target_legs (Literal["both", "opposite", "self"] | None): Specifies which call legs should
            receive the bidirectional stream audio. Example: both.
        stream_codec (Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | None): Specifies the codec
            to be used for the streamed audio. When set to 'default' or when transcoding is not possible, the codec from the
            call will be used. Example: PCMA.
        stream_track (Literal["both_tracks", "inbound_track", "outbound_track"] | None): Specifies which track should be
            streamed. Example: both_tracks.
        stream_url (str | None): The destination WebSocket address where the stream is going to be delivered. Example:
            wss://www.example.com/websocket.
        transcription (bool | None): Enable transcription upon call answer. The default value is false. Example: True.
        transcription_config (TranscriptionStartRequest | None):  Example: {'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d',
            'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901', 'transcription_engine': 'Google',
            'transcription_engine_config': {'language': 'en', 'transcription_engine': 'Google'}}.
        webhook_retries_policies (AnswerRequestWebhookRetriesPolicies | None): A map of event types to retry policies.
            Each retry policy contains an array of `retries_ms` specifying the delays between retry attempts in
            milliseconds. Maximum 5 retries, total delay cannot exceed 60 seconds. Example: {'call.hangup': {'retries_ms':
            [1000, 2000, 5000]}}.
        webhook_url (str | None): Use this field to override the URL for which Telnyx will send subsequent webhooks to
            for this call. Example: https://www.example.com/server-b/.
        webhook_url_method (Literal["GET", "POST"] | None): HTTP request type used for `webhook_url`. Example: GET.
        webhook_urls (dict[str, str] | None): A map of event types to webhook URLs. When an event of the specified type
            occurs, the webhook URL associated with that event type will be called instead of `webhook_url`. Events not
            mapped here will use the default `webhook_url`. Example: {'call.bridge':
            'https://www.example.com/webhooks/bridge', 'call.hangup': 'https://www.example.com/webhooks/hangup'}.
        webhook_urls_method (Literal["GET", "POST"] | None): HTTP request method to invoke `webhook_urls`. Example:
            POST.
    """

    assistant: CallAssistantRequest | None = None
    billing_group_id: str | None = None
    client_state: str | None = None
    command_id: str | None = None
    conversation_relay_config: ConversationRelayEmbeddedConfig | None = None
    custom_headers: list[CustomSIPHeader] | None = None
    deepfake_detection: AnswerRequestDeepfakeDetection | None = None
    preferred_codecs: Literal["G722,PCMU,PCMA,G729,OPUS,VP8,H264"] | None = None
    record: Literal["record-from-answer"] | None = None
    record_channels: Literal["dual", "single"] | None = None
    record_custom_file_name: str | None = None
    record_format: Literal["mp3", "wav"] | None = None
    record_max_length: int | None = None
    record_timeout_secs: int | None = None
    record_track: Literal["both", "inbound", "outbound"] | None = None
    record_trim: Literal["trim-silence"] | None = None
    send_silence_when_idle: bool | None = None
    sip_headers: list[SIPHeader] | None = None
    sound_modifications: SoundModifications | None = None
    stream_bidirectional_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | None = None
    stream_bidirectional_mode: Literal["mp3", "rtp"] | None = None
    stream_bidirectional_target_legs: Literal["both", "opposite", "self"] | None = None
    stream_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | None = None
    stream_track: Literal["both_tracks", "inbound_track", "outbound_track"] | None = None
    stream_url: str | None = None
    transcription: bool | None = None
    transcription_config: TranscriptionStartRequest | None = None
    webhook_retries_policies: AnswerRequestWebhookRetriesPolicies | None = None
    webhook_url: str | None = None
    webhook_url_method: Literal["GET", "POST"] | None = None
    webhook_urls: dict[str, str] | None = None
    webhook_urls_method: Literal["GET", "POST"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("assistant", "assistant", False),
        ("billing_group_id", "billing_group_id", False),
        ("client_state", "client_state", False),
        ("command_id", "command_id", False),
        ("conversation_relay_config", "conversation_relay_config", False),
        ("custom_headers", "custom_headers", False),
        ("deepfake_detection", "deepfake_detection", False),
        ("preferred_codecs", "preferred_codecs", False),
        ("record", "record", False),
        ("record_channels", "record_channels", False),
        ("record_custom_file_name", "record_custom_file_name", False),
        ("record_format", "record_format", False),
        ("record_max_length", "record_max_length", False),
        ("record_timeout_secs", "record_timeout_secs", False),
        ("record_track", "record_track", False),
        ("record_trim", "record_trim", False),
        ("send_silence_when_idle", "send_silence_when_idle", False),
        ("sip_headers", "sip_headers", False),
        ("sound_modifications", "sound_modifications", False),
        ("stream_bidirectional_codec", "stream_bidirectional_codec", False),
        ("stream_bidirectional_mode", "stream_bidirectional_mode", False),
        ("stream_bidirectional_target_legs", "stream_bidirectional_target_legs", False),
        ("stream_codec", "stream_codec", False),
        ("stream_track", "stream_track", False),
        ("stream_url", "stream_url", False),
        ("transcription", "transcription", False),
        ("transcription_config", "transcription_config", False),
        ("webhook_retries_policies", "webhook_retries_policies", False),
        ("webhook_url", "webhook_url", False),
        ("webhook_url_method", "webhook_url_method", False),
        ("webhook_urls", "webhook_urls", False),
        ("webhook_urls_method", "webhook_urls_method", False),
    )

    def __init__(
        self,
        *,
        assistant: CallAssistantRequest | Unset | None = UNSET,
        billing_group_id: str | Unset | None = UNSET,
        client_state: str | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        conversation_relay_config: ConversationRelayEmbeddedConfig | Unset | None = UNSET,
        custom_headers: list[CustomSIPHeader] | Unset | None = UNSET,
        deepfake_detection: AnswerRequestDeepfakeDetection | Unset | None = UNSET,
        preferred_codecs: Literal["G722,PCMU,PCMA,G729,OPUS,VP8,H264"] | Unset | None = UNSET,
        record: Literal["record-from-answer"] | Unset | None = UNSET,
        record_channels: Literal["dual", "single"] | Unset | None = UNSET,
        record_custom_file_name: str | Unset | None = UNSET,
        record_format: Literal["mp3", "wav"] | Unset | None = UNSET,
        record_max_length: int | Unset | None = UNSET,
        record_timeout_secs: int | Unset | None = UNSET,
        record_track: Literal["both", "inbound", "outbound"] | Unset | None = UNSET,
        record_trim: Literal["trim-silence"] | Unset | None = UNSET,
        send_silence_when_idle: bool | Unset | None = UNSET,
        sip_headers: list[SIPHeader] | Unset | None = UNSET,
        sound_modifications: SoundModifications | Unset | None = UNSET,
        stream_bidirectional_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | Unset | None = UNSET,
        stream_bidirectional_mode: Literal["mp3", "rtp"] | Unset | None = UNSET,
        stream_bidirectional_target_legs: Literal["both", "opposite", "self"] | Unset | None = UNSET,
        stream_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | Unset | None = UNSET,
        stream_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset | None = UNSET,
        stream_url: str | Unset | None = UNSET,
        transcription: bool | Unset | None = UNSET,
        transcription_config: TranscriptionStartRequest | Unset | None = UNSET,
        webhook_retries_policies: AnswerRequestWebhookRetriesPolicies | Unset | None = UNSET,
        webhook_url: str | Unset | None = UNSET,
        webhook_url_method: Literal["GET", "POST"] | Unset | None = UNSET,
        webhook_urls: dict[str, str] | Unset | None = UNSET,
        webhook_urls_method: Literal["GET", "POST"] | Unset | None = UNSET,
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
        v = d.pop("assistant", None)
        _set(self, "assistant", CallAssistantRequest.from_dict(v) if v.__class__ is dict else v)
        _set(self, "billing_group_id", d.pop("billing_group_id", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "command_id", d.pop("command_id", None))
        v = d.pop("conversation_relay_config", None)
        _set(
            self,
            "conversation_relay_config",
            ConversationRelayEmbeddedConfig.from_dict(v) if v.__class__ is dict else v,
        )
        v = d.pop("custom_headers", None)
        _set(
            self,
            "custom_headers",
            [CustomSIPHeader.from_dict(i) if i.__class__ is dict else i for i in v] if v.__class__ is list else v,
        )
        v = d.pop("deepfake_detection", None)
        _set(self, "deepfake_detection", AnswerRequestDeepfakeDetection.from_dict(v) if v.__class__ is dict else v)
        _set(self, "preferred_codecs", d.pop("preferred_codecs", None))
        _set(self, "record", d.pop("record", None))
        _set(self, "record_channels", d.pop("record_channels", None))
        _set(self, "record_custom_file_name", d.pop("record_custom_file_name", None))
        _set(self, "record_format", d.pop("record_format", None))
        _set(self, "record_max_length", d.pop("record_max_length", None))
        _set(self, "record_timeout_secs", d.pop("record_timeout_secs", None))
        _set(self, "record_track", d.pop("record_track", None))
        _set(self, "record_trim", d.pop("record_trim", None))
        _set(self, "send_silence_when_idle", d.pop("send_silence_when_idle", None))
        v = d.pop("sip_headers", None)
        _set(
            self,
            "sip_headers",
            [SIPHeader.from_dict(i) if i.__class__ is dict else i for i in v] if v.__class__ is list else v,
        )
        v = d.pop("sound_modifications", None)
        _set(self, "sound_modifications", SoundModifications.from_dict(v) if v.__class__ is dict else v)
        _set(self, "stream_bidirectional_codec", d.pop("stream_bidirectional_codec", None))
        _set(self, "stream_bidirectional_mode", d.pop("stream_bidirectional_mode", None))
        _set(self, "stream_bidirectional_target_legs", d.pop("stream_bidirectional_target_legs", None))
        _set(self, "stream_codec", d.pop("stream_codec", None))
        _set(self, "stream_track", d.pop("stream_track", None))
        _set(self, "stream_url", d.pop("stream_url", None))
        _set(self, "transcription", d.pop("transcription", None))
        v = d.pop("transcription_config", None)
        _set(self, "transcription_config", TranscriptionStartRequest.from_dict(v) if v.__class__ is dict else v)
        v = d.pop("webhook_retries_policies", None)
        _set(
            self,
            "webhook_retries_policies",
            AnswerRequestWebhookRetriesPolicies.from_dict(v) if v.__class__ is dict else v,
        )
        _set(self, "webhook_url", d.pop("webhook_url", None))
        _set(self, "webhook_url_method", d.pop("webhook_url_method", None))
        _set(self, "webhook_urls", d.pop("webhook_urls", None))
        _set(self, "webhook_urls_method", d.pop("webhook_urls_method", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("assistant", CallAssistantRequest, 0),
            ("billing_group_id", UUID, 0),
            ("client_state", str, 0),
            ("command_id", str, 0),
            ("conversation_relay_config", ConversationRelayEmbeddedConfig, 0),
            ("custom_headers", ListOf(CustomSIPHeader), 0),
            ("deepfake_detection", AnswerRequestDeepfakeDetection, 0),
            ("preferred_codecs", str, 0),
            ("record", str, 0),
            ("record_channels", str, 0),
            ("record_custom_file_name", str, 0),
            ("record_format", str, 0),
            ("record_max_length", int, 0),
            ("record_timeout_secs", int, 0),
            ("record_track", str, 0),
            ("record_trim", str, 0),
            ("send_silence_when_idle", bool, 0),
            ("sip_headers", ListOf(SIPHeader), 0),
            ("sound_modifications", SoundModifications, 0),
            ("stream_bidirectional_codec", str, 0),
            ("stream_bidirectional_mode", str, 0),
            ("stream_bidirectional_target_legs", str, 0),
            ("stream_codec", str, 0),
            ("stream_track", str, 0),
            ("stream_url", str, 0),
            ("transcription", bool, 0),
            ("transcription_config", TranscriptionStartRequest, 0),
            ("webhook_retries_policies", AnswerRequestWebhookRetriesPolicies, 0),
            ("webhook_url", str, 0),
            ("webhook_url_method", str, 0),
            ("webhook_urls", dict, 0),
            ("webhook_urls_method", str, 0),
        )


from ..models.answer_request_deepfake_detection import AnswerRequestDeepfakeDetection
from ..models.answer_request_webhook_retries_policies import AnswerRequestWebhookRetriesPolicies
from ..models.call_assistant_request import CallAssistantRequest
from ..models.conversation_relay_embedded_config import ConversationRelayEmbeddedConfig
from ..models.custom_sip_header import CustomSIPHeader
from ..models.sip_header import SIPHeader
from ..models.sound_modifications import SoundModifications
from ..models.transcription_start_request import TranscriptionStartRequest
