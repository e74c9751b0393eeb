# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import ListOf, enum_value, parse_union
from ..models.dial_request_answering_machine_detection import DialRequestAnsweringMachineDetection
from ..types import UNSET, Unset

T = TypeVar("T", bound="DialRequest")


@_attrs_define(frozen=True)
class DialRequest:
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
        answering_machine_detection (DialRequestAnsweringMachineDetection | Unset): Enables Answering Machine Detection.
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
        answering_machine_detection_config (DialRequestAnsweringMachineDetectionConfig | Unset): Optional configuration
            parameters to modify 'answering_machine_detection' performance. Only `total_analysis_time_millis` and
            `greeting_duration_millis` parameters are applicable when `premium` is selected as answering_machine_detection.
        assistant (CallAssistantRequest | Unset): AI Assistant configuration. All fields except `id` are optional — the
            assistant's stored configuration will be used as fallback for any omitted fields.
        audio_url (str | Unset): The URL of a file to be played back to the callee when the call is answered. The URL
            can point to either a WAV or MP3 file. media_name and audio_url cannot be used together in one request. Example:
            http://example.com/message.wav.
        billing_group_id (UUID | Unset): Use this field to set the Billing Group ID for the call. Must be a valid and
            existing Billing Group ID. Example: f5586561-8ff0-4291-a0ac-84fe544797bd.
        bridge_intent (bool | Unset): Indicates the intent to bridge this call with the call specified in link_to. When
            bridge_intent is true, link_to becomes required and the from number will be overwritten by the from number from
            the linked call. Example: True.
        bridge_on_answer (bool | Unset): Whether to automatically bridge answered call to the call specified in link_to.
            When bridge_on_answer is true, link_to becomes required. Example: True.
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore others Dial commands
            with the same `command_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        conference_config (DialRequestConferenceConfig | Unset): Optional configuration parameters to dial new
            participant into a conference.
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
        custom_headers (list[CustomSIPHeader] | Unset): Custom headers to be added to the SIP INVITE. Example: [{'name':
            'head_1', 'value': 'val_1'}, {'name': 'head_2', 'value': 'val_2'}].
        deepfake_detection (DialRequestDeepfakeDetection | Unset): Enables deepfake detection on the call. When enabled,
            audio from the remote party is streamed to a detection service that analyzes whether the voice is AI-generated.
            Results are delivered via the `call.deepfake_detection.result` webhook.
        dialogflow_config (DialogflowConfig | Unset):
        enable_dialogflow (bool | Unset): Enables Dialogflow for the current call. The default value is false. Example:
            True.
        from_display_name (str | Unset): The `from_display_name` string to be used as the caller id name (SIP From
            Display Name) presented to the destination (`to` number). The string should have a maximum of 128 characters,
            containing only letters, numbers, spaces, and -_~!.+ special characters. If ommited, the display name will be
            the same as the number in the `from` field. Example: Company Name.
        link_to (str | Unset): Use another call's control id for sharing the same call session id Example:
            ilditnZK_eVysupV21KzmzN_sM29ygfauQojpm4BgFtfX5hXAcjotg==.
        media_encryption (Literal["DTLS", "SRTP", "disabled"] | Unset): Defines whether media should be encrypted on the
            call. For SIP URI destinations, media encryption can also be requested per endpoint with the `secure` URI
            parameter: `;secure=true` or `;secure=srtp` enables SRTP, and `;secure=dtls` enables DTLS. This parameter, when
            set to `SRTP` or `DTLS`, takes precedence over the per-endpoint `secure` value.
        media_name (str | Unset): The media_name of a file to be played back to the callee when the call is answered.
            The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same
            user/organization. The file must either be a WAV or MP3 file. Example: my_media_uploaded_to_media_storage_api.
        park_after_unbridge (str | Unset): If supplied with the value `self`, the current leg will be parked after
            unbridge. If not set, the default behavior is to hang up the leg. When park_after_unbridge is set, link_to
            becomes required. Example: self.
        preferred_codecs (str | Unset): The list of comma-separated codecs in a preferred order for the forked media to
            be received. Example: G722,PCMU,PCMA,G729,OPUS,VP8,H264.
        prevent_double_bridge (bool | Unset): Prevents bridging and hangs up the call if the target is already bridged.
            Disabled by default. Example: True.
        privacy (Literal["id", "none"] | Unset): Indicates the privacy level to be used for the call. When set to `id`,
            caller ID information (name and number) will be hidden from the called party. When set to `none` or omitted,
            caller ID will be shown normally. Example: id.
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
        retry_on_timeout (bool | Unset): Whether to keep trying the remaining routing paths (e.g. alternate
            providers/gateways) for the same destination after `timeout_secs` is reached for the current attempt. When set
            to `false`, reaching `timeout_secs` aborts the entire dial attempt and the `call.hangup` webhook reports a
            `hangup_cause` of `no_answer` instead of `timeout`. Example: True.
        send_digits_on_answer (str | Unset): DTMF digits to send automatically after the called party answers. Useful
            for reaching an extension behind an IVR (e.g. `"200"` to dial extension 200 once the called party picks up).
            Allowed characters: `0-9`, `A-D`, `w` (0.5s pause), `W` (1s pause), `*`, `#`. Maximum 64 characters. When
            omitted, no automatic DTMF is sent. May also be supplied inline by appending `,<digits>` to `to` (e.g.
            `to=+18004247767,200`); if both forms are present, this explicit field takes precedence. Example: wwww200.
        send_silence_when_idle (bool | Unset): Generate silence RTP packets when no transmission available. Example:
            True.
        sip_auth_password (str | Unset): SIP Authentication password used for SIP challenges.
        sip_auth_username (str | Unset): SIP Authentication username used for SIP challenges.
        sip_headers (list[SIPHeader] | Unset): SIP headers to be added to the SIP INVITE request. Currently only User-
            to-User header is supported. Example: [{'name': 'User-to-User', 'value': 'value'}].
        sip_region (Literal["Australia", "Canada", "Europe", "Middle East", "US"] | Unset): Defines the SIP region to be
            used for the call. Example: Canada.
        sip_transport_protocol (Literal["TCP", "TLS", "UDP"] | Unset): Defines SIP transport protocol to be used on the
            call.
        sound_modifications (SoundModifications | Unset): Use this field to modify sound effects, for example adjust the
            pitch. Example: {'octaves': 0.1, 'pitch': 0.8, 'semitone': -2, 'track': 'both'}.
        stream_auth_token (str | Unset): An authentication token to be sent as part of the WebSocket connection when
            using streaming. Maximum length is 4000 characters. Example: your-auth-token.
        stream_bidirectional_codec (Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | Unset): Indicates codec
            for bidirectional streaming RTP payloads. Used only with stream_bidirectional_mode=rtp. Case sensitive. Example:
            G722.
        stream_bidirectional_mode (Literal["mp3", "rtp"] | Unset): Configures method of bidirectional streaming (mp3,
            rtp). Example: rtp.
        stream_bidirectional_sampling_rate (Literal[8000, 16000, 22050, 24000, 48000] | Unset): Audio sampling rate.
            Example: 16000.
        stream_bidirectional_target_legs (Literal["both", "opposite", "self"] | Unset): Specifies which call legs should
            receive the bidirectional stream audio. Example: both.
        stream_codec (Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | Unset): Specifies the codec
            to be used for the streamed audio. When set to 'default' or when transcoding is not possible, the codec from the
            call will be used. Example: PCMA.
        stream_establish_before_call_originate (bool | Unset): Establish websocket connection before dialing the
            destination. This is useful for cases where the websocket connection takes a long time to establish. Example:
            True.
        stream_track (Literal["both_tracks", "inbound_track", "outbound_track"] | Unset): Specifies which track should
            be streamed. Example: both_tracks.
        stream_url (str | Unset): The destination WebSocket address where the stream is going to be delivered. Example:
            wss://www.example.com/websocket.
        supervise_call_control_id (str | Unset): The call leg which will be supervised by the new call. Example:
            v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        supervisor_role (Literal["barge", "monitor", "whisper"] | Unset): The role of the supervisor call. 'barge' means
            that supervisor call hears and is being heard by both ends of the call (caller & callee). 'whisper' means that
            only supervised_call_control_id hears supervisor but supervisor can hear everything. 'monitor' means that nobody
            can hear supervisor call, but supervisor can hear everything on the call.
        time_limit_secs (int | Unset): Sets the maximum duration of a Call Control Leg in seconds. If the time limit is
            reached, the call will hangup and a `call.hangup` webhook with a `hangup_cause` of `time_limit` will be sent.
            For example, by setting a time limit of 120 seconds, a Call Leg will be automatically terminated two minutes
            after being answered. The default time limit is 14400 seconds or 4 hours and this is also the maximum allowed
            call length. Example: 600.
        timeout_secs (int | Unset): The number of seconds that Telnyx will wait for the call to be answered by the
            destination to which it is being called. If the timeout is reached before an answer is received, the call will
            hangup and a `call.hangup` webhook with a `hangup_cause` of `timeout` will be sent. Minimum value is 5 seconds.
            Maximum value is 600 seconds. Example: 60.
        transcription (bool | Unset): Enable transcription upon call answer. The default value is false. Example: True.
        transcription_config (TranscriptionStartRequest | Unset):  Example: {'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d',
            'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901', 'transcription_engine': 'Google',
            'transcription_engine_config': {'language': 'en', 'transcription_engine': 'Google'}}.
        webhook_retries_policies (DialRequestWebhookRetriesPolicies | Unset): A map of event types to retry policies.
            Each retry policy contains an array of `retries_ms` specifying the delays between retry attempts in
            milliseconds. Maximum 5 retries, total delay cannot exceed 60 seconds. Example: {'call.hangup': {'retries_ms':
            [1000, 2000, 5000]}}.
        webhook_url (str | Unset): Use this field to override the URL for which Telnyx will send subsequent webhooks to
            for this call. Example: https://www.example.com/server-b/.
        webhook_url_method (Literal["GET", "POST"] | Unset): HTTP request type used for `webhook_url`. Example: GET.
        webhook_urls (DialRequestWebhookUrls | Unset): A map of event types to webhook URLs. When an event of the
            specified type occurs, the webhook URL associated with that event type will be called instead of the default
            webhook URL. Events not mapped here will use the default webhook URL. Example: {'call.bridge':
            'https://www.example.com/webhooks/bridge', 'call.hangup': 'https://www.example.com/webhooks/hangup'}.
        webhook_urls_method (Literal["GET", "POST"] | Unset): HTTP request method to invoke `webhook_urls`. Example:
            POST.
    """

    connection_id: str
    from_: str
    to: list[str] | str
    answering_machine_detection: DialRequestAnsweringMachineDetection | Unset = UNSET
    answering_machine_detection_config: DialRequestAnsweringMachineDetectionConfig | Unset = UNSET
    assistant: CallAssistantRequest | Unset = UNSET
    audio_url: str | Unset = UNSET
    billing_group_id: UUID | Unset = UNSET
    bridge_intent: bool | Unset = UNSET
    bridge_on_answer: bool | Unset = UNSET
    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    conference_config: DialRequestConferenceConfig | Unset = UNSET
    conversation_relay_config: ConversationRelayEmbeddedConfig | Unset = UNSET
    custom_headers: list[CustomSIPHeader] | Unset = UNSET
    deepfake_detection: DialRequestDeepfakeDetection | Unset = UNSET
    dialogflow_config: DialogflowConfig | Unset = UNSET
    enable_dialogflow: bool | Unset = UNSET
    from_display_name: str | Unset = UNSET
    link_to: str | Unset = UNSET
    media_encryption: Literal["DTLS", "SRTP", "disabled"] | Unset = UNSET
    media_name: str | Unset = UNSET
    park_after_unbridge: str | Unset = UNSET
    preferred_codecs: str | Unset = UNSET
    prevent_double_bridge: bool | Unset = UNSET
    privacy: Literal["id", "none"] | Unset = UNSET
    record: Literal["record-from-answer"] | Unset = UNSET
    record_channels: Literal["dual", "single"] | Unset = UNSET
    record_custom_file_name: str | Unset = UNSET
    record_format: Literal["mp3", "wav"] | Unset = UNSET
    record_max_length: int | Unset = UNSET
    record_timeout_secs: int | Unset = UNSET
    record_track: Literal["both", "inbound", "outbound"] | Unset = UNSET
    record_trim: Literal["trim-silence"] | Unset = UNSET
    retry_on_timeout: bool | Unset = UNSET
    send_digits_on_answer: str | Unset = UNSET
    send_silence_when_idle: bool | Unset = UNSET
    sip_auth_password: str | Unset = UNSET
    sip_auth_username: str | Unset = UNSET
    sip_headers: list[SIPHeader] | Unset = UNSET
    sip_region: Literal["Australia", "Canada", "Europe", "Middle East", "US"] | Unset = UNSET
    sip_transport_protocol: Literal["TCP", "TLS", "UDP"] | Unset = UNSET
    sound_modifications: SoundModifications | Unset = UNSET
    stream_auth_token: str | Unset = UNSET
    stream_bidirectional_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | Unset = UNSET
    stream_bidirectional_mode: Literal["mp3", "rtp"] | Unset = UNSET
    stream_bidirectional_sampling_rate: Literal[8000, 16000, 22050, 24000, 48000] | Unset = UNSET
    stream_bidirectional_target_legs: Literal["both", "opposite", "self"] | Unset = UNSET
    stream_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | Unset = UNSET
    stream_establish_before_call_originate: bool | Unset = UNSET
    stream_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset = UNSET
    stream_url: str | Unset = UNSET
    supervise_call_control_id: str | Unset = UNSET
    supervisor_role: Literal["barge", "monitor", "whisper"] | Unset = UNSET
    time_limit_secs: int | Unset = UNSET
    timeout_secs: int | Unset = UNSET
    transcription: bool | Unset = UNSET
    transcription_config: TranscriptionStartRequest | Unset = UNSET
    webhook_retries_policies: DialRequestWebhookRetriesPolicies | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_url_method: Literal["GET", "POST"] | Unset = UNSET
    webhook_urls: DialRequestWebhookUrls | Unset = UNSET
    webhook_urls_method: Literal["GET", "POST"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        from_ = self.from_

        to: list[str] | str
        to = self.to if isinstance(self.to, list) else self.to

        answering_machine_detection: str | Unset = UNSET
        if not isinstance(self.answering_machine_detection, Unset):
            answering_machine_detection = self.answering_machine_detection

        answering_machine_detection_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.answering_machine_detection_config, Unset):
            answering_machine_detection_config = self.answering_machine_detection_config.to_dict()

        assistant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assistant, Unset):
            assistant = self.assistant.to_dict()

        audio_url = self.audio_url

        billing_group_id: str | Unset = UNSET
        if not isinstance(self.billing_group_id, Unset):
            billing_group_id = str(self.billing_group_id)

        bridge_intent = self.bridge_intent

        bridge_on_answer = self.bridge_on_answer

        client_state = self.client_state

        command_id = self.command_id

        conference_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conference_config, Unset):
            conference_config = self.conference_config.to_dict()

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

        dialogflow_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dialogflow_config, Unset):
            dialogflow_config = self.dialogflow_config.to_dict()

        enable_dialogflow = self.enable_dialogflow

        from_display_name = self.from_display_name

        link_to = self.link_to

        media_encryption: str | Unset = UNSET
        if not isinstance(self.media_encryption, Unset):
            media_encryption = self.media_encryption

        media_name = self.media_name

        park_after_unbridge = self.park_after_unbridge

        preferred_codecs = self.preferred_codecs

        prevent_double_bridge = self.prevent_double_bridge

        privacy: str | Unset = UNSET
        if not isinstance(self.privacy, Unset):
            privacy = self.privacy

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

        retry_on_timeout = self.retry_on_timeout

        send_digits_on_answer = self.send_digits_on_answer

        send_silence_when_idle = self.send_silence_when_idle

        sip_auth_password = self.sip_auth_password

        sip_auth_username = self.sip_auth_username

        sip_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sip_headers, Unset):
            sip_headers = []
            for sip_headers_item_data in self.sip_headers:
                sip_headers_item = sip_headers_item_data.to_dict()
                sip_headers.append(sip_headers_item)

        sip_region: str | Unset = UNSET
        if not isinstance(self.sip_region, Unset):
            sip_region = self.sip_region

        sip_transport_protocol: str | Unset = UNSET
        if not isinstance(self.sip_transport_protocol, Unset):
            sip_transport_protocol = self.sip_transport_protocol

        sound_modifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sound_modifications, Unset):
            sound_modifications = self.sound_modifications.to_dict()

        stream_auth_token = self.stream_auth_token

        stream_bidirectional_codec: str | Unset = UNSET
        if not isinstance(self.stream_bidirectional_codec, Unset):
            stream_bidirectional_codec = self.stream_bidirectional_codec

        stream_bidirectional_mode: str | Unset = UNSET
        if not isinstance(self.stream_bidirectional_mode, Unset):
            stream_bidirectional_mode = self.stream_bidirectional_mode

        stream_bidirectional_sampling_rate: int | Unset = UNSET
        if not isinstance(self.stream_bidirectional_sampling_rate, Unset):
            stream_bidirectional_sampling_rate = self.stream_bidirectional_sampling_rate

        stream_bidirectional_target_legs: str | Unset = UNSET
        if not isinstance(self.stream_bidirectional_target_legs, Unset):
            stream_bidirectional_target_legs = self.stream_bidirectional_target_legs

        stream_codec: str | Unset = UNSET
        if not isinstance(self.stream_codec, Unset):
            stream_codec = self.stream_codec

        stream_establish_before_call_originate = self.stream_establish_before_call_originate

        stream_track: str | Unset = UNSET
        if not isinstance(self.stream_track, Unset):
            stream_track = self.stream_track

        stream_url = self.stream_url

        supervise_call_control_id = self.supervise_call_control_id

        supervisor_role: str | Unset = UNSET
        if not isinstance(self.supervisor_role, Unset):
            supervisor_role = self.supervisor_role

        time_limit_secs = self.time_limit_secs

        timeout_secs = self.timeout_secs

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
        field_dict.update(
            {
                "connection_id": connection_id,
                "from": from_,
                "to": to,
            }
        )
        if answering_machine_detection is not UNSET:
            field_dict["answering_machine_detection"] = answering_machine_detection
        if answering_machine_detection_config is not UNSET:
            field_dict["answering_machine_detection_config"] = answering_machine_detection_config
        if assistant is not UNSET:
            field_dict["assistant"] = assistant
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if billing_group_id is not UNSET:
            field_dict["billing_group_id"] = billing_group_id
        if bridge_intent is not UNSET:
            field_dict["bridge_intent"] = bridge_intent
        if bridge_on_answer is not UNSET:
            field_dict["bridge_on_answer"] = bridge_on_answer
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if conference_config is not UNSET:
            field_dict["conference_config"] = conference_config
        if conversation_relay_config is not UNSET:
            field_dict["conversation_relay_config"] = conversation_relay_config
        if custom_headers is not UNSET:
            field_dict["custom_headers"] = custom_headers
        if deepfake_detection is not UNSET:
            field_dict["deepfake_detection"] = deepfake_detection
        if dialogflow_config is not UNSET:
            field_dict["dialogflow_config"] = dialogflow_config
        if enable_dialogflow is not UNSET:
            field_dict["enable_dialogflow"] = enable_dialogflow
        if from_display_name is not UNSET:
            field_dict["from_display_name"] = from_display_name
        if link_to is not UNSET:
            field_dict["link_to"] = link_to
        if media_encryption is not UNSET:
            field_dict["media_encryption"] = media_encryption
        if media_name is not UNSET:
            field_dict["media_name"] = media_name
        if park_after_unbridge is not UNSET:
            field_dict["park_after_unbridge"] = park_after_unbridge
        if preferred_codecs is not UNSET:
            field_dict["preferred_codecs"] = preferred_codecs
        if prevent_double_bridge is not UNSET:
            field_dict["prevent_double_bridge"] = prevent_double_bridge
        if privacy is not UNSET:
            field_dict["privacy"] = privacy
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
        if retry_on_timeout is not UNSET:
            field_dict["retry_on_timeout"] = retry_on_timeout
        if send_digits_on_answer is not UNSET:
            field_dict["send_digits_on_answer"] = send_digits_on_answer
        if send_silence_when_idle is not UNSET:
            field_dict["send_silence_when_idle"] = send_silence_when_idle
        if sip_auth_password is not UNSET:
            field_dict["sip_auth_password"] = sip_auth_password
        if sip_auth_username is not UNSET:
            field_dict["sip_auth_username"] = sip_auth_username
        if sip_headers is not UNSET:
            field_dict["sip_headers"] = sip_headers
        if sip_region is not UNSET:
            field_dict["sip_region"] = sip_region
        if sip_transport_protocol is not UNSET:
            field_dict["sip_transport_protocol"] = sip_transport_protocol
        if sound_modifications is not UNSET:
            field_dict["sound_modifications"] = sound_modifications
        if stream_auth_token is not UNSET:
            field_dict["stream_auth_token"] = stream_auth_token
        if stream_bidirectional_codec is not UNSET:
            field_dict["stream_bidirectional_codec"] = stream_bidirectional_codec
        if stream_bidirectional_mode is not UNSET:
            field_dict["stream_bidirectional_mode"] = stream_bidirectional_mode
        if stream_bidirectional_sampling_rate is not UNSET:
            field_dict["stream_bidirectional_sampling_rate"] = stream_bidirectional_sampling_rate
        if stream_bidirectional_target_legs is not UNSET:
            field_dict["stream_bidirectional_target_legs"] = stream_bidirectional_target_legs
        if stream_codec is not UNSET:
            field_dict["stream_codec"] = stream_codec
        if stream_establish_before_call_originate is not UNSET:
            field_dict["stream_establish_before_call_originate"] = stream_establish_before_call_originate
        if stream_track is not UNSET:
            field_dict["stream_track"] = stream_track
        if stream_url is not UNSET:
            field_dict["stream_url"] = stream_url
        if supervise_call_control_id is not UNSET:
            field_dict["supervise_call_control_id"] = supervise_call_control_id
        if supervisor_role is not UNSET:
            field_dict["supervisor_role"] = supervisor_role
        if time_limit_secs is not UNSET:
            field_dict["time_limit_secs"] = time_limit_secs
        if timeout_secs is not UNSET:
            field_dict["timeout_secs"] = timeout_secs
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
        connection_id = d.pop("connection_id")

        from_ = d.pop("from")

        to = parse_union(d.pop("to"), (ListOf(str),), lenient=True)

        _answering_machine_detection = d.pop("answering_machine_detection", UNSET)
        answering_machine_detection: DialRequestAnsweringMachineDetection | Unset
        if isinstance(_answering_machine_detection, Unset):
            answering_machine_detection = UNSET
        else:
            answering_machine_detection = enum_value(_answering_machine_detection, str)

        _answering_machine_detection_config = d.pop("answering_machine_detection_config", UNSET)
        answering_machine_detection_config: DialRequestAnsweringMachineDetectionConfig | Unset
        if isinstance(_answering_machine_detection_config, Unset):
            answering_machine_detection_config = UNSET
        else:
            answering_machine_detection_config = DialRequestAnsweringMachineDetectionConfig.from_dict(
                _answering_machine_detection_config
            )

        _assistant = d.pop("assistant", UNSET)
        assistant: CallAssistantRequest | Unset
        assistant = UNSET if isinstance(_assistant, Unset) else CallAssistantRequest.from_dict(_assistant)

        audio_url = d.pop("audio_url", UNSET)

        _billing_group_id = d.pop("billing_group_id", UNSET)
        billing_group_id: UUID | Unset
        billing_group_id = UNSET if isinstance(_billing_group_id, Unset) else UUID(_billing_group_id)

        bridge_intent = d.pop("bridge_intent", UNSET)

        bridge_on_answer = d.pop("bridge_on_answer", UNSET)

        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        _conference_config = d.pop("conference_config", UNSET)
        conference_config: DialRequestConferenceConfig | Unset
        if isinstance(_conference_config, Unset):
            conference_config = UNSET
        else:
            conference_config = DialRequestConferenceConfig.from_dict(_conference_config)

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
        deepfake_detection: DialRequestDeepfakeDetection | Unset
        if isinstance(_deepfake_detection, Unset):
            deepfake_detection = UNSET
        else:
            deepfake_detection = DialRequestDeepfakeDetection.from_dict(_deepfake_detection)

        _dialogflow_config = d.pop("dialogflow_config", UNSET)
        dialogflow_config: DialogflowConfig | Unset
        if isinstance(_dialogflow_config, Unset):
            dialogflow_config = UNSET
        else:
            dialogflow_config = DialogflowConfig.from_dict(_dialogflow_config)

        enable_dialogflow = d.pop("enable_dialogflow", UNSET)

        from_display_name = d.pop("from_display_name", UNSET)

        link_to = d.pop("link_to", UNSET)

        _media_encryption = d.pop("media_encryption", UNSET)
        media_encryption: Literal["DTLS", "SRTP", "disabled"] | Unset
        media_encryption = UNSET if isinstance(_media_encryption, Unset) else enum_value(_media_encryption, str)

        media_name = d.pop("media_name", UNSET)

        park_after_unbridge = d.pop("park_after_unbridge", UNSET)

        preferred_codecs = d.pop("preferred_codecs", UNSET)

        prevent_double_bridge = d.pop("prevent_double_bridge", UNSET)

        _privacy = d.pop("privacy", UNSET)
        privacy: Literal["id", "none"] | Unset
        privacy = UNSET if isinstance(_privacy, Unset) else enum_value(_privacy, str)

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

        retry_on_timeout = d.pop("retry_on_timeout", UNSET)

        send_digits_on_answer = d.pop("send_digits_on_answer", UNSET)

        send_silence_when_idle = d.pop("send_silence_when_idle", UNSET)

        sip_auth_password = d.pop("sip_auth_password", UNSET)

        sip_auth_username = d.pop("sip_auth_username", UNSET)

        _sip_headers = d.pop("sip_headers", UNSET)
        sip_headers: list[SIPHeader] | Unset = UNSET
        if _sip_headers is not UNSET:
            sip_headers = []
            for sip_headers_item_data in _sip_headers:
                sip_headers_item = SIPHeader.from_dict(sip_headers_item_data)

                sip_headers.append(sip_headers_item)

        _sip_region = d.pop("sip_region", UNSET)
        sip_region: Literal["Australia", "Canada", "Europe", "Middle East", "US"] | Unset
        sip_region = UNSET if isinstance(_sip_region, Unset) else enum_value(_sip_region, str)

        _sip_transport_protocol = d.pop("sip_transport_protocol", UNSET)
        sip_transport_protocol: Literal["TCP", "TLS", "UDP"] | Unset
        if isinstance(_sip_transport_protocol, Unset):
            sip_transport_protocol = UNSET
        else:
            sip_transport_protocol = enum_value(_sip_transport_protocol, str)

        _sound_modifications = d.pop("sound_modifications", UNSET)
        sound_modifications: SoundModifications | Unset
        if isinstance(_sound_modifications, Unset):
            sound_modifications = UNSET
        else:
            sound_modifications = SoundModifications.from_dict(_sound_modifications)

        stream_auth_token = d.pop("stream_auth_token", UNSET)

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

        _stream_bidirectional_sampling_rate = d.pop("stream_bidirectional_sampling_rate", UNSET)
        stream_bidirectional_sampling_rate: Literal[8000, 16000, 22050, 24000, 48000] | Unset
        if isinstance(_stream_bidirectional_sampling_rate, Unset):
            stream_bidirectional_sampling_rate = UNSET
        else:
            stream_bidirectional_sampling_rate = enum_value(_stream_bidirectional_sampling_rate, int)

        _stream_bidirectional_target_legs = d.pop("stream_bidirectional_target_legs", UNSET)
        stream_bidirectional_target_legs: Literal["both", "opposite", "self"] | Unset
        if isinstance(_stream_bidirectional_target_legs, Unset):
            stream_bidirectional_target_legs = UNSET
        else:
            stream_bidirectional_target_legs = enum_value(_stream_bidirectional_target_legs, str)

        _stream_codec = d.pop("stream_codec", UNSET)
        stream_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | Unset
        stream_codec = UNSET if isinstance(_stream_codec, Unset) else enum_value(_stream_codec, str)

        stream_establish_before_call_originate = d.pop("stream_establish_before_call_originate", UNSET)

        _stream_track = d.pop("stream_track", UNSET)
        stream_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset
        stream_track = UNSET if isinstance(_stream_track, Unset) else enum_value(_stream_track, str)

        stream_url = d.pop("stream_url", UNSET)

        supervise_call_control_id = d.pop("supervise_call_control_id", UNSET)

        _supervisor_role = d.pop("supervisor_role", UNSET)
        supervisor_role: Literal["barge", "monitor", "whisper"] | Unset
        supervisor_role = UNSET if isinstance(_supervisor_role, Unset) else enum_value(_supervisor_role, str)

        time_limit_secs = d.pop("time_limit_secs", UNSET)

        timeout_secs = d.pop("timeout_secs", UNSET)

        transcription = d.pop("transcription", UNSET)

        _transcription_config = d.pop("transcription_config", UNSET)
        transcription_config: TranscriptionStartRequest | Unset
        if isinstance(_transcription_config, Unset):
            transcription_config = UNSET
        else:
            transcription_config = TranscriptionStartRequest.from_dict(_transcription_config)

        _webhook_retries_policies = d.pop("webhook_retries_policies", UNSET)
        webhook_retries_policies: DialRequestWebhookRetriesPolicies | Unset
        if isinstance(_webhook_retries_policies, Unset):
            webhook_retries_policies = UNSET
        else:
            webhook_retries_policies = DialRequestWebhookRetriesPolicies.from_dict(_webhook_retries_policies)

        webhook_url = d.pop("webhook_url", UNSET)

        _webhook_url_method = d.pop("webhook_url_method", UNSET)
        webhook_url_method: Literal["GET", "POST"] | Unset
        webhook_url_method = UNSET if isinstance(_webhook_url_method, Unset) else enum_value(_webhook_url_method, str)

        _webhook_urls = d.pop("webhook_urls", UNSET)
        webhook_urls: DialRequestWebhookUrls | Unset
        webhook_urls = UNSET if isinstance(_webhook_urls, Unset) else DialRequestWebhookUrls.from_dict(_webhook_urls)

        _webhook_urls_method = d.pop("webhook_urls_method", UNSET)
        webhook_urls_method: Literal["GET", "POST"] | Unset
        if isinstance(_webhook_urls_method, Unset):
            webhook_urls_method = UNSET
        else:
            webhook_urls_method = enum_value(_webhook_urls_method, str)

        additional_properties = d
        return cls(
            connection_id=connection_id,
            from_=from_,
            to=to,
            answering_machine_detection=answering_machine_detection,
            answering_machine_detection_config=answering_machine_detection_config,
            assistant=assistant,
            audio_url=audio_url,
            billing_group_id=billing_group_id,
            bridge_intent=bridge_intent,
            bridge_on_answer=bridge_on_answer,
            client_state=client_state,
            command_id=command_id,
            conference_config=conference_config,
            conversation_relay_config=conversation_relay_config,
            custom_headers=custom_headers,
            deepfake_detection=deepfake_detection,
            dialogflow_config=dialogflow_config,
            enable_dialogflow=enable_dialogflow,
            from_display_name=from_display_name,
            link_to=link_to,
            media_encryption=media_encryption,
            media_name=media_name,
            park_after_unbridge=park_after_unbridge,
            preferred_codecs=preferred_codecs,
            prevent_double_bridge=prevent_double_bridge,
            privacy=privacy,
            record=record,
            record_channels=record_channels,
            record_custom_file_name=record_custom_file_name,
            record_format=record_format,
            record_max_length=record_max_length,
            record_timeout_secs=record_timeout_secs,
            record_track=record_track,
            record_trim=record_trim,
            retry_on_timeout=retry_on_timeout,
            send_digits_on_answer=send_digits_on_answer,
            send_silence_when_idle=send_silence_when_idle,
            sip_auth_password=sip_auth_password,
            sip_auth_username=sip_auth_username,
            sip_headers=sip_headers,
            sip_region=sip_region,
            sip_transport_protocol=sip_transport_protocol,
            sound_modifications=sound_modifications,
            stream_auth_token=stream_auth_token,
            stream_bidirectional_codec=stream_bidirectional_codec,
            stream_bidirectional_mode=stream_bidirectional_mode,
            stream_bidirectional_sampling_rate=stream_bidirectional_sampling_rate,
            stream_bidirectional_target_legs=stream_bidirectional_target_legs,
            stream_codec=stream_codec,
            stream_establish_before_call_originate=stream_establish_before_call_originate,
            stream_track=stream_track,
            stream_url=stream_url,
            supervise_call_control_id=supervise_call_control_id,
            supervisor_role=supervisor_role,
            time_limit_secs=time_limit_secs,
            timeout_secs=timeout_secs,
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


from ..models.call_assistant_request import CallAssistantRequest
from ..models.conversation_relay_embedded_config import ConversationRelayEmbeddedConfig
from ..models.custom_sip_header import CustomSIPHeader
from ..models.dial_request_answering_machine_detection_config import DialRequestAnsweringMachineDetectionConfig
from ..models.dial_request_conference_config import DialRequestConferenceConfig
from ..models.dial_request_deepfake_detection import DialRequestDeepfakeDetection
from ..models.dial_request_webhook_retries_policies import DialRequestWebhookRetriesPolicies
from ..models.dial_request_webhook_urls import DialRequestWebhookUrls
from ..models.dialogflow_config import DialogflowConfig
from ..models.sip_header import SIPHeader
from ..models.sound_modifications import SoundModifications
from ..models.transcription_start_request import TranscriptionStartRequest
