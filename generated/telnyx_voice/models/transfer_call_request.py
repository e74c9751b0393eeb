# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..models.dial_request_answering_machine_detection import DialRequestAnsweringMachineDetection
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferCallRequest")


@_attrs_define(frozen=True)
class TransferCallRequest:
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
        answering_machine_detection (DialRequestAnsweringMachineDetection | Unset): Enables Answering Machine Detection.
            When a call is answered, Telnyx runs real-time detection to determine if it was picked up by a human or a
            machine and sends an `call.machine.detection.ended` webhook with the analysis result. If 'greeting_end' or
            'detect_words' is used and a 'machine' is detected, you will receive another 'call.machine.greeting.ended'
            webhook when the answering machine greeting ends with a beep or silence. If `detect_beep` is used, you will only
            receive 'call.machine.greeting.ended' if a beep is detected.
        answering_machine_detection_config (TransferCallRequestAnsweringMachineDetectionConfig | Unset): Optional
            configuration parameters to modify 'answering_machine_detection' performance. Only `total_analysis_time_millis`
            and `greeting_duration_millis` parameters are applicable when `premium` is selected as
            answering_machine_detection.
        audio_url (str | Unset): The URL of a file to be played back when the transfer destination answers before
            bridging the call. The URL can point to either a WAV or MP3 file. media_name and audio_url cannot be used
            together in one request. Example: http://example.com/message.wav.
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        custom_headers (list[CustomSIPHeader] | Unset): Custom headers to be added to the SIP INVITE. Example: [{'name':
            'head_1', 'value': 'val_1'}, {'name': 'head_2', 'value': 'val_2'}].
        early_media (bool | Unset): If set to false, early media will not be passed to the originating leg. Example:
            False.
        from_ (str | Unset): The `from` number to be used as the caller id presented to the destination (`to` number).
            The number should be in +E164 format. This attribute will default to the `to` number of the original call if
            omitted. Example: +18005550101.
        from_display_name (str | Unset): The `from_display_name` string to be used as the caller id name (SIP From
            Display Name) presented to the destination (`to` number). The string should have a maximum of 128 characters,
            containing only letters, numbers, spaces, and -_~!.+ special characters. If ommited, the display name will be
            the same as the number in the `from` field. Example: Company Name.
        media_encryption (Literal["DTLS", "SRTP", "disabled"] | Unset): Defines whether media should be encrypted on the
            new call leg. For SIP URI destinations, media encryption can also be requested per endpoint with the `secure`
            URI parameter: `;secure=true` or `;secure=srtp` enables SRTP, and `;secure=dtls` enables DTLS. This parameter,
            when set to `SRTP` or `DTLS`, takes precedence over the per-endpoint `secure` value.
        media_name (str | Unset): The media_name of a file to be played back when the transfer destination answers
            before bridging the call. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by
            the same user/organization. The file must either be a WAV or MP3 file. Example:
            my_media_uploaded_to_media_storage_api.
        mute_dtmf (Literal["both", "none", "opposite", "self"] | Unset): When enabled, DTMF tones are not passed to the
            call participant. The webhooks containing the DTMF information will be sent. Example: opposite.
        park_after_unbridge (str | Unset): Specifies behavior after the bridge ends (i.e. the opposite leg either hangs
            up or is transferred). If supplied with the value `self`, the current leg will be parked after unbridge. If not
            set, the default behavior is to hang up the leg. Example: self.
        preferred_codecs (str | Unset): The list of comma-separated codecs in order of preference to be used during the
            call. The codecs supported are `G722`, `PCMU`, `PCMA`, `G729`, `OPUS`, `VP8`, `H264`, `AMR-WB`. Example:
            G722,PCMU,PCMA,G729,OPUS,VP8,H264.
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
        send_digits_on_answer (str | Unset): DTMF digits to send automatically after the transfer destination answers.
            Useful for reaching an extension behind an IVR (e.g. `"200"` to dial extension 200 once the called party picks
            up). Allowed characters: `0-9`, `A-D`, `w` (0.5s pause), `W` (1s pause), `*`, `#`. Maximum 64 characters. When
            omitted, no automatic DTMF is sent. May also be supplied inline by appending `,<digits>` to `to` (e.g.
            `to=+18004247767,200`); if both forms are present, this explicit field takes precedence. Example: wwww200.
        sip_auth_password (str | Unset): SIP Authentication password used for SIP challenges. Example: password.
        sip_auth_username (str | Unset): SIP Authentication username used for SIP challenges. Example: username.
        sip_headers (list[SIPHeader] | Unset): SIP headers to be added to the SIP INVITE. Currently only User-to-User
            header is supported. Example: [{'name': 'User-to-User', 'value': 'value'}].
        sip_region (Literal["Australia", "Canada", "Europe", "Middle East", "US"] | Unset): Defines the SIP region to be
            used for the call. Example: Canada.
        sip_transport_protocol (Literal["TCP", "TLS", "UDP"] | Unset): Defines SIP transport protocol to be used on the
            call.
        sound_modifications (SoundModifications | Unset): Use this field to modify sound effects, for example adjust the
            pitch. Example: {'octaves': 0.1, 'pitch': 0.8, 'semitone': -2, 'track': 'both'}.
        target_leg_client_state (str | Unset): Use this field to add state to every subsequent webhook for the new leg.
            It must be a valid Base-64 encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        time_limit_secs (int | Unset): Sets the maximum duration of a Call Control Leg in seconds. If the time limit is
            reached, the call will hangup and a `call.hangup` webhook with a `hangup_cause` of `time_limit` will be sent.
            For example, by setting a time limit of 120 seconds, a Call Leg will be automatically terminated two minutes
            after being answered. The default time limit is 14400 seconds or 4 hours and this is also the maximum allowed
            call length. Example: 600.
        timeout_secs (int | Unset): The number of seconds that Telnyx will wait for the call to be answered by the
            destination to which it is being transferred. If the timeout is reached before an answer is received, the call
            will hangup and a `call.hangup` webhook with a `hangup_cause` of `timeout` will be sent. Minimum value is 5
            seconds. Maximum value is 600 seconds. Example: 60.
        webhook_retries_policies (TransferCallRequestWebhookRetriesPolicies | Unset): A map of event types to retry
            policies. Each retry policy contains an array of `retries_ms` specifying the delays between retry attempts in
            milliseconds. Maximum 5 retries, total delay cannot exceed 60 seconds. Example: {'call.answered': {'retries_ms':
            [1000, 2000, 5000]}}.
        webhook_url (str | Unset): Use this field to override the URL for which Telnyx will send subsequent webhooks to
            for this call. Example: https://www.example.com/server-b/.
        webhook_url_method (Literal["GET", "POST"] | Unset): HTTP request type used for `webhook_url`. Example: GET.
        webhook_urls (TransferCallRequestWebhookUrls | Unset): A map of event types to webhook URLs. When an event of
            the specified type occurs, the webhook URL associated with that event type will be called instead of
            `webhook_url`. Events not mapped here will use the default `webhook_url`. Example: {'call.answered':
            'https://www.example.com/webhooks/answered', 'call.hangup': 'https://www.example.com/webhooks/hangup'}.
        webhook_urls_method (Literal["GET", "POST"] | Unset): HTTP request method to invoke `webhook_urls`. Example:
            POST.
    """

    to: str
    answering_machine_detection: DialRequestAnsweringMachineDetection | Unset = UNSET
    answering_machine_detection_config: TransferCallRequestAnsweringMachineDetectionConfig | Unset = UNSET
    audio_url: str | Unset = UNSET
    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    custom_headers: list[CustomSIPHeader] | Unset = UNSET
    early_media: bool | Unset = UNSET
    from_: str | Unset = UNSET
    from_display_name: str | Unset = UNSET
    media_encryption: Literal["DTLS", "SRTP", "disabled"] | Unset = UNSET
    media_name: str | Unset = UNSET
    mute_dtmf: Literal["both", "none", "opposite", "self"] | Unset = UNSET
    park_after_unbridge: str | Unset = UNSET
    preferred_codecs: str | Unset = UNSET
    privacy: Literal["id", "none"] | Unset = UNSET
    record: Literal["record-from-answer"] | Unset = UNSET
    record_channels: Literal["dual", "single"] | Unset = UNSET
    record_custom_file_name: str | Unset = UNSET
    record_format: Literal["mp3", "wav"] | Unset = UNSET
    record_max_length: int | Unset = UNSET
    record_timeout_secs: int | Unset = UNSET
    record_track: Literal["both", "inbound", "outbound"] | Unset = UNSET
    record_trim: Literal["trim-silence"] | Unset = UNSET
    send_digits_on_answer: str | Unset = UNSET
    sip_auth_password: str | Unset = UNSET
    sip_auth_username: str | Unset = UNSET
    sip_headers: list[SIPHeader] | Unset = UNSET
    sip_region: Literal["Australia", "Canada", "Europe", "Middle East", "US"] | Unset = UNSET
    sip_transport_protocol: Literal["TCP", "TLS", "UDP"] | Unset = UNSET
    sound_modifications: SoundModifications | Unset = UNSET
    target_leg_client_state: str | Unset = UNSET
    time_limit_secs: int | Unset = UNSET
    timeout_secs: int | Unset = UNSET
    webhook_retries_policies: TransferCallRequestWebhookRetriesPolicies | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_url_method: Literal["GET", "POST"] | Unset = UNSET
    webhook_urls: TransferCallRequestWebhookUrls | Unset = UNSET
    webhook_urls_method: Literal["GET", "POST"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        answering_machine_detection: str | Unset = UNSET
        if not isinstance(self.answering_machine_detection, Unset):
            answering_machine_detection = self.answering_machine_detection

        answering_machine_detection_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.answering_machine_detection_config, Unset):
            answering_machine_detection_config = self.answering_machine_detection_config.to_dict()

        audio_url = self.audio_url

        client_state = self.client_state

        command_id = self.command_id

        custom_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_headers, Unset):
            custom_headers = []
            for custom_headers_item_data in self.custom_headers:
                custom_headers_item = custom_headers_item_data.to_dict()
                custom_headers.append(custom_headers_item)

        early_media = self.early_media

        from_ = self.from_

        from_display_name = self.from_display_name

        media_encryption: str | Unset = UNSET
        if not isinstance(self.media_encryption, Unset):
            media_encryption = self.media_encryption

        media_name = self.media_name

        mute_dtmf: str | Unset = UNSET
        if not isinstance(self.mute_dtmf, Unset):
            mute_dtmf = self.mute_dtmf

        park_after_unbridge = self.park_after_unbridge

        preferred_codecs = self.preferred_codecs

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

        send_digits_on_answer = self.send_digits_on_answer

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

        target_leg_client_state = self.target_leg_client_state

        time_limit_secs = self.time_limit_secs

        timeout_secs = self.timeout_secs

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
                "to": to,
            }
        )
        if answering_machine_detection is not UNSET:
            field_dict["answering_machine_detection"] = answering_machine_detection
        if answering_machine_detection_config is not UNSET:
            field_dict["answering_machine_detection_config"] = answering_machine_detection_config
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if custom_headers is not UNSET:
            field_dict["custom_headers"] = custom_headers
        if early_media is not UNSET:
            field_dict["early_media"] = early_media
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_display_name is not UNSET:
            field_dict["from_display_name"] = from_display_name
        if media_encryption is not UNSET:
            field_dict["media_encryption"] = media_encryption
        if media_name is not UNSET:
            field_dict["media_name"] = media_name
        if mute_dtmf is not UNSET:
            field_dict["mute_dtmf"] = mute_dtmf
        if park_after_unbridge is not UNSET:
            field_dict["park_after_unbridge"] = park_after_unbridge
        if preferred_codecs is not UNSET:
            field_dict["preferred_codecs"] = preferred_codecs
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
        if send_digits_on_answer is not UNSET:
            field_dict["send_digits_on_answer"] = send_digits_on_answer
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
        if target_leg_client_state is not UNSET:
            field_dict["target_leg_client_state"] = target_leg_client_state
        if time_limit_secs is not UNSET:
            field_dict["time_limit_secs"] = time_limit_secs
        if timeout_secs is not UNSET:
            field_dict["timeout_secs"] = timeout_secs
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
        to = d.pop("to")

        _answering_machine_detection = d.pop("answering_machine_detection", UNSET)
        answering_machine_detection: DialRequestAnsweringMachineDetection | Unset
        if isinstance(_answering_machine_detection, Unset):
            answering_machine_detection = UNSET
        else:
            answering_machine_detection = enum_value(_answering_machine_detection, str)

        _answering_machine_detection_config = d.pop("answering_machine_detection_config", UNSET)
        answering_machine_detection_config: TransferCallRequestAnsweringMachineDetectionConfig | Unset
        if isinstance(_answering_machine_detection_config, Unset):
            answering_machine_detection_config = UNSET
        else:
            answering_machine_detection_config = TransferCallRequestAnsweringMachineDetectionConfig.from_dict(
                _answering_machine_detection_config
            )

        audio_url = d.pop("audio_url", UNSET)

        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        _custom_headers = d.pop("custom_headers", UNSET)
        custom_headers: list[CustomSIPHeader] | Unset = UNSET
        if _custom_headers is not UNSET:
            custom_headers = []
            for custom_headers_item_data in _custom_headers:
                custom_headers_item = CustomSIPHeader.from_dict(custom_headers_item_data)

                custom_headers.append(custom_headers_item)

        early_media = d.pop("early_media", UNSET)

        from_ = d.pop("from", UNSET)

        from_display_name = d.pop("from_display_name", UNSET)

        _media_encryption = d.pop("media_encryption", UNSET)
        media_encryption: Literal["DTLS", "SRTP", "disabled"] | Unset
        media_encryption = UNSET if isinstance(_media_encryption, Unset) else enum_value(_media_encryption, str)

        media_name = d.pop("media_name", UNSET)

        _mute_dtmf = d.pop("mute_dtmf", UNSET)
        mute_dtmf: Literal["both", "none", "opposite", "self"] | Unset
        mute_dtmf = UNSET if isinstance(_mute_dtmf, Unset) else enum_value(_mute_dtmf, str)

        park_after_unbridge = d.pop("park_after_unbridge", UNSET)

        preferred_codecs = d.pop("preferred_codecs", UNSET)

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

        send_digits_on_answer = d.pop("send_digits_on_answer", UNSET)

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

        target_leg_client_state = d.pop("target_leg_client_state", UNSET)

        time_limit_secs = d.pop("time_limit_secs", UNSET)

        timeout_secs = d.pop("timeout_secs", UNSET)

        _webhook_retries_policies = d.pop("webhook_retries_policies", UNSET)
        webhook_retries_policies: TransferCallRequestWebhookRetriesPolicies | Unset
        if isinstance(_webhook_retries_policies, Unset):
            webhook_retries_policies = UNSET
        else:
            webhook_retries_policies = TransferCallRequestWebhookRetriesPolicies.from_dict(_webhook_retries_policies)

        webhook_url = d.pop("webhook_url", UNSET)

        _webhook_url_method = d.pop("webhook_url_method", UNSET)
        webhook_url_method: Literal["GET", "POST"] | Unset
        webhook_url_method = UNSET if isinstance(_webhook_url_method, Unset) else enum_value(_webhook_url_method, str)

        _webhook_urls = d.pop("webhook_urls", UNSET)
        webhook_urls: TransferCallRequestWebhookUrls | Unset
        if isinstance(_webhook_urls, Unset):
            webhook_urls = UNSET
        else:
            webhook_urls = TransferCallRequestWebhookUrls.from_dict(_webhook_urls)

        _webhook_urls_method = d.pop("webhook_urls_method", UNSET)
        webhook_urls_method: Literal["GET", "POST"] | Unset
        if isinstance(_webhook_urls_method, Unset):
            webhook_urls_method = UNSET
        else:
            webhook_urls_method = enum_value(_webhook_urls_method, str)

        additional_properties = d
        return cls(
            to=to,
            answering_machine_detection=answering_machine_detection,
            answering_machine_detection_config=answering_machine_detection_config,
            audio_url=audio_url,
            client_state=client_state,
            command_id=command_id,
            custom_headers=custom_headers,
            early_media=early_media,
            from_=from_,
            from_display_name=from_display_name,
            media_encryption=media_encryption,
            media_name=media_name,
            mute_dtmf=mute_dtmf,
            park_after_unbridge=park_after_unbridge,
            preferred_codecs=preferred_codecs,
            privacy=privacy,
            record=record,
            record_channels=record_channels,
            record_custom_file_name=record_custom_file_name,
            record_format=record_format,
            record_max_length=record_max_length,
            record_timeout_secs=record_timeout_secs,
            record_track=record_track,
            record_trim=record_trim,
            send_digits_on_answer=send_digits_on_answer,
            sip_auth_password=sip_auth_password,
            sip_auth_username=sip_auth_username,
            sip_headers=sip_headers,
            sip_region=sip_region,
            sip_transport_protocol=sip_transport_protocol,
            sound_modifications=sound_modifications,
            target_leg_client_state=target_leg_client_state,
            time_limit_secs=time_limit_secs,
            timeout_secs=timeout_secs,
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


from ..models.custom_sip_header import CustomSIPHeader
from ..models.sip_header import SIPHeader
from ..models.sound_modifications import SoundModifications
from ..models.transfer_call_request_answering_machine_detection_config import (
    TransferCallRequestAnsweringMachineDetectionConfig,
)
from ..models.transfer_call_request_webhook_retries_policies import TransferCallRequestWebhookRetriesPolicies
from ..models.transfer_call_request_webhook_urls import TransferCallRequestWebhookUrls
