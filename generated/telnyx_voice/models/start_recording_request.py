from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..models.transcription_language import TranscriptionLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartRecordingRequest")


@_attrs_define(frozen=True)
class StartRecordingRequest:
    """
    Example:
        {'channels': 'single', 'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id':
            '891510ac-f3e4-11e8-af5b-de00688a4901', 'format': 'wav', 'max_length': 0, 'play_beep': True, 'timeout_secs': 0,
            'transcription': True, 'transcription_engine': 'B', 'transcription_language': 'en'}

    Attributes:
        channels (Literal["dual", "single"]): When `dual`, final audio file will be stereo recorded with the first leg
            on channel A, and the rest on channel B. Example: single.
        format_ (Literal["mp3", "wav"]): The audio file format used when storing the call recording. Can be either `mp3`
            or `wav`. Example: mp3.
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        custom_file_name (str | Unset): The custom recording file name to be used instead of the default `call_leg_id`.
            Telnyx will still add a Unix timestamp suffix. Example: my_recording_file_name.
        max_length (int | Unset): Defines the maximum length for the recording in seconds. The minimum value is 0. The
            maximum value is 14400. The default value is 0 (infinite) Example: 100.
        play_beep (bool | Unset): If enabled, a beep sound will be played at the start of a recording. Example: True.
        recording_track (Literal["both", "inbound", "outbound"] | Unset): The audio track to be recorded. Can be either
            `both`, `inbound` or `outbound`. If only single track is specified (`inbound`, `outbound`), `channels`
            configuration is ignored and it will be recorded as mono (single channel). Example: outbound.
        timeout_secs (int | Unset): The number of seconds that Telnyx will wait for the recording to be stopped if
            silence is detected. The timer only starts when the speech is detected. Please note that call transcription is
            used to detect silence and the related charge will be applied. The minimum value is 0. The default value is 0
            (infinite) Example: 100.
        transcription (bool | Unset): Enable post recording transcription. The default value is false. Example: True.
        transcription_engine (Literal["A", "B", "deepgram/nova-3"] | Unset): Engine to use for speech recognition. `A` -
            `Google`, `B` - `Telnyx`, `deepgram/nova-3` - `Deepgram Nova-3`. Note: `deepgram/nova-3` supports only `en` and
            `en-{Region}` languages. Example: A.
        transcription_language (TranscriptionLanguage | Unset): Language code for transcription. Note: Not all languages
            are supported by all transcription engines (google, telnyx, deepgram). See engine-specific documentation for
            supported values. Example: en-US.
        transcription_max_speaker_count (int | Unset): Defines maximum number of speakers in the conversation. Applies
            to `google` engine only. Example: 4.
        transcription_min_speaker_count (int | Unset): Defines minimum number of speakers in the conversation. Applies
            to `google` engine only. Example: 4.
        transcription_profanity_filter (bool | Unset): Enables profanity_filter. Applies to `google` engine only.
            Example: True.
        transcription_speaker_diarization (bool | Unset): Enables speaker diarization. Applies to `google` engine only.
            Example: True.
        trim (Literal["trim-silence"] | Unset): When set to `trim-silence`, silence will be removed from the beginning
            and end of the recording. Example: trim-silence.
    """

    channels: Literal["dual", "single"]
    format_: Literal["mp3", "wav"]
    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    custom_file_name: str | Unset = UNSET
    max_length: int | Unset = UNSET
    play_beep: bool | Unset = UNSET
    recording_track: Literal["both", "inbound", "outbound"] | Unset = UNSET
    timeout_secs: int | Unset = UNSET
    transcription: bool | Unset = UNSET
    transcription_engine: Literal["A", "B", "deepgram/nova-3"] | Unset = UNSET
    transcription_language: TranscriptionLanguage | Unset = UNSET
    transcription_max_speaker_count: int | Unset = UNSET
    transcription_min_speaker_count: int | Unset = UNSET
    transcription_profanity_filter: bool | Unset = UNSET
    transcription_speaker_diarization: bool | Unset = UNSET
    trim: Literal["trim-silence"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        channels: str = self.channels

        format_: str = self.format_

        client_state = self.client_state

        command_id = self.command_id

        custom_file_name = self.custom_file_name

        max_length = self.max_length

        play_beep = self.play_beep

        recording_track: str | Unset = UNSET
        if not isinstance(self.recording_track, Unset):
            recording_track = self.recording_track

        timeout_secs = self.timeout_secs

        transcription = self.transcription

        transcription_engine: str | Unset = UNSET
        if not isinstance(self.transcription_engine, Unset):
            transcription_engine = self.transcription_engine

        transcription_language: str | Unset = UNSET
        if not isinstance(self.transcription_language, Unset):
            transcription_language = self.transcription_language

        transcription_max_speaker_count = self.transcription_max_speaker_count

        transcription_min_speaker_count = self.transcription_min_speaker_count

        transcription_profanity_filter = self.transcription_profanity_filter

        transcription_speaker_diarization = self.transcription_speaker_diarization

        trim: str | Unset = UNSET
        if not isinstance(self.trim, Unset):
            trim = self.trim

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channels": channels,
                "format": format_,
            }
        )
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if custom_file_name is not UNSET:
            field_dict["custom_file_name"] = custom_file_name
        if max_length is not UNSET:
            field_dict["max_length"] = max_length
        if play_beep is not UNSET:
            field_dict["play_beep"] = play_beep
        if recording_track is not UNSET:
            field_dict["recording_track"] = recording_track
        if timeout_secs is not UNSET:
            field_dict["timeout_secs"] = timeout_secs
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if transcription_engine is not UNSET:
            field_dict["transcription_engine"] = transcription_engine
        if transcription_language is not UNSET:
            field_dict["transcription_language"] = transcription_language
        if transcription_max_speaker_count is not UNSET:
            field_dict["transcription_max_speaker_count"] = transcription_max_speaker_count
        if transcription_min_speaker_count is not UNSET:
            field_dict["transcription_min_speaker_count"] = transcription_min_speaker_count
        if transcription_profanity_filter is not UNSET:
            field_dict["transcription_profanity_filter"] = transcription_profanity_filter
        if transcription_speaker_diarization is not UNSET:
            field_dict["transcription_speaker_diarization"] = transcription_speaker_diarization
        if trim is not UNSET:
            field_dict["trim"] = trim

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channels = enum_value(d.pop("channels"), str)

        format_ = enum_value(d.pop("format"), str)

        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        custom_file_name = d.pop("custom_file_name", UNSET)

        max_length = d.pop("max_length", UNSET)

        play_beep = d.pop("play_beep", UNSET)

        _recording_track = d.pop("recording_track", UNSET)
        recording_track: Literal["both", "inbound", "outbound"] | Unset
        recording_track = UNSET if isinstance(_recording_track, Unset) else enum_value(_recording_track, str)

        timeout_secs = d.pop("timeout_secs", UNSET)

        transcription = d.pop("transcription", UNSET)

        _transcription_engine = d.pop("transcription_engine", UNSET)
        transcription_engine: Literal["A", "B", "deepgram/nova-3"] | Unset
        if isinstance(_transcription_engine, Unset):
            transcription_engine = UNSET
        else:
            transcription_engine = enum_value(_transcription_engine, str)

        _transcription_language = d.pop("transcription_language", UNSET)
        transcription_language: TranscriptionLanguage | Unset
        if isinstance(_transcription_language, Unset):
            transcription_language = UNSET
        else:
            transcription_language = enum_value(_transcription_language, str)

        transcription_max_speaker_count = d.pop("transcription_max_speaker_count", UNSET)

        transcription_min_speaker_count = d.pop("transcription_min_speaker_count", UNSET)

        transcription_profanity_filter = d.pop("transcription_profanity_filter", UNSET)

        transcription_speaker_diarization = d.pop("transcription_speaker_diarization", UNSET)

        _trim = d.pop("trim", UNSET)
        trim: Literal["trim-silence"] | Unset
        trim = UNSET if isinstance(_trim, Unset) else enum_value(_trim, str)

        additional_properties = d
        return cls(
            channels=channels,
            format_=format_,
            client_state=client_state,
            command_id=command_id,
            custom_file_name=custom_file_name,
            max_length=max_length,
            play_beep=play_beep,
            recording_track=recording_track,
            timeout_secs=timeout_secs,
            transcription=transcription,
            transcription_engine=transcription_engine,
            transcription_language=transcription_language,
            transcription_max_speaker_count=transcription_max_speaker_count,
            transcription_min_speaker_count=transcription_min_speaker_count,
            transcription_profanity_filter=transcription_profanity_filter,
            transcription_speaker_diarization=transcription_speaker_diarization,
            trim=trim,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
