from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..models.transcription_language import TranscriptionLanguage
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class StartRecordingRequest(BaseModel):
    """
    Example:
        {'channels': 'single', 'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id':
            '891510ac-f3e4-11e8-af5b-de00688a4901', 'format': 'wav', 'max_length': 0, 'play_beep': True, 'timeout_secs': 0,
            'transcription': True, 'transcription_engine': 'B', 'transcription_language': 'en'}

    Attributes:
        channels (Literal["dual", "single"]): When `dual`, final audio file will be stereo recorded with the first leg
            on channel A, and the rest on channel B. Example: single.
        format (Literal["mp3", "wav"]): The audio file format used when storing the call recording. Can be either `mp3`
            or `wav`. Example: mp3.
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | None): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        custom_file_name (str | None): The custom recording file name to be used instead of the default `call_leg_id`.
            Telnyx will still add a Unix timestamp suffix. Example: my_recording_file_name.
        max_length (int | None): Defines the maximum length for the recording in seconds. The minimum value is 0. The
            maximum value is 14400. The default value is 0 (infinite) Example: 100.
        play_beep (bool | None): If enabled, a beep sound will be played at the start of a recording. Example: True.
        recording_track (Literal["both", "inbound", "outbound"] | None): The audio track to be recorded. Can be either
            `both`, `inbound` or `outbound`. If only single track is specified (`inbound`, `outbound`), `channels`
            configuration is ignored and it will be recorded as mono (single channel). Example: outbound.
        timeout_secs (int | None): The number of seconds that Telnyx will wait for the recording to be stopped if
            silence is detected. The timer only starts when the speech is detected. Please note that call transcription is
            used to detect silence and the related charge will be applied. The minimum value is 0. The default value is 0
            (infinite) Example: 100.
        transcription (bool | None): Enable post recording transcription. The default value is false. Example: True.
        transcription_engine (Literal["A", "B", "deepgram/nova-3"] | None): Engine to use for speech recognition. `A` -
            `Google`, `B` - `Telnyx`, `deepgram/nova-3` - `Deepgram Nova-3`. Note: `deepgram/nova-3` supports only `en` and
            `en-{Region}` languages. Example: A.
        transcription_language (TranscriptionLanguage | None): Language code for transcription. Note: Not all languages
            are supported by all transcription engines (google, telnyx, deepgram). See engine-specific documentation for
            supported values. Example: en-US.
        transcription_max_speaker_count (int | None): Defines maximum number of speakers in the conversation. Applies to
            `google` engine only. Example: 4.
        transcription_min_speaker_count (int | None): Defines minimum number of speakers in the conversation. Applies to
            `google` engine only. Example: 4.
        transcription_profanity_filter (bool | None): Enables profanity_filter. Applies to `google` engine only.
            Example: True.
        transcription_speaker_diarization (bool | None): Enables speaker diarization. Applies to `google` engine only.
            Example: True.
        trim (Literal["trim-silence"] | None): When set to `trim-silence`, silence will be removed from the beginning
            and end of the recording. Example: trim-silence.
    """

    channels: Literal["dual", "single"]
    format: Literal["mp3", "wav"]
    client_state: str | None = None
    command_id: str | None = None
    custom_file_name: str | None = None
    max_length: int | None = None
    play_beep: bool | None = None
    recording_track: Literal["both", "inbound", "outbound"] | None = None
    timeout_secs: int | None = None
    transcription: bool | None = None
    transcription_engine: Literal["A", "B", "deepgram/nova-3"] | None = None
    transcription_language: TranscriptionLanguage | None = None
    transcription_max_speaker_count: int | None = None
    transcription_min_speaker_count: int | None = None
    transcription_profanity_filter: bool | None = None
    transcription_speaker_diarization: bool | None = None
    trim: Literal["trim-silence"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("channels", "channels", True),
        ("format", "format", True),
        ("client_state", "client_state", False),
        ("command_id", "command_id", False),
        ("custom_file_name", "custom_file_name", False),
        ("max_length", "max_length", False),
        ("play_beep", "play_beep", False),
        ("recording_track", "recording_track", False),
        ("timeout_secs", "timeout_secs", False),
        ("transcription", "transcription", False),
        ("transcription_engine", "transcription_engine", False),
        ("transcription_language", "transcription_language", False),
        ("transcription_max_speaker_count", "transcription_max_speaker_count", False),
        ("transcription_min_speaker_count", "transcription_min_speaker_count", False),
        ("transcription_profanity_filter", "transcription_profanity_filter", False),
        ("transcription_speaker_diarization", "transcription_speaker_diarization", False),
        ("trim", "trim", False),
    )

    def __init__(
        self,
        *,
        channels: Literal["dual", "single"],
        format: Literal["mp3", "wav"],
        client_state: str | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        custom_file_name: str | Unset | None = UNSET,
        max_length: int | Unset | None = UNSET,
        play_beep: bool | Unset | None = UNSET,
        recording_track: Literal["both", "inbound", "outbound"] | Unset | None = UNSET,
        timeout_secs: int | Unset | None = UNSET,
        transcription: bool | Unset | None = UNSET,
        transcription_engine: Literal["A", "B", "deepgram/nova-3"] | Unset | None = UNSET,
        transcription_language: TranscriptionLanguage | Unset | None = UNSET,
        transcription_max_speaker_count: int | Unset | None = UNSET,
        transcription_min_speaker_count: int | Unset | None = UNSET,
        transcription_profanity_filter: bool | Unset | None = UNSET,
        transcription_speaker_diarization: bool | Unset | None = UNSET,
        trim: Literal["trim-silence"] | Unset | None = UNSET,
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
        _set(self, "channels", d.pop("channels", None))
        _set(self, "format", d.pop("format", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "command_id", d.pop("command_id", None))
        _set(self, "custom_file_name", d.pop("custom_file_name", None))
        _set(self, "max_length", d.pop("max_length", None))
        _set(self, "play_beep", d.pop("play_beep", None))
        _set(self, "recording_track", d.pop("recording_track", None))
        _set(self, "timeout_secs", d.pop("timeout_secs", None))
        _set(self, "transcription", d.pop("transcription", None))
        _set(self, "transcription_engine", d.pop("transcription_engine", None))
        _set(self, "transcription_language", d.pop("transcription_language", None))
        _set(self, "transcription_max_speaker_count", d.pop("transcription_max_speaker_count", None))
        _set(self, "transcription_min_speaker_count", d.pop("transcription_min_speaker_count", None))
        _set(self, "transcription_profanity_filter", d.pop("transcription_profanity_filter", None))
        _set(self, "transcription_speaker_diarization", d.pop("transcription_speaker_diarization", None))
        _set(self, "trim", d.pop("trim", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("channels", str, REQUIRED),
            ("format", str, REQUIRED),
            ("client_state", str, 0),
            ("command_id", str, 0),
            ("custom_file_name", str, 0),
            ("max_length", int, 0),
            ("play_beep", bool, 0),
            ("recording_track", str, 0),
            ("timeout_secs", int, 0),
            ("transcription", bool, 0),
            ("transcription_engine", str, 0),
            ("transcription_language", str, 0),
            ("transcription_max_speaker_count", int, 0),
            ("transcription_min_speaker_count", int, 0),
            ("transcription_profanity_filter", bool, 0),
            ("transcription_speaker_diarization", bool, 0),
            ("trim", str, 0),
        )
