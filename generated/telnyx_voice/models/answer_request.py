# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnswerRequest")


@_attrs_define(frozen=True)
class AnswerRequest:
    """
    Example:
        {'assistant': {'greeting': "Hi, I'm your assistant. How can I help?", 'id': 'asst_123', 'tools': [{'hangup': {},
            'type': 'hangup'}]}, 'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id':
            '891510ac-f3e4-11e8-af5b-de00688a4901', 'deepfake_detection': {'enabled': True, 'rtp_timeout': 30, 'timeout':
            15}, 'send_silence_when_idle': True, 'webhook_url': 'https://www.example.com/server-b/', 'webhook_url_method':
            'POST'}

    Attributes:
        assistant (CallAssistantRequest | Unset): AI Assistant configuration. All fields except `id` are optional — the
            assistant's stored configuration will be used as fallback for any omitted fields.
        billing_group_id (UUID | Unset): Use this field to set the Billing Group ID for the call. Must be a valid and
            existing Billing Group ID. Example: f5586561-8ff0-4291-a0ac-84fe544797bd.
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        conversation_relay_config (ConversationRelayEmbeddedConfig | Unset): Starts a Conversation Relay session
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
        custom_headers (list[CustomSIPHeader] | Unset): Custom headers to be added to the SIP INVITE response. Example:
            [{'name': 'head_1', 'value': 'val_1'}, {'name': 'head_2', 'value': 'val_2'}].
        deepfake_detection (AnswerRequestDeepfakeDetection | Unset): Enables deepfake detection on the call. When
            enabled, audio from the remote party is streamed to a detection service that analyzes whether the voice is AI-
            generated. Results are delivered via the `call.deepfake_detection.result` webhook.
        preferred_codecs (Literal["G722,PCMU,PCMA,G729,OPUS,VP8,H264"] | Unset): The list of comma-separated codecs in a
            preferred order for the forked media to be received. Example: G722,PCMU,PCMA,G729,OPUS,VP8,H264.
        record (Literal["record-from-answer"] | Unset): Start recording automatically after an event. Disabled by
            default. Example: record-from-answer.
        record_channels (Literal["dual", "single"] | Unset): Defines which channel should be recorded ('single' or
            'dual') when `record` is specified. Example: single.
        record_custom_file_name (str | Unset): The custom recording file name to be used instead of the default
            `call_leg_id`. Telnyx will still add a Unix timestamp suffix. Example: my_recording_file_name.
        record_format (Literal["mp3", "wav"] | Unset): Defines the format of the recording ('wav' or 'mp3') when
            `record` is specified. Example: wav.
        record_max_length (int | Unset): Defines the maximum length for the recording in seconds when `record` is
            specified. The minimum value is 0. The maximum value is 43200. The default value is 0 (infinite). Example: 1000.
        record_timeout_secs (int | Unset): The number of seconds that Telnyx will wait for the recording to be stopped
            if silence is detected when `record` is specified. The timer only starts when the speech is detected. Please
            note that call transcription is used to detect silence and the related charge will be applied. The minimum value
            is 0. The default value is 0 (infinite). Example: 100.
        record_track (Literal["both", "inbound", "outbound"] | Unset): The audio track to be recorded. Can be either
            `both`, `inbound` or `outbound`. If only single track is specified (`inbound`, `outbound`), `channels`
            configuration is ignored and it will be recorded as mono (single channel). Example: outbound.
        record_trim (Literal["trim-silence"] | Unset): When set to `trim-silence`, silence will be removed from the
            beginning and end of the recording. Example: trim-silence.
        send_silence_when_idle (bool | Unset): Generate silence RTP packets when no transmission available. Example:
            True.
        sip_headers (list[SIPHeader] | Unset): SIP headers to be added to the SIP INVITE response. Currently only User-
            to-User header is supported. Example: [{'name': 'User-to-User', 'value': 'value'}].
        sound_modifications (SoundModifications | Unset): Use this field to modify sound effects, for example adjust the
            pitch. Example: {'octaves': 0.1, 'pitch': 0.8, 'semitone': -2, 'track': 'both'}.
        stream_bidirectional_codec (Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | Unset): Indicates codec
            for bidirectional streaming RTP payloads. Used only with stream_bidirectional_mode=rtp. Case sensitive. Example:
            G722.
        stream_bidirectional_mode (Literal["mp3", "rtp"] | Unset): Configures method of bidirectional streaming (mp3,
            rtp). Example: rtp.
        stream_bidirectional_target_legs (Literal["both", "opposite", "self"] | Unset): Specifies which call legs should
            receive the bidirectional stream audio. Example: both.
        stream_codec (Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | Unset): Specifies the codec
            to be used for the streamed audio. When set to 'default' or when transcoding is not possible, the codec from the
            call will be used. Example: PCMA.
        stream_track (Literal["both_tracks", "inbound_track", "outbound_track"] | Unset): Specifies which track should
            be streamed. Example: both_tracks.
        stream_url (str | Unset): The destination WebSocket address where the stream is going to be delivered. Example:
            wss://www.example.com/websocket.
        transcription (bool | Unset): Enable transcription upon call answer. The default value is false. Example: True.
        transcription_config (TranscriptionStartRequest | Unset):  Example: {'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d',
            'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901', 'transcription_engine': 'Google',
            'transcription_engine_config': {'language': 'en', 'transcription_engine': 'Google'}}.
        webhook_retries_policies (AnswerRequestWebhookRetriesPolicies | Unset): A map of event types to retry policies.
            Each retry policy contains an array of `retries_ms` specifying the delays between retry attempts in
            milliseconds. Maximum 5 retries, total delay cannot exceed 60 seconds. Example: {'call.hangup': {'retries_ms':
            [1000, 2000, 5000]}}.
        webhook_url (str | Unset): Use this field to override the URL for which Telnyx will send subsequent webhooks to
            for this call. Example: https://www.example.com/server-b/.
        webhook_url_method (Literal["GET", "POST"] | Unset): HTTP request type used for `webhook_url`. Example: GET.
        webhook_urls (AnswerRequestWebhookUrls | Unset): A map of event types to webhook URLs. When an event of the
            specified type occurs, the webhook URL associated with that event type will be called instead of `webhook_url`.
            Events not mapped here will use the default `webhook_url`. Example: {'call.bridge':
            'https://www.example.com/webhooks/bridge', 'call.hangup': 'https://www.example.com/webhooks/hangup'}.
        webhook_urls_method (Literal["GET", "POST"] | Unset): HTTP request method to invoke `webhook_urls`. Example:
            POST.
    """

    assistant: CallAssistantRequest | Unset = UNSET
    billing_group_id: UUID | Unset = UNSET
    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    conversation_relay_config: ConversationRelayEmbeddedConfig | Unset = UNSET
    custom_headers: list[CustomSIPHeader] | Unset = UNSET
    deepfake_detection: AnswerRequestDeepfakeDetection | Unset = UNSET
    preferred_codecs: Literal["G722,PCMU,PCMA,G729,OPUS,VP8,H264"] | Unset = UNSET
    record: Literal["record-from-answer"] | Unset = UNSET
    record_channels: Literal["dual", "single"] | Unset = UNSET
    record_custom_file_name: str | Unset = UNSET
    record_format: Literal["mp3", "wav"] | Unset = UNSET
    record_max_length: int | Unset = UNSET
    record_timeout_secs: int | Unset = UNSET
    record_track: Literal["both", "inbound", "outbound"] | Unset = UNSET
    record_trim: Literal["trim-silence"] | Unset = UNSET
    send_silence_when_idle: bool | Unset = UNSET
    sip_headers: list[SIPHeader] | Unset = UNSET
    sound_modifications: SoundModifications | Unset = UNSET
    stream_bidirectional_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | Unset = UNSET
    stream_bidirectional_mode: Literal["mp3", "rtp"] | Unset = UNSET
    stream_bidirectional_target_legs: Literal["both", "opposite", "self"] | Unset = UNSET
    stream_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | Unset = UNSET
    stream_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset = UNSET
    stream_url: str | Unset = UNSET
    transcription: bool | Unset = UNSET
    transcription_config: TranscriptionStartRequest | Unset = UNSET
    webhook_retries_policies: AnswerRequestWebhookRetriesPolicies | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_url_method: Literal["GET", "POST"] | Unset = UNSET
    webhook_urls: AnswerRequestWebhookUrls | Unset = UNSET
    webhook_urls_method: Literal["GET", "POST"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        assistant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assistant, Unset):
            assistant = self.assistant.to_dict()

        billing_group_id: str | Unset = UNSET
        if not isinstance(self.billing_group_id, Unset):
            billing_group_id = str(self.billing_group_id)

        client_state = self.client_state

        command_id = self.command_id

        conversation_relay_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_relay_config, Unset):
            conversation_relay_config = self.conversation_relay_config.to_dict()

        custom_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_headers, Unset):
            custom_headers = []
            for custom_headers_item_data in self.custom_headers:
                custom_headers_item = custom_headers_item_data.to_dict()
                custom_headers.append(custom_headers_item)

        deepfake_detection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deepfake_detection, Unset):
            deepfake_detection = self.deepfake_detection.to_dict()

        preferred_codecs: str | Unset = UNSET
        if not isinstance(self.preferred_codecs, Unset):
            preferred_codecs = self.preferred_codecs

        record: str | Unset = UNSET
        if not isinstance(self.record, Unset):
            record = self.record

        record_channels: str | Unset = UNSET
        if not isinstance(self.record_channels, Unset):
            record_channels = self.record_channels

        record_custom_file_name = self.record_custom_file_name

        record_format: str | Unset = UNSET
        if not isinstance(self.record_format, Unset):
            record_format = self.record_format

        record_max_length = self.record_max_length

        record_timeout_secs = self.record_timeout_secs

        record_track: str | Unset = UNSET
        if not isinstance(self.record_track, Unset):
            record_track = self.record_track

        record_trim: str | Unset = UNSET
        if not isinstance(self.record_trim, Unset):
            record_trim = self.record_trim

        send_silence_when_idle = self.send_silence_when_idle

        sip_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sip_headers, Unset):
            sip_headers = []
            for sip_headers_item_data in self.sip_headers:
                sip_headers_item = sip_headers_item_data.to_dict()
                sip_headers.append(sip_headers_item)

        sound_modifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sound_modifications, Unset):
            sound_modifications = self.sound_modifications.to_dict()

        stream_bidirectional_codec: str | Unset = UNSET
        if not isinstance(self.stream_bidirectional_codec, Unset):
            stream_bidirectional_codec = self.stream_bidirectional_codec

        stream_bidirectional_mode: str | Unset = UNSET
        if not isinstance(self.stream_bidirectional_mode, Unset):
            stream_bidirectional_mode = self.stream_bidirectional_mode

        stream_bidirectional_target_legs: str | Unset = UNSET
        if not isinstance(self.stream_bidirectional_target_legs, Unset):
            stream_bidirectional_target_legs = self.stream_bidirectional_target_legs

        stream_codec: str | Unset = UNSET
        if not isinstance(self.stream_codec, Unset):
            stream_codec = self.stream_codec

        stream_track: str | Unset = UNSET
        if not isinstance(self.stream_track, Unset):
            stream_track = self.stream_track

        stream_url = self.stream_url

        transcription = self.transcription

        transcription_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcription_config, Unset):
            transcription_config = self.transcription_config.to_dict()

        webhook_retries_policies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook_retries_policies, Unset):
            webhook_retries_policies = self.webhook_retries_policies.to_dict()

        webhook_url = self.webhook_url

        webhook_url_method: str | Unset = UNSET
        if not isinstance(self.webhook_url_method, Unset):
            webhook_url_method = self.webhook_url_method

        webhook_urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook_urls, Unset):
            webhook_urls = self.webhook_urls.to_dict()

        webhook_urls_method: str | Unset = UNSET
        if not isinstance(self.webhook_urls_method, Unset):
            webhook_urls_method = self.webhook_urls_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if assistant is not UNSET:
            field_dict["assistant"] = assistant
        if billing_group_id is not UNSET:
            field_dict["billing_group_id"] = billing_group_id
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if conversation_relay_config is not UNSET:
            field_dict["conversation_relay_config"] = conversation_relay_config
        if custom_headers is not UNSET:
            field_dict["custom_headers"] = custom_headers
        if deepfake_detection is not UNSET:
            field_dict["deepfake_detection"] = deepfake_detection
        if preferred_codecs is not UNSET:
            field_dict["preferred_codecs"] = preferred_codecs
        if record is not UNSET:
            field_dict["record"] = record
        if record_channels is not UNSET:
            field_dict["record_channels"] = record_channels
        if record_custom_file_name is not UNSET:
            field_dict["record_custom_file_name"] = record_custom_file_name
        if record_format is not UNSET:
            field_dict["record_format"] = record_format
        if record_max_length is not UNSET:
            field_dict["record_max_length"] = record_max_length
        if record_timeout_secs is not UNSET:
            field_dict["record_timeout_secs"] = record_timeout_secs
        if record_track is not UNSET:
            field_dict["record_track"] = record_track
        if record_trim is not UNSET:
            field_dict["record_trim"] = record_trim
        if send_silence_when_idle is not UNSET:
            field_dict["send_silence_when_idle"] = send_silence_when_idle
        if sip_headers is not UNSET:
            field_dict["sip_headers"] = sip_headers
        if sound_modifications is not UNSET:
            field_dict["sound_modifications"] = sound_modifications
        if stream_bidirectional_codec is not UNSET:
            field_dict["stream_bidirectional_codec"] = stream_bidirectional_codec
        if stream_bidirectional_mode is not UNSET:
            field_dict["stream_bidirectional_mode"] = stream_bidirectional_mode
        if stream_bidirectional_target_legs is not UNSET:
            field_dict["stream_bidirectional_target_legs"] = stream_bidirectional_target_legs
        if stream_codec is not UNSET:
            field_dict["stream_codec"] = stream_codec
        if stream_track is not UNSET:
            field_dict["stream_track"] = stream_track
        if stream_url is not UNSET:
            field_dict["stream_url"] = stream_url
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if transcription_config is not UNSET:
            field_dict["transcription_config"] = transcription_config
        if webhook_retries_policies is not UNSET:
            field_dict["webhook_retries_policies"] = webhook_retries_policies
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_url_method is not UNSET:
            field_dict["webhook_url_method"] = webhook_url_method
        if webhook_urls is not UNSET:
            field_dict["webhook_urls"] = webhook_urls
        if webhook_urls_method is not UNSET:
            field_dict["webhook_urls_method"] = webhook_urls_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _assistant = d.pop("assistant", UNSET)
        assistant: CallAssistantRequest | Unset
        assistant = UNSET if isinstance(_assistant, Unset) else CallAssistantRequest.from_dict(_assistant)

        _billing_group_id = d.pop("billing_group_id", UNSET)
        billing_group_id: UUID | Unset
        billing_group_id = UNSET if isinstance(_billing_group_id, Unset) else UUID(_billing_group_id)

        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        _conversation_relay_config = d.pop("conversation_relay_config", UNSET)
        conversation_relay_config: ConversationRelayEmbeddedConfig | Unset
        if isinstance(_conversation_relay_config, Unset):
            conversation_relay_config = UNSET
        else:
            conversation_relay_config = ConversationRelayEmbeddedConfig.from_dict(_conversation_relay_config)

        _custom_headers = d.pop("custom_headers", UNSET)
        custom_headers: list[CustomSIPHeader] | Unset = UNSET
        if _custom_headers is not UNSET:
            custom_headers = []
            for custom_headers_item_data in _custom_headers:
                custom_headers_item = CustomSIPHeader.from_dict(custom_headers_item_data)

                custom_headers.append(custom_headers_item)

        _deepfake_detection = d.pop("deepfake_detection", UNSET)
        deepfake_detection: AnswerRequestDeepfakeDetection | Unset
        if isinstance(_deepfake_detection, Unset):
            deepfake_detection = UNSET
        else:
            deepfake_detection = AnswerRequestDeepfakeDetection.from_dict(_deepfake_detection)

        _preferred_codecs = d.pop("preferred_codecs", UNSET)
        preferred_codecs: Literal["G722,PCMU,PCMA,G729,OPUS,VP8,H264"] | Unset
        preferred_codecs = UNSET if isinstance(_preferred_codecs, Unset) else enum_value(_preferred_codecs, str)

        _record = d.pop("record", UNSET)
        record: Literal["record-from-answer"] | Unset
        record = UNSET if isinstance(_record, Unset) else enum_value(_record, str)

        _record_channels = d.pop("record_channels", UNSET)
        record_channels: Literal["dual", "single"] | Unset
        record_channels = UNSET if isinstance(_record_channels, Unset) else enum_value(_record_channels, str)

        record_custom_file_name = d.pop("record_custom_file_name", UNSET)

        _record_format = d.pop("record_format", UNSET)
        record_format: Literal["mp3", "wav"] | Unset
        record_format = UNSET if isinstance(_record_format, Unset) else enum_value(_record_format, str)

        record_max_length = d.pop("record_max_length", UNSET)

        record_timeout_secs = d.pop("record_timeout_secs", UNSET)

        _record_track = d.pop("record_track", UNSET)
        record_track: Literal["both", "inbound", "outbound"] | Unset
        record_track = UNSET if isinstance(_record_track, Unset) else enum_value(_record_track, str)

        _record_trim = d.pop("record_trim", UNSET)
        record_trim: Literal["trim-silence"] | Unset
        record_trim = UNSET if isinstance(_record_trim, Unset) else enum_value(_record_trim, str)

        send_silence_when_idle = d.pop("send_silence_when_idle", UNSET)

        _sip_headers = d.pop("sip_headers", UNSET)
        sip_headers: list[SIPHeader] | Unset = UNSET
        if _sip_headers is not UNSET:
            sip_headers = []
            for sip_headers_item_data in _sip_headers:
                sip_headers_item = SIPHeader.from_dict(sip_headers_item_data)

                sip_headers.append(sip_headers_item)

        _sound_modifications = d.pop("sound_modifications", UNSET)
        sound_modifications: SoundModifications | Unset
        if isinstance(_sound_modifications, Unset):
            sound_modifications = UNSET
        else:
            sound_modifications = SoundModifications.from_dict(_sound_modifications)

        _stream_bidirectional_codec = d.pop("stream_bidirectional_codec", UNSET)
        stream_bidirectional_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | Unset
        if isinstance(_stream_bidirectional_codec, Unset):
            stream_bidirectional_codec = UNSET
        else:
            stream_bidirectional_codec = enum_value(_stream_bidirectional_codec, str)

        _stream_bidirectional_mode = d.pop("stream_bidirectional_mode", UNSET)
        stream_bidirectional_mode: Literal["mp3", "rtp"] | Unset
        if isinstance(_stream_bidirectional_mode, Unset):
            stream_bidirectional_mode = UNSET
        else:
            stream_bidirectional_mode = enum_value(_stream_bidirectional_mode, str)

        _stream_bidirectional_target_legs = d.pop("stream_bidirectional_target_legs", UNSET)
        stream_bidirectional_target_legs: Literal["both", "opposite", "self"] | Unset
        if isinstance(_stream_bidirectional_target_legs, Unset):
            stream_bidirectional_target_legs = UNSET
        else:
            stream_bidirectional_target_legs = enum_value(_stream_bidirectional_target_legs, str)

        _stream_codec = d.pop("stream_codec", UNSET)
        stream_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | Unset
        stream_codec = UNSET if isinstance(_stream_codec, Unset) else enum_value(_stream_codec, str)

        _stream_track = d.pop("stream_track", UNSET)
        stream_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset
        stream_track = UNSET if isinstance(_stream_track, Unset) else enum_value(_stream_track, str)

        stream_url = d.pop("stream_url", UNSET)

        transcription = d.pop("transcription", UNSET)

        _transcription_config = d.pop("transcription_config", UNSET)
        transcription_config: TranscriptionStartRequest | Unset
        if isinstance(_transcription_config, Unset):
            transcription_config = UNSET
        else:
            transcription_config = TranscriptionStartRequest.from_dict(_transcription_config)

        _webhook_retries_policies = d.pop("webhook_retries_policies", UNSET)
        webhook_retries_policies: AnswerRequestWebhookRetriesPolicies | Unset
        if isinstance(_webhook_retries_policies, Unset):
            webhook_retries_policies = UNSET
        else:
            webhook_retries_policies = AnswerRequestWebhookRetriesPolicies.from_dict(_webhook_retries_policies)

        webhook_url = d.pop("webhook_url", UNSET)

        _webhook_url_method = d.pop("webhook_url_method", UNSET)
        webhook_url_method: Literal["GET", "POST"] | Unset
        webhook_url_method = UNSET if isinstance(_webhook_url_method, Unset) else enum_value(_webhook_url_method, str)

        _webhook_urls = d.pop("webhook_urls", UNSET)
        webhook_urls: AnswerRequestWebhookUrls | Unset
        webhook_urls = UNSET if isinstance(_webhook_urls, Unset) else AnswerRequestWebhookUrls.from_dict(_webhook_urls)

        _webhook_urls_method = d.pop("webhook_urls_method", UNSET)
        webhook_urls_method: Literal["GET", "POST"] | Unset
        if isinstance(_webhook_urls_method, Unset):
            webhook_urls_method = UNSET
        else:
            webhook_urls_method = enum_value(_webhook_urls_method, str)

        additional_properties = d
        return cls(
            assistant=assistant,
            billing_group_id=billing_group_id,
            client_state=client_state,
            command_id=command_id,
            conversation_relay_config=conversation_relay_config,
            custom_headers=custom_headers,
            deepfake_detection=deepfake_detection,
            preferred_codecs=preferred_codecs,
            record=record,
            record_channels=record_channels,
            record_custom_file_name=record_custom_file_name,
            record_format=record_format,
            record_max_length=record_max_length,
            record_timeout_secs=record_timeout_secs,
            record_track=record_track,
            record_trim=record_trim,
            send_silence_when_idle=send_silence_when_idle,
            sip_headers=sip_headers,
            sound_modifications=sound_modifications,
            stream_bidirectional_codec=stream_bidirectional_codec,
            stream_bidirectional_mode=stream_bidirectional_mode,
            stream_bidirectional_target_legs=stream_bidirectional_target_legs,
            stream_codec=stream_codec,
            stream_track=stream_track,
            stream_url=stream_url,
            transcription=transcription,
            transcription_config=transcription_config,
            webhook_retries_policies=webhook_retries_policies,
            webhook_url=webhook_url,
            webhook_url_method=webhook_url_method,
            webhook_urls=webhook_urls,
            webhook_urls_method=webhook_urls_method,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.answer_request_deepfake_detection import AnswerRequestDeepfakeDetection
from ..models.answer_request_webhook_retries_policies import AnswerRequestWebhookRetriesPolicies
from ..models.answer_request_webhook_urls import AnswerRequestWebhookUrls
from ..models.call_assistant_request import CallAssistantRequest
from ..models.conversation_relay_embedded_config import ConversationRelayEmbeddedConfig
from ..models.custom_sip_header import CustomSIPHeader
from ..models.sip_header import SIPHeader
from ..models.sound_modifications import SoundModifications
from ..models.transcription_start_request import TranscriptionStartRequest
