# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from .._values import ListOf
from ..models.dial_request_answering_machine_detection import DialRequestAnsweringMachineDetection
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class TransferCallRequest(BaseModel):
    """
    Example:
        {'answering_machine_detection': 'detect', 'answering_machine_detection_config':
            {'after_greeting_silence_millis': 1000, 'between_words_silence_millis': 1000, 'greeting_duration_millis': 1000,
            'greeting_silence_duration_millis': 2000, 'greeting_total_analysis_time_millis': 50000,
            'initial_silence_millis': 1000, 'maximum_number_of_words': 1000, 'maximum_word_length_millis': 2000,
            'silence_threshold': 512, 'total_analysis_time_millis': 5000}, 'audio_url':
            'http://www.example.com/sounds/greeting.wav', 'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id':
            '891510ac-f3e4-11e8-af5b-de00688a4901', 'custom_headers': [{'name': 'head_1', 'value': 'val_1'}, {'name':
            'head_2', 'value': 'val_2'}], 'early_media': True, 'from': '+18005550101', 'from_display_name': 'Company Name',
            'media_encryption': 'SRTP', 'send_digits_on_answer': 'wwww200', 'sip_auth_password': 'password',
            'sip_auth_username': 'username', 'sip_headers': [{'name': 'User-to-User', 'value': 'value'}],
            'sip_transport_protocol': 'TLS', 'time_limit_secs': 60, 'timeout_secs': 60, 'to': '+18005550100 or
            sip:username@sip.telnyx.com;secure=srtp', 'webhook_url': 'https://www.example.com/server-b/',
            'webhook_url_method': 'POST'}

    Attributes:
        to (str): The DID or SIP URI to dial out to. For SIP URI destinations, append `;secure=true` or `;secure=srtp`
            to enable SRTP media encryption for that endpoint, or `;secure=dtls` to enable DTLS media encryption for that
            endpoint. If `media_encryption` is set to `SRTP` or `DTLS`, it takes precedence over any per-endpoint `secure`
            URI parameter. You may also append a comma followed by DTMF digits (e.g. `+18004247767,200`) to play those
            digits as DTMF once the transfer destination answers — equivalent to setting `send_digits_on_answer` separately.
            If both are present, the explicit `send_digits_on_answer` parameter takes precedence. Example: +18005550100 or
            sip:username@sip.telnyx.com;secure=srtp.
        answering_machine_detection (DialRequestAnsweringMachineDetection | None): Enables Answering Machine Detection.
            When a call is answered, Telnyx runs real-time detection to determine if it was picked up by a human or a
            machine and sends an `call.machine.detection.ended` webhook with the analysis result. If 'greeting_end' or
            'detect_words' is used and a 'machine' is detected, you will receive another 'call.machine.greeting.ended'
            webhook when the answering machine greeting ends with a beep or silence. If `detect_beep` is used, you will only
            receive 'call.machine.greeting.ended' if a beep is detected.
        answering_machine_detection_config (TransferCallRequestAnsweringMachineDetectionConfig | None): Optional
            configuration parameters to modify 'answering_machine_detection' performance. Only `total_analysis_time_millis`
            and `greeting_duration_millis` parameters are applicable when `premium` is selected as
            answering_machine_detection.
        audio_url (str | None): The URL of a file to be played back when the transfer destination answers before
            bridging the call. The URL can point to either a WAV or MP3 file. media_name and audio_url cannot be used
            together in one request. Example: http://example.com/message.wav.
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | None): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        custom_headers (list[CustomSIPHeader] | None): Custom headers to be added to the SIP INVITE. Example: [{'name':
            'head_1', 'value': 'val_1'}, {'name': 'head_2', 'value': 'val_2'}].
        early_media (bool | None): If set to false, early media will not be passed to the originating leg. Example:
            False.
        from_ (str | None): The `from` number to be used as the caller id presented to the destination (`to` number).
            The number should be in +E164 format. This attribute will default to the `to` number of the original call if
            omitted. Example: +18005550101.
        from_display_name (str | None): The `from_display_name` string to be used as the caller id name (SIP From
            Display Name) presented to the destination (`to` number). The string should have a maximum of 128 characters,
            containing only letters, numbers, spaces, and -_~!.+ special characters. If ommited, the display name will be
            the same as the number in the `from` field. Example: Company Name.
        media_encryption (Literal["DTLS", "SRTP", "disabled"] | None): Defines whether media should be encrypted on the
            new call leg. For SIP URI destinations, media encryption can also be requested per endpoint with the `secure`
            URI parameter: `;secure=true` or `;secure=srtp` enables SRTP, and `;secure=dtls` enables DTLS. This parameter,
            when set to `SRTP` or `DTLS`, takes precedence over the per-endpoint `secure` value.
        media_name (str | None): The media_name of a file to be played back when the transfer destination answers before
            bridging the call. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the
            same user/organization. The file must either be a WAV or MP3 file. Example:
            my_media_uploaded_to_media_storage_api.
        mute_dtmf (Literal["both", "none", "opposite", "self"] | None): When enabled, DTMF tones are not passed to the
            call participant. The webhooks containing the DTMF information will be sent. Example: opposite.
        park_after_unbridge (str | None): Specifies behavior after the bridge ends (i.e. the opposite leg either hangs
            up or is transferred). If supplied with the value `self`, the current leg will be parked after unbridge. If not
            set, the default behavior is to hang up the leg. Example: self.
        preferred_codecs (str | None): The list of comma-separated codecs in order of preference to be used during the
            call. The codecs supported are `G722`, `PCMU`, `PCMA`, `G729`, `OPUS`, `VP8`, `H264`, `AMR-WB`. Example:
            G722,PCMU,PCMA,G729,OPUS,VP8,H264.
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
        send_digits_on_answer (str | None): DTMF digits to send automatically after the transfer destination answers.
            Useful for reaching an extension behind an IVR (e.g. `"200"` to dial extension 200 once the called party picks
            up). Allowed characters: `0-9`, `A-D`, `w` (0.5s pause), `W` (1s pause), `*`, `#`. Maximum 64 characters. When
            omitted, no automatic DTMF is sent. May also be supplied inline by appending `,<digits>` to `to` (e.g.
            `to=+18004247767,200`); if both forms are present, this explicit field takes precedence. Example: wwww200.
        sip_auth_password (str | None): SIP Authentication password used for SIP challenges. Example: password.
        sip_auth_username (str | None): SIP Authentication username used for SIP challenges. Example: username.
        sip_headers (list[SIPHeader] | None): SIP headers to be added to the SIP INVITE. Currently only User-to-User
            header is supported. Example: [{'name': 'User-to-User', 'value': 'value'}].
        sip_region (Literal["Australia", "Canada", "Europe", "Middle East", "US"] | None): Defines the SIP region to be
            used for the call. Example: Canada.
        sip_transport_protocol (Literal["TCP", "TLS", "UDP"] | None): Defines SIP transport protocol to be used on the
            call.
        sound_modifications (SoundModifications | None): Use this field to modify sound effects, for example adjust the
            pitch. Example: {'octaves': 0.1, 'pitch': 0.8, 'semitone': -2, 'track': 'both'}.
        target_leg_client_state (str | None): Use this field to add state to every subsequent webhook for the new leg.
            It must be a valid Base-64 encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        time_limit_secs (int | None): Sets the maximum duration of a Call Control Leg in seconds. If the time limit is
            reached, the call will hangup and a `call.hangup` webhook with a `hangup_cause` of `time_limit` will be sent.
            For example, by setting a time limit of 120 seconds, a Call Leg will be automatically terminated two minutes
            after being answered. The default time limit is 14400 seconds or 4 hours and this is also the maximum allowed
            call length. Example: 600.
        timeout_secs (int | None): The number of seconds that Telnyx will wait for the call to be answered by the
            destination to which it is being transferred. If the timeout is reached before an answer is received, the call
            will hangup and a `call.hangup` webhook with a `hangup_cause` of `timeout` will be sent. Minimum value is 5
            seconds. Maximum value is 600 seconds. Example: 60.
        webhook_retries_policies (TransferCallRequestWebhookRetriesPolicies | None): A map of event types to retry
            policies. Each retry policy contains an array of `retries_ms` specifying the delays between retry attempts in
            milliseconds. Maximum 5 retries, total delay cannot exceed 60 seconds. Example: {'call.answered': {'retries_ms':
            [1000, 2000, 5000]}}.
        webhook_url (str | None): Use this field to override the URL for which Telnyx will send subsequent webhooks to
            for this call. Example: https://www.example.com/server-b/.
        webhook_url_method (Literal["GET", "POST"] | None): HTTP request type used for `webhook_url`. Example: GET.
        webhook_urls (dict[str, str] | None): A map of event types to webhook URLs. When an event of the specified type
            occurs, the webhook URL associated with that event type will be called instead of `webhook_url`. Events not
            mapped here will use the default `webhook_url`. Example: {'call.answered':
            'https://www.example.com/webhooks/answered', 'call.hangup': 'https://www.example.com/webhooks/hangup'}.
        webhook_urls_method (Literal["GET", "POST"] | None): HTTP request method to invoke `webhook_urls`. Example:
            POST.
    """

    to: str
    answering_machine_detection: DialRequestAnsweringMachineDetection | None = None
    answering_machine_detection_config: TransferCallRequestAnsweringMachineDetectionConfig | None = None
    audio_url: str | None = None
    client_state: str | None = None
    command_id: str | None = None
    custom_headers: list[CustomSIPHeader] | None = None
    early_media: bool | None = None
    from_: str | None = None
    from_display_name: str | None = None
    media_encryption: Literal["DTLS", "SRTP", "disabled"] | None = None
    media_name: str | None = None
    mute_dtmf: Literal["both", "none", "opposite", "self"] | None = None
    park_after_unbridge: str | None = None
    preferred_codecs: str | None = None
    privacy: Literal["id", "none"] | None = None
    record: Literal["record-from-answer"] | None = None
    record_channels: Literal["dual", "single"] | None = None
    record_custom_file_name: str | None = None
    record_format: Literal["mp3", "wav"] | None = None
    record_max_length: int | None = None
    record_timeout_secs: int | None = None
    record_track: Literal["both", "inbound", "outbound"] | None = None
    record_trim: Literal["trim-silence"] | None = None
    send_digits_on_answer: str | None = None
    sip_auth_password: str | None = None
    sip_auth_username: str | None = None
    sip_headers: list[SIPHeader] | None = None
    sip_region: Literal["Australia", "Canada", "Europe", "Middle East", "US"] | None = None
    sip_transport_protocol: Literal["TCP", "TLS", "UDP"] | None = None
    sound_modifications: SoundModifications | None = None
    target_leg_client_state: str | None = None
    time_limit_secs: int | None = None
    timeout_secs: int | None = None
    webhook_retries_policies: TransferCallRequestWebhookRetriesPolicies | None = None
    webhook_url: str | None = None
    webhook_url_method: Literal["GET", "POST"] | None = None
    webhook_urls: dict[str, str] | None = None
    webhook_urls_method: Literal["GET", "POST"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("to", "to", True),
        ("answering_machine_detection", "answering_machine_detection", False),
        ("answering_machine_detection_config", "answering_machine_detection_config", False),
        ("audio_url", "audio_url", False),
        ("client_state", "client_state", False),
        ("command_id", "command_id", False),
        ("custom_headers", "custom_headers", False),
        ("early_media", "early_media", False),
        ("from_", "from", False),
        ("from_display_name", "from_display_name", False),
        ("media_encryption", "media_encryption", False),
        ("media_name", "media_name", False),
        ("mute_dtmf", "mute_dtmf", False),
        ("park_after_unbridge", "park_after_unbridge", False),
        ("preferred_codecs", "preferred_codecs", False),
        ("privacy", "privacy", False),
        ("record", "record", False),
        ("record_channels", "record_channels", False),
        ("record_custom_file_name", "record_custom_file_name", False),
        ("record_format", "record_format", False),
        ("record_max_length", "record_max_length", False),
        ("record_timeout_secs", "record_timeout_secs", False),
        ("record_track", "record_track", False),
        ("record_trim", "record_trim", False),
        ("send_digits_on_answer", "send_digits_on_answer", False),
        ("sip_auth_password", "sip_auth_password", False),
        ("sip_auth_username", "sip_auth_username", False),
        ("sip_headers", "sip_headers", False),
        ("sip_region", "sip_region", False),
        ("sip_transport_protocol", "sip_transport_protocol", False),
        ("sound_modifications", "sound_modifications", False),
        ("target_leg_client_state", "target_leg_client_state", False),
        ("time_limit_secs", "time_limit_secs", False),
        ("timeout_secs", "timeout_secs", False),
        ("webhook_retries_policies", "webhook_retries_policies", False),
        ("webhook_url", "webhook_url", False),
        ("webhook_url_method", "webhook_url_method", False),
        ("webhook_urls", "webhook_urls", False),
        ("webhook_urls_method", "webhook_urls_method", False),
    )

    def __init__(
        self,
        *,
        to: str,
        answering_machine_detection: DialRequestAnsweringMachineDetection | Unset | None = UNSET,
        answering_machine_detection_config: TransferCallRequestAnsweringMachineDetectionConfig | Unset | None = UNSET,
        audio_url: str | Unset | None = UNSET,
        client_state: str | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        custom_headers: list[CustomSIPHeader] | Unset | None = UNSET,
        early_media: bool | Unset | None = UNSET,
        from_: str | Unset | None = UNSET,
        from_display_name: str | Unset | None = UNSET,
        media_encryption: Literal["DTLS", "SRTP", "disabled"] | Unset | None = UNSET,
        media_name: str | Unset | None = UNSET,
        mute_dtmf: Literal["both", "none", "opposite", "self"] | Unset | None = UNSET,
        park_after_unbridge: str | Unset | None = UNSET,
        preferred_codecs: str | Unset | None = UNSET,
        privacy: Literal["id", "none"] | Unset | None = UNSET,
        record: Literal["record-from-answer"] | Unset | None = UNSET,
        record_channels: Literal["dual", "single"] | Unset | None = UNSET,
        record_custom_file_name: str | Unset | None = UNSET,
        record_format: Literal["mp3", "wav"] | Unset | None = UNSET,
        record_max_length: int | Unset | None = UNSET,
        record_timeout_secs: int | Unset | None = UNSET,
        record_track: Literal["both", "inbound", "outbound"] | Unset | None = UNSET,
        record_trim: Literal["trim-silence"] | Unset | None = UNSET,
        send_digits_on_answer: str | Unset | None = UNSET,
        sip_auth_password: str | Unset | None = UNSET,
        sip_auth_username: str | Unset | None = UNSET,
        sip_headers: list[SIPHeader] | Unset | None = UNSET,
        sip_region: Literal["Australia", "Canada", "Europe", "Middle East", "US"] | Unset | None = UNSET,
        sip_transport_protocol: Literal["TCP", "TLS", "UDP"] | Unset | None = UNSET,
        sound_modifications: SoundModifications | Unset | None = UNSET,
        target_leg_client_state: str | Unset | None = UNSET,
        time_limit_secs: int | Unset | None = UNSET,
        timeout_secs: int | Unset | None = UNSET,
        webhook_retries_policies: TransferCallRequestWebhookRetriesPolicies | Unset | None = UNSET,
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
        _set(self, "to", d.pop("to", None))
        _set(self, "answering_machine_detection", d.pop("answering_machine_detection", None))
        v = d.pop("answering_machine_detection_config", None)
        _set(
            self,
            "answering_machine_detection_config",
            TransferCallRequestAnsweringMachineDetectionConfig.from_dict(v) if v.__class__ is dict else v,
        )
        _set(self, "audio_url", d.pop("audio_url", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "command_id", d.pop("command_id", None))
        v = d.pop("custom_headers", None)
        _set(
            self,
            "custom_headers",
            [CustomSIPHeader.from_dict(i) if i.__class__ is dict else i for i in v] if v.__class__ is list else v,
        )
        _set(self, "early_media", d.pop("early_media", None))
        _set(self, "from_", d.pop("from", None))
        _set(self, "from_display_name", d.pop("from_display_name", None))
        _set(self, "media_encryption", d.pop("media_encryption", None))
        _set(self, "media_name", d.pop("media_name", None))
        _set(self, "mute_dtmf", d.pop("mute_dtmf", None))
        _set(self, "park_after_unbridge", d.pop("park_after_unbridge", None))
        _set(self, "preferred_codecs", d.pop("preferred_codecs", None))
        _set(self, "privacy", d.pop("privacy", None))
        _set(self, "record", d.pop("record", None))
        _set(self, "record_channels", d.pop("record_channels", None))
        _set(self, "record_custom_file_name", d.pop("record_custom_file_name", None))
        _set(self, "record_format", d.pop("record_format", None))
        _set(self, "record_max_length", d.pop("record_max_length", None))
        _set(self, "record_timeout_secs", d.pop("record_timeout_secs", None))
        _set(self, "record_track", d.pop("record_track", None))
        _set(self, "record_trim", d.pop("record_trim", None))
        _set(self, "send_digits_on_answer", d.pop("send_digits_on_answer", None))
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
        _set(self, "target_leg_client_state", d.pop("target_leg_client_state", None))
        _set(self, "time_limit_secs", d.pop("time_limit_secs", None))
        _set(self, "timeout_secs", d.pop("timeout_secs", None))
        v = d.pop("webhook_retries_policies", None)
        _set(
            self,
            "webhook_retries_policies",
            TransferCallRequestWebhookRetriesPolicies.from_dict(v) if v.__class__ is dict else v,
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
            ("to", str, REQUIRED),
            ("answering_machine_detection", str, 0),
            ("answering_machine_detection_config", TransferCallRequestAnsweringMachineDetectionConfig, 0),
            ("audio_url", str, 0),
            ("client_state", str, 0),
            ("command_id", str, 0),
            ("custom_headers", ListOf(CustomSIPHeader), 0),
            ("early_media", bool, 0),
            ("from", str, 0),
            ("from_display_name", str, 0),
            ("media_encryption", str, 0),
            ("media_name", str, 0),
            ("mute_dtmf", str, 0),
            ("park_after_unbridge", str, 0),
            ("preferred_codecs", str, 0),
            ("privacy", str, 0),
            ("record", str, 0),
            ("record_channels", str, 0),
            ("record_custom_file_name", str, 0),
            ("record_format", str, 0),
            ("record_max_length", int, 0),
            ("record_timeout_secs", int, 0),
            ("record_track", str, 0),
            ("record_trim", str, 0),
            ("send_digits_on_answer", str, 0),
            ("sip_auth_password", str, 0),
            ("sip_auth_username", str, 0),
            ("sip_headers", ListOf(SIPHeader), 0),
            ("sip_region", str, 0),
            ("sip_transport_protocol", str, 0),
            ("sound_modifications", SoundModifications, 0),
            ("target_leg_client_state", str, 0),
            ("time_limit_secs", int, 0),
            ("timeout_secs", int, 0),
            ("webhook_retries_policies", TransferCallRequestWebhookRetriesPolicies, 0),
            ("webhook_url", str, 0),
            ("webhook_url_method", str, 0),
            ("webhook_urls", dict, 0),
            ("webhook_urls_method", str, 0),
        )


from ..models.custom_sip_header import CustomSIPHeader
from ..models.sip_header import SIPHeader
from ..models.sound_modifications import SoundModifications
from ..models.transfer_call_request_answering_machine_detection_config import (
    TransferCallRequestAnsweringMachineDetectionConfig,
)
from ..models.transfer_call_request_webhook_retries_policies import TransferCallRequestWebhookRetriesPolicies
