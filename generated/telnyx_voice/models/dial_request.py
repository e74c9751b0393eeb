# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from .._values import ListOf, OneOf, parse_union
from ..models.dial_request_answering_machine_detection import DialRequestAnsweringMachineDetection
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class DialRequest(BaseModel):
    """
    Example:
        {'answering_machine_detection': 'detect', 'answering_machine_detection_config':
            {'after_greeting_silence_millis': 1000, 'between_words_silence_millis': 1000, 'greeting_duration_millis': 1000,
            'greeting_silence_duration_millis': 2000, 'greeting_total_analysis_time_millis': 50000,
            'initial_silence_millis': 1000, 'maximum_number_of_words': 1000, 'maximum_word_length_millis': 2000,
            'silence_threshold': 512, 'total_analysis_time_millis': 5000}, 'audio_url':
            'http://www.example.com/sounds/greeting.wav', 'bridge_intent': True, 'bridge_on_answer': True, 'client_state':
            'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901', 'conference_config':
            {'conference_name': 'telnyx-conference', 'start_conference_on_enter': True}, 'connection_id':
            '7267xxxxxxxxxxxxxx', 'conversation_relay_config': {'custom_parameters': {'customer_id': '12345'},
            'dtmf_detection': True, 'greeting': 'Hi! Ask me anything!', 'interruptible': 'speech', 'interruptible_greeting':
            'dtmf', 'language': 'en-US', 'tts_provider': 'telnyx', 'url': 'wss://example.com/conversation-relay', 'voice':
            'Telnyx.KokoroTTS.af'}, 'custom_headers': [{'name': 'head_1', 'value': 'val_1'}, {'name': 'head_2', 'value':
            'val_2'}], 'deepfake_detection': {'enabled': True, 'rtp_timeout': 30, 'timeout': 15}, 'dialogflow_config':
            {'analyze_sentiment': False, 'partial_automated_agent_reply': False}, 'enable_dialogflow': False, 'from':
            '+18005550101', 'from_display_name': 'Company Name', 'link_to':
            'ilditnZK_eVysupV21KzmzN_sM29ygfauQojpm4BgFtfX5hXAcjotg==', 'media_encryption': 'SRTP', 'send_digits_on_answer':
            'wwww200', 'send_silence_when_idle': True, 'sip_auth_password': 'password', 'sip_auth_username': 'username',
            'sip_headers': [{'name': 'User-to-User', 'value': '12345'}], 'sip_transport_protocol': 'TLS', 'stream_track':
            'both_tracks', 'stream_url': 'wss://www.example.com/websocket', 'time_limit_secs': 60, 'timeout_secs': 60, 'to':
            '+18005550100 or sip:username@sip.telnyx.com;secure=srtp', 'webhook_retries_policies': {'call.hangup':
            {'retries_ms': [1000, 2000, 5000]}}, 'webhook_url': 'https://www.example.com/server-b/', 'webhook_url_method':
            'POST', 'webhook_urls': {'call.bridge': 'https://www.example.com/webhooks/bridge', 'call.hangup':
            'https://www.example.com/webhooks/hangup'}, 'webhook_urls_method': 'POST'}

    Attributes:
        connection_id (str): The ID of the Call Control App (formerly ID of the connection) to be used when dialing the
            destination.
        from_ (str): The `from` number to be used as the caller id presented to the destination (`to` number). The
            number should be in +E164 format. Example: +18005550101.
        to (list[str] | str): The DID or SIP URI to dial out to. Multiple DID or SIP URIs can be provided using an array
            of strings. For SIP URI destinations, append `;secure=true` or `;secure=srtp` to enable SRTP media encryption
            for that endpoint, or `;secure=dtls` to enable DTLS media encryption for that endpoint. If `media_encryption` is
            set to `SRTP` or `DTLS`, it takes precedence over any per-endpoint `secure` URI parameter. For a single string
            destination, you may append a comma followed by DTMF digits (e.g. `+18004247767,200`) to play those digits as
            DTMF once the called party answers — equivalent to setting `send_digits_on_answer` separately. If both are
            present, the explicit `send_digits_on_answer` parameter takes precedence. This shorthand is not supported when
            `to` is an array.
        answering_machine_detection (DialRequestAnsweringMachineDetection | None): Enables Answering Machine Detection.
            Telnyx offers Premium and Standard detections. With Premium detection, when a call is answered, Telnyx runs
            real-time detection and sends a `call.machine.premium.detection.ended` webhook with one of the following
            results: `human_residence`, `human_business`, `machine`, `silence` or `fax_detected`. If we detect a beep, we
            also send a `call.machine.premium.greeting.ended` webhook with the result of `beep_detected`. If we detect a
            beep before `call.machine.premium.detection.ended` we only send `call.machine.premium.greeting.ended`, and if we
            detect a beep after `call.machine.premium.detection.ended`, we send both webhooks. With Standard detection, when
            a call is answered, Telnyx runs real-time detection to determine if it was picked up by a human or a machine and
            sends an `call.machine.detection.ended` webhook with the analysis result. If `greeting_end` or `detect_words` is
            used and a `machine` is detected, you will receive another `call.machine.greeting.ended` webhook when the
            answering machine greeting ends with a beep or silence. If `detect_beep` is used, you will only receive
            `call.machine.greeting.ended` if a beep is detected.
        answering_machine_detection_config (DialRequestAnsweringMachineDetectionConfig | None): Optional configuration
            parameters to modify 'answering_machine_detection' performance. Only `total_analysis_time_millis` and
            `greeting_duration_millis` parameters are applicable when `premium` is selected as answering_machine_detection.
        assistant (CallAssistantRequest | None): AI Assistant configuration. All fields except `id` are optional — the
            assistant's stored configuration will be used as fallback for any omitted fields.
        audio_url (str | None): The URL of a file to be played back to the callee when the call is answered. The URL can
            point to either a WAV or MP3 file. media_name and audio_url cannot be used together in one request. Example:
            http://example.com/message.wav.
        billing_group_id (str | None): Use this field to set the Billing Group ID for the call. Must be a valid and
            existing Billing Group ID. Example: f5586561-8ff0-4291-a0ac-84fe544797bd.
        bridge_intent (bool | None): Indicates the intent to bridge this call with the call specified in link_to. When
            bridge_intent is true, link_to becomes required and the from number will be overwritten by the from number from
            the linked call. Example: True.
        bridge_on_answer (bool | None): Whether to automatically bridge answered call to the call specified in link_to.
            When bridge_on_answer is true, link_to becomes required. Example: True.
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | None): Use this field to avoid duplicate commands. Telnyx will ignore others Dial commands
            with the same `command_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        conference_config (DialRequestConferenceConfig | None): Optional configuration parameters to dial new
            participant into a conference.
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
        custom_headers (list[CustomSIPHeader] | None): Custom headers to be added to the SIP INVITE. Example: [{'name':
            'head_1', 'value': 'val_1'}, {'name': 'head_2', 'value': 'val_2'}].
        deepfake_detection (DialRequestDeepfakeDetection | None): Enables deepfake detection on the call. When enabled,
            audio from the remote party is streamed to a detection service that analyzes whether the voice is AI-generated.
            Results are delivered via the `call.deepfake_detection.result` webhook.
        dialogflow_config (DialogflowConfig | None):
        enable_dialogflow (bool | None): Enables Dialogflow for the current call. The default value is false. Example:
            True.
        from_display_name (str | None): The `from_display_name` string to be used as the caller id name (SIP From
            Display Name) presented to the destination (`to` number). The string should have a maximum of 128 characters,
            containing only letters, numbers, spaces, and -_~!.+ special characters. If ommited, the display name will be
            the same as the number in the `from` field. Example: Company Name.
        link_to (str | None): Use another call's control id for sharing the same call session id Example:
            ilditnZK_eVysupV21KzmzN_sM29ygfauQojpm4BgFtfX5hXAcjotg==.
        media_encryption (Literal["DTLS", "SRTP", "disabled"] | None): Defines whether media should be encrypted on the
            call. For SIP URI destinations, media encryption can also be requested per endpoint with the `secure` URI
            parameter: `;secure=true` or `;secure=srtp` enables SRTP, and `;secure=dtls` enables DTLS. This parameter, when
            set to `SRTP` or `DTLS`, takes precedence over the per-endpoint `secure` value.
        media_name (str | None): The media_name of a file to be played back to the callee when the call is answered. The
            media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization.
            The file must either be a WAV or MP3 file. Example: my_media_uploaded_to_media_storage_api.
        park_after_unbridge (str | None): If supplied with the value `self`, the current leg will be parked after
            unbridge. If not set, the default behavior is to hang up the leg. When park_after_unbridge is set, link_to
            becomes required. Example: self.
        preferred_codecs (str | None): The list of comma-separated codecs in a preferred order for the forked media to
            be received. Example: G722,PCMU,PCMA,G729,OPUS,VP8,H264.
        prevent_double_bridge (bool | None): Prevents bridging and hangs up the call if the target is already bridged.
            Disabled by default. Example: True.
        privacy (Literal["id", "none"] | None): Indicates the privacy level to be used for the call. When set to `id`,
            caller ID information (name and number) will be hidden from the called party. When set to `none` or omitted,
            caller ID will be shown normally. Example: id.
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
        retry_on_timeout (bool | None): Whether to keep trying the remaining routing paths (e.g. alternate
            providers/gateways) for the same destination after `timeout_secs` is reached for the current attempt. When set
            to `false`, reaching `timeout_secs` aborts the entire dial attempt and the `call.hangup` webhook reports a
            `hangup_cause` of `no_answer` instead of `timeout`. Example: True.
        send_digits_on_answer (str | None): DTMF digits to send automatically after the called party answers. Useful for
            reaching an extension behind an IVR (e.g. `"200"` to dial extension 200 once the called party picks up). Allowed
            characters: `0-9`, `A-D`, `w` (0.5s pause), `W` (1s pause), `*`, `#`. Maximum 64 characters. When omitted, no
            automatic DTMF is sent. May also be supplied inline by appending `,<digits>` to `to` (e.g.
            `to=+18004247767,200`); if both forms are present, this explicit field takes precedence. Example: wwww200.
        send_silence_when_idle (bool | None): Generate silence RTP packets when no transmission available. Example:
            True.
        sip_auth_password (str | None): SIP Authentication password used for SIP challenges.
        sip_auth_username (str | None): SIP Authentication username used for SIP challenges.
        sip_headers (list[SIPHeader] | None): SIP headers to be added to the SIP INVITE request. Currently only User-to-
            User header is supported. Example: [{'name': 'User-to-User', 'value': 'value'}].
        sip_region (Literal["Australia", "Canada", "Europe", "Middle East", "US"] | None): Defines the SIP region to be
            used for the call. Example: Canada.
        sip_transport_protocol (Literal["TCP", "TLS", "UDP"] | None): Defines SIP transport protocol to be used on the
            call.
        sound_modifications (SoundModifications | None): Use this field to modify sound effects, for example adjust the
            pitch. Example: {'octaves': 0.1, 'pitch': 0.8, 'semitone': -2, 'track': 'both'}.
        stream_auth_token (str | None): An authentication token to be sent as part of the WebSocket connection when
            using streaming. Maximum length is 4000 characters. Example: your-auth-token.
        stream_bidirectional_codec (Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | None): Indicates codec
            for bidirectional streaming RTP payloads. Used only with stream_bidirectional_mode=rtp. Case sensitive. Example:
            G722.
        stream_bidirectional_mode (Literal["mp3", "rtp"] | None): Configures method of bidirectional streaming (mp3,
            rtp). Example: rtp.
        stream_bidirectional_sampling_rate (Literal[8000, 16000, 22050, 24000, 48000] | None): Audio sampling rate.
            Example: 16000.
        stream_bidirectional_target_legs (Literal["both", "opposite", "self"] | None): Specifies which call legs should
            receive the bidirectional stream audio. Example: both.
        stream_codec (Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | None): Specifies the codec
            to be used for the streamed audio. When set to 'default' or when transcoding is not possible, the codec from the
            call will be used. Example: PCMA.
        stream_establish_before_call_originate (bool | None): Establish websocket connection before dialing the
            destination. This is useful for cases where the websocket connection takes a long time to establish. Example:
            True.
        stream_track (Literal["both_tracks", "inbound_track", "outbound_track"] | None): Specifies which track should be
            streamed. Example: both_tracks.
        stream_url (str | None): The destination WebSocket address where the stream is going to be delivered. Example:
            wss://www.example.com/websocket.
        supervise_call_control_id (str | None): The call leg which will be supervised by the new call. Example:
            v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        supervisor_role (Literal["barge", "monitor", "whisper"] | None): The role of the supervisor call. 'barge' means
            that supervisor call hears and is being heard by both ends of the call (caller & callee). 'whisper' means that
            only supervised_call_control_id hears supervisor but supervisor can hear everything. 'monitor' means that nobody
            can hear supervisor call, but supervisor can hear everything on the call.
        time_limit_secs (int | None): Sets the maximum duration of a Call Control Leg in seconds. If the time limit is
            reached, the call will hangup and a `call.hangup` webhook with a `hangup_cause` of `time_limit` will be sent.
            For example, by setting a time limit of 120 seconds, a Call Leg will be automatically terminated two minutes
            after being answered. The default time limit is 14400 seconds or 4 hours and this is also the maximum allowed
            call length. Example: 600.
        timeout_secs (int | None): The number of seconds that Telnyx will wait for the call to be answered by the
            destination to which it is being called. If the timeout is reached before an answer is received, the call will
            hangup and a `call.hangup` webhook with a `hangup_cause` of `timeout` will be sent. Minimum value is 5 seconds.
            Maximum value is 600 seconds. Example: 60.
        transcription (bool | None): Enable transcription upon call answer. The default value is false. Example: True.
        transcription_config (TranscriptionStartRequest | None):  Example: {'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d',
            'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901', 'transcription_engine': 'Google',
            'transcription_engine_config': {'language': 'en', 'transcription_engine': 'Google'}}.
        webhook_retries_policies (DialRequestWebhookRetriesPolicies | None): A map of event types to retry policies.
            Each retry policy contains an array of `retries_ms` specifying the delays between retry attempts in
            milliseconds. Maximum 5 retries, total delay cannot exceed 60 seconds. Example: {'call.hangup': {'retries_ms':
            [1000, 2000, 5000]}}.
        webhook_url (str | None): Use this field to override the URL for which Telnyx will send subsequent webhooks to
            for this call. Example: https://www.example.com/server-b/.
        webhook_url_method (Literal["GET", "POST"] | None): HTTP request type used for `webhook_url`. Example: GET.
        webhook_urls (dict[str, str] | None): A map of event types to webhook URLs. When an event of the specified type
            occurs, the webhook URL associated with that event type will be called instead of the default webhook URL.
            Events not mapped here will use the default webhook URL. Example: {'call.bridge':
            'https://www.example.com/webhooks/bridge', 'call.hangup': 'https://www.example.com/webhooks/hangup'}.
        webhook_urls_method (Literal["GET", "POST"] | None): HTTP request method to invoke `webhook_urls`. Example:
            POST.
    """

    connection_id: str
    from_: str
    to: list[str] | str
    answering_machine_detection: DialRequestAnsweringMachineDetection | None = None
    answering_machine_detection_config: DialRequestAnsweringMachineDetectionConfig | None = None
    assistant: CallAssistantRequest | None = None
    audio_url: str | None = None
    billing_group_id: str | None = None
    bridge_intent: bool | None = None
    bridge_on_answer: bool | None = None
    client_state: str | None = None
    command_id: str | None = None
    conference_config: DialRequestConferenceConfig | None = None
    conversation_relay_config: ConversationRelayEmbeddedConfig | None = None
    custom_headers: list[CustomSIPHeader] | None = None
    deepfake_detection: DialRequestDeepfakeDetection | None = None
    dialogflow_config: DialogflowConfig | None = None
    enable_dialogflow: bool | None = None
    from_display_name: str | None = None
    link_to: str | None = None
    media_encryption: Literal["DTLS", "SRTP", "disabled"] | None = None
    media_name: str | None = None
    park_after_unbridge: str | None = None
    preferred_codecs: str | None = None
    prevent_double_bridge: bool | None = None
    privacy: Literal["id", "none"] | None = None
    record: Literal["record-from-answer"] | None = None
    record_channels: Literal["dual", "single"] | None = None
    record_custom_file_name: str | None = None
    record_format: Literal["mp3", "wav"] | None = None
    record_max_length: int | None = None
    record_timeout_secs: int | None = None
    record_track: Literal["both", "inbound", "outbound"] | None = None
    record_trim: Literal["trim-silence"] | None = None
    retry_on_timeout: bool | None = None
    send_digits_on_answer: str | None = None
    send_silence_when_idle: bool | None = None
    sip_auth_password: str | None = None
    sip_auth_username: str | None = None
    sip_headers: list[SIPHeader] | None = None
    sip_region: Literal["Australia", "Canada", "Europe", "Middle East", "US"] | None = None
    sip_transport_protocol: Literal["TCP", "TLS", "UDP"] | None = None
    sound_modifications: SoundModifications | None = None
    stream_auth_token: str | None = None
    stream_bidirectional_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | None = None
    stream_bidirectional_mode: Literal["mp3", "rtp"] | None = None
    stream_bidirectional_sampling_rate: Literal[8000, 16000, 22050, 24000, 48000] | None = None
    stream_bidirectional_target_legs: Literal["both", "opposite", "self"] | None = None
    stream_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | None = None
    stream_establish_before_call_originate: bool | None = None
    stream_track: Literal["both_tracks", "inbound_track", "outbound_track"] | None = None
    stream_url: str | None = None
    supervise_call_control_id: str | None = None
    supervisor_role: Literal["barge", "monitor", "whisper"] | None = None
    time_limit_secs: int | None = None
    timeout_secs: int | None = None
    transcription: bool | None = None
    transcription_config: TranscriptionStartRequest | None = None
    webhook_retries_policies: DialRequestWebhookRetriesPolicies | None = None
    webhook_url: str | None = None
    webhook_url_method: Literal["GET", "POST"] | None = None
    webhook_urls: dict[str, str] | None = None
    webhook_urls_method: Literal["GET", "POST"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("connection_id", "connection_id", True),
        ("from_", "from", True),
        ("to", "to", True),
        ("answering_machine_detection", "answering_machine_detection", False),
        ("answering_machine_detection_config", "answering_machine_detection_config", False),
        ("assistant", "assistant", False),
        ("audio_url", "audio_url", False),
        ("billing_group_id", "billing_group_id", False),
        ("bridge_intent", "bridge_intent", False),
        ("bridge_on_answer", "bridge_on_answer", False),
        ("client_state", "client_state", False),
        ("command_id", "command_id", False),
        ("conference_config", "conference_config", False),
        ("conversation_relay_config", "conversation_relay_config", False),
        ("custom_headers", "custom_headers", False),
        ("deepfake_detection", "deepfake_detection", False),
        ("dialogflow_config", "dialogflow_config", False),
        ("enable_dialogflow", "enable_dialogflow", False),
        ("from_display_name", "from_display_name", False),
        ("link_to", "link_to", False),
        ("media_encryption", "media_encryption", False),
        ("media_name", "media_name", False),
        ("park_after_unbridge", "park_after_unbridge", False),
        ("preferred_codecs", "preferred_codecs", False),
        ("prevent_double_bridge", "prevent_double_bridge", False),
        ("privacy", "privacy", False),
        ("record", "record", False),
        ("record_channels", "record_channels", False),
        ("record_custom_file_name", "record_custom_file_name", False),
        ("record_format", "record_format", False),
        ("record_max_length", "record_max_length", False),
        ("record_timeout_secs", "record_timeout_secs", False),
        ("record_track", "record_track", False),
        ("record_trim", "record_trim", False),
        ("retry_on_timeout", "retry_on_timeout", False),
        ("send_digits_on_answer", "send_digits_on_answer", False),
        ("send_silence_when_idle", "send_silence_when_idle", False),
        ("sip_auth_password", "sip_auth_password", False),
        ("sip_auth_username", "sip_auth_username", False),
        ("sip_headers", "sip_headers", False),
        ("sip_region", "sip_region", False),
        ("sip_transport_protocol", "sip_transport_protocol", False),
        ("sound_modifications", "sound_modifications", False),
        ("stream_auth_token", "stream_auth_token", False),
        ("stream_bidirectional_codec", "stream_bidirectional_codec", False),
        ("stream_bidirectional_mode", "stream_bidirectional_mode", False),
        ("stream_bidirectional_sampling_rate", "stream_bidirectional_sampling_rate", False),
        ("stream_bidirectional_target_legs", "stream_bidirectional_target_legs", False),
        ("stream_codec", "stream_codec", False),
        ("stream_establish_before_call_originate", "stream_establish_before_call_originate", False),
        ("stream_track", "stream_track", False),
        ("stream_url", "stream_url", False),
        ("supervise_call_control_id", "supervise_call_control_id", False),
        ("supervisor_role", "supervisor_role", False),
        ("time_limit_secs", "time_limit_secs", False),
        ("timeout_secs", "timeout_secs", False),
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
        connection_id: str,
        from_: str,
        to: list[str] | str,
        answering_machine_detection: DialRequestAnsweringMachineDetection | Unset | None = UNSET,
        answering_machine_detection_config: DialRequestAnsweringMachineDetectionConfig | Unset | None = UNSET,
        assistant: CallAssistantRequest | Unset | None = UNSET,
        audio_url: str | Unset | None = UNSET,
        billing_group_id: str | Unset | None = UNSET,
        bridge_intent: bool | Unset | None = UNSET,
        bridge_on_answer: bool | Unset | None = UNSET,
        client_state: str | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        conference_config: DialRequestConferenceConfig | Unset | None = UNSET,
        conversation_relay_config: ConversationRelayEmbeddedConfig | Unset | None = UNSET,
        custom_headers: list[CustomSIPHeader] | Unset | None = UNSET,
        deepfake_detection: DialRequestDeepfakeDetection | Unset | None = UNSET,
        dialogflow_config: DialogflowConfig | Unset | None = UNSET,
        enable_dialogflow: bool | Unset | None = UNSET,
        from_display_name: str | Unset | None = UNSET,
        link_to: str | Unset | None = UNSET,
        media_encryption: Literal["DTLS", "SRTP", "disabled"] | Unset | None = UNSET,
        media_name: str | Unset | None = UNSET,
        park_after_unbridge: str | Unset | None = UNSET,
        preferred_codecs: str | Unset | None = UNSET,
        prevent_double_bridge: bool | Unset | None = UNSET,
        privacy: Literal["id", "none"] | Unset | None = UNSET,
        record: Literal["record-from-answer"] | Unset | None = UNSET,
        record_channels: Literal["dual", "single"] | Unset | None = UNSET,
        record_custom_file_name: str | Unset | None = UNSET,
        record_format: Literal["mp3", "wav"] | Unset | None = UNSET,
        record_max_length: int | Unset | None = UNSET,
        record_timeout_secs: int | Unset | None = UNSET,
        record_track: Literal["both", "inbound", "outbound"] | Unset | None = UNSET,
        record_trim: Literal["trim-silence"] | Unset | None = UNSET,
        retry_on_timeout: bool | Unset | None = UNSET,
        send_digits_on_answer: str | Unset | None = UNSET,
        send_silence_when_idle: bool | Unset | None = UNSET,
        sip_auth_password: str | Unset | None = UNSET,
        sip_auth_username: str | Unset | None = UNSET,
        sip_headers: list[SIPHeader] | Unset | None = UNSET,
        sip_region: Literal["Australia", "Canada", "Europe", "Middle East", "US"] | Unset | None = UNSET,
        sip_transport_protocol: Literal["TCP", "TLS", "UDP"] | Unset | None = UNSET,
        sound_modifications: SoundModifications | Unset | None = UNSET,
        stream_auth_token: str | Unset | None = UNSET,
        stream_bidirectional_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | Unset | None = UNSET,
        stream_bidirectional_mode: Literal["mp3", "rtp"] | Unset | None = UNSET,
        stream_bidirectional_sampling_rate: Literal[8000, 16000, 22050, 24000, 48000] | Unset | None = UNSET,
        stream_bidirectional_target_legs: Literal["both", "opposite", "self"] | Unset | None = UNSET,
        stream_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | Unset | None = UNSET,
        stream_establish_before_call_originate: bool | Unset | None = UNSET,
        stream_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset | None = UNSET,
        stream_url: str | Unset | None = UNSET,
        supervise_call_control_id: str | Unset | None = UNSET,
        supervisor_role: Literal["barge", "monitor", "whisper"] | Unset | None = UNSET,
        time_limit_secs: int | Unset | None = UNSET,
        timeout_secs: int | Unset | None = UNSET,
        transcription: bool | Unset | None = UNSET,
        transcription_config: TranscriptionStartRequest | Unset | None = UNSET,
        webhook_retries_policies: DialRequestWebhookRetriesPolicies | Unset | None = UNSET,
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
        _set(self, "connection_id", d.pop("connection_id", None))
        _set(self, "from_", d.pop("from", None))
        v = d.pop("to", None)
        _set(self, "to", parse_union(v, (ListOf(str),), lenient=True))
        _set(self, "answering_machine_detection", d.pop("answering_machine_detection", None))
        v = d.pop("answering_machine_detection_config", None)
        _set(
            self,
            "answering_machine_detection_config",
            DialRequestAnsweringMachineDetectionConfig.from_dict(v) if v.__class__ is dict else v,
        )
        v = d.pop("assistant", None)
        _set(self, "assistant", CallAssistantRequest.from_dict(v) if v.__class__ is dict else v)
        _set(self, "audio_url", d.pop("audio_url", None))
        _set(self, "billing_group_id", d.pop("billing_group_id", None))
        _set(self, "bridge_intent", d.pop("bridge_intent", None))
        _set(self, "bridge_on_answer", d.pop("bridge_on_answer", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "command_id", d.pop("command_id", None))
        v = d.pop("conference_config", None)
        _set(self, "conference_config", DialRequestConferenceConfig.from_dict(v) if v.__class__ is dict else v)
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
        _set(self, "deepfake_detection", DialRequestDeepfakeDetection.from_dict(v) if v.__class__ is dict else v)
        v = d.pop("dialogflow_config", None)
        _set(self, "dialogflow_config", DialogflowConfig.from_dict(v) if v.__class__ is dict else v)
        _set(self, "enable_dialogflow", d.pop("enable_dialogflow", None))
        _set(self, "from_display_name", d.pop("from_display_name", None))
        _set(self, "link_to", d.pop("link_to", None))
        _set(self, "media_encryption", d.pop("media_encryption", None))
        _set(self, "media_name", d.pop("media_name", None))
        _set(self, "park_after_unbridge", d.pop("park_after_unbridge", None))
        _set(self, "preferred_codecs", d.pop("preferred_codecs", None))
        _set(self, "prevent_double_bridge", d.pop("prevent_double_bridge", None))
        _set(self, "privacy", d.pop("privacy", None))
        _set(self, "record", d.pop("record", None))
        _set(self, "record_channels", d.pop("record_channels", None))
        _set(self, "record_custom_file_name", d.pop("record_custom_file_name", None))
        _set(self, "record_format", d.pop("record_format", None))
        _set(self, "record_max_length", d.pop("record_max_length", None))
        _set(self, "record_timeout_secs", d.pop("record_timeout_secs", None))
        _set(self, "record_track", d.pop("record_track", None))
        _set(self, "record_trim", d.pop("record_trim", None))
        _set(self, "retry_on_timeout", d.pop("retry_on_timeout", None))
        _set(self, "send_digits_on_answer", d.pop("send_digits_on_answer", None))
        _set(self, "send_silence_when_idle", d.pop("send_silence_when_idle", None))
        _set(self, "sip_auth_password", d.pop("sip_auth_password", None))
        _set(self, "sip_auth_username", d.pop("sip_auth_username", None))
        v = d.pop("sip_headers", None)
        _set(
            self,
            "sip_headers",
            [SIPHeader.from_dict(i) if i.__class__ is dict else i for i in v] if v.__class__ is list else v,
        )
        _set(self, "sip_region", d.pop("sip_region", None))
        _set(self, "sip_transport_protocol", d.pop("sip_transport_protocol", None))
        v = d.pop("sound_modifications", None)
        _set(self, "sound_modifications", SoundModifications.from_dict(v) if v.__class__ is dict else v)
        _set(self, "stream_auth_token", d.pop("stream_auth_token", None))
        _set(self, "stream_bidirectional_codec", d.pop("stream_bidirectional_codec", None))
        _set(self, "stream_bidirectional_mode", d.pop("stream_bidirectional_mode", None))
        _set(self, "stream_bidirectional_sampling_rate", d.pop("stream_bidirectional_sampling_rate", None))
        _set(self, "stream_bidirectional_target_legs", d.pop("stream_bidirectional_target_legs", None))
        _set(self, "stream_codec", d.pop("stream_codec", None))
        _set(self, "stream_establish_before_call_originate", d.pop("stream_establish_before_call_originate", None))
        _set(self, "stream_track", d.pop("stream_track", None))
        _set(self, "stream_url", d.pop("stream_url", None))
        _set(self, "supervise_call_control_id", d.pop("supervise_call_control_id", None))
        _set(self, "supervisor_role", d.pop("supervisor_role", None))
        _set(self, "time_limit_secs", d.pop("time_limit_secs", None))
        _set(self, "timeout_secs", d.pop("timeout_secs", None))
        _set(self, "transcription", d.pop("transcription", None))
        v = d.pop("transcription_config", None)
        _set(self, "transcription_config", TranscriptionStartRequest.from_dict(v) if v.__class__ is dict else v)
        v = d.pop("webhook_retries_policies", None)
        _set(
            self,
            "webhook_retries_policies",
            DialRequestWebhookRetriesPolicies.from_dict(v) if v.__class__ is dict else v,
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
            ("connection_id", str, REQUIRED),
            ("from", str, REQUIRED),
            (
                "to",
                OneOf(
                    (
                        str,
                        ListOf(str),
                    )
                ),
                REQUIRED,
            ),
            ("answering_machine_detection", str, 0),
            ("answering_machine_detection_config", DialRequestAnsweringMachineDetectionConfig, 0),
            ("assistant", CallAssistantRequest, 0),
            ("audio_url", str, 0),
            ("billing_group_id", UUID, 0),
            ("bridge_intent", bool, 0),
            ("bridge_on_answer", bool, 0),
            ("client_state", str, 0),
            ("command_id", str, 0),
            ("conference_config", DialRequestConferenceConfig, 0),
            ("conversation_relay_config", ConversationRelayEmbeddedConfig, 0),
            ("custom_headers", ListOf(CustomSIPHeader), 0),
            ("deepfake_detection", DialRequestDeepfakeDetection, 0),
            ("dialogflow_config", DialogflowConfig, 0),
            ("enable_dialogflow", bool, 0),
            ("from_display_name", str, 0),
            ("link_to", str, 0),
            ("media_encryption", str, 0),
            ("media_name", str, 0),
            ("park_after_unbridge", str, 0),
            ("preferred_codecs", str, 0),
            ("prevent_double_bridge", bool, 0),
            ("privacy", str, 0),
            ("record", str, 0),
            ("record_channels", str, 0),
            ("record_custom_file_name", str, 0),
            ("record_format", str, 0),
            ("record_max_length", int, 0),
            ("record_timeout_secs", int, 0),
            ("record_track", str, 0),
            ("record_trim", str, 0),
            ("retry_on_timeout", bool, 0),
            ("send_digits_on_answer", str, 0),
            ("send_silence_when_idle", bool, 0),
            ("sip_auth_password", str, 0),
            ("sip_auth_username", str, 0),
            ("sip_headers", ListOf(SIPHeader), 0),
            ("sip_region", str, 0),
            ("sip_transport_protocol", str, 0),
            ("sound_modifications", SoundModifications, 0),
            ("stream_auth_token", str, 0),
            ("stream_bidirectional_codec", str, 0),
            ("stream_bidirectional_mode", str, 0),
            ("stream_bidirectional_sampling_rate", int, 0),
            ("stream_bidirectional_target_legs", str, 0),
            ("stream_codec", str, 0),
            ("stream_establish_before_call_originate", bool, 0),
            ("stream_track", str, 0),
            ("stream_url", str, 0),
            ("supervise_call_control_id", str, 0),
            ("supervisor_role", str, 0),
            ("time_limit_secs", int, 0),
            ("timeout_secs", int, 0),
            ("transcription", bool, 0),
            ("transcription_config", TranscriptionStartRequest, 0),
            ("webhook_retries_policies", DialRequestWebhookRetriesPolicies, 0),
            ("webhook_url", str, 0),
            ("webhook_url_method", str, 0),
            ("webhook_urls", dict, 0),
            ("webhook_urls_method", str, 0),
        )


from ..models.call_assistant_request import CallAssistantRequest
from ..models.conversation_relay_embedded_config import ConversationRelayEmbeddedConfig
from ..models.custom_sip_header import CustomSIPHeader
from ..models.dial_request_answering_machine_detection_config import DialRequestAnsweringMachineDetectionConfig
from ..models.dial_request_conference_config import DialRequestConferenceConfig
from ..models.dial_request_deepfake_detection import DialRequestDeepfakeDetection
from ..models.dial_request_webhook_retries_policies import DialRequestWebhookRetriesPolicies
from ..models.dialogflow_config import DialogflowConfig
from ..models.sip_header import SIPHeader
from ..models.sound_modifications import SoundModifications
from ..models.transcription_start_request import TranscriptionStartRequest
