from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from .._values import OneOf
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class PlayAudioURLRequest(BaseModel):
    """
    Example:
        {'audio_url': 'http://www.example.com/sounds/greeting.wav', 'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d',
            'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901', 'loop': 'infinity', 'overlay': True, 'stop': 'current',
            'target_legs': 'self'}

    Attributes:
        audio_type (Literal["mp3", "wav"] | None): Specifies the type of audio provided in `audio_url` or
            `playback_content`. Example: wav.
        audio_url (str | None): The URL of a file to be played back on the call. The URL can point to either a WAV or
            MP3 file. media_name and audio_url cannot be used together in one request. Example:
            http://example.com/message.wav.
        cache_audio (bool | None): Caches the audio file. Useful when playing the same audio file multiple times during
            the call. Example: True.
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | None): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        loop (int | str | None):
        media_name (str | None): The media_name of a file to be played back on the call. The media_name must point to a
            file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV
            or MP3 file. Example: my_media_uploaded_to_media_storage_api.
        overlay (bool | None): When enabled, audio will be mixed on top of any other audio that is actively being played
            back. Note that `overlay: true` will only work if there is another audio file already being played on the call.
            Example: True.
        playback_content (str | None): Allows a user to provide base64 encoded mp3 or wav. Note: when using this
            parameter, `media_url` and `media_name` in the `playback_started` and `playback_ended` webhooks will be empty
            Example: SUQzAwAAAAADf1....
        stop (str | None): When specified, it stops the current audio being played. Specify `current` to stop the
            current audio being played, and to play the next file in the queue. Specify `all` to stop the current audio file
            being played and to also clear all audio files from the queue. Example: current.
        target_legs (str | None): Specifies the leg or legs on which audio will be played. If supplied, the value must
            be either `self`, `opposite` or `both`. Example: self.
    """

    audio_type: Literal["mp3", "wav"] | None = None
    audio_url: str | None = None
    cache_audio: bool | None = None
    client_state: str | None = None
    command_id: str | None = None
    loop: int | str | None = None
    media_name: str | None = None
    overlay: bool | None = None
    playback_content: str | None = None
    stop: str | None = None
    target_legs: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("audio_type", "audio_type", False),
        ("audio_url", "audio_url", False),
        ("cache_audio", "cache_audio", False),
        ("client_state", "client_state", False),
        ("command_id", "command_id", False),
        ("loop", "loop", False),
        ("media_name", "media_name", False),
        ("overlay", "overlay", False),
        ("playback_content", "playback_content", False),
        ("stop", "stop", False),
        ("target_legs", "target_legs", False),
    )

    def __init__(
        self,
        *,
        audio_type: Literal["mp3", "wav"] | Unset | None = UNSET,
        audio_url: str | Unset | None = UNSET,
        cache_audio: bool | Unset | None = UNSET,
        client_state: str | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        loop: int | str | Unset | None = UNSET,
        media_name: str | Unset | None = UNSET,
        overlay: bool | Unset | None = UNSET,
        playback_content: str | Unset | None = UNSET,
        stop: str | Unset | None = UNSET,
        target_legs: str | Unset | None = UNSET,
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
        _set(self, "audio_type", d.pop("audio_type", None))
        _set(self, "audio_url", d.pop("audio_url", None))
        _set(self, "cache_audio", d.pop("cache_audio", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "command_id", d.pop("command_id", None))
        _set(self, "loop", d.pop("loop", None))
        _set(self, "media_name", d.pop("media_name", None))
        _set(self, "overlay", d.pop("overlay", None))
        _set(self, "playback_content", d.pop("playback_content", None))
        _set(self, "stop", d.pop("stop", None))
        _set(self, "target_legs", d.pop("target_legs", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("audio_type", str, 0),
            ("audio_url", str, 0),
            ("cache_audio", bool, 0),
            ("client_state", str, 0),
            ("command_id", str, 0),
            (
                "loop",
                OneOf(
                    (
                        str,
                        int,
                    )
                ),
                0,
            ),
            ("media_name", str, 0),
            ("overlay", bool, 0),
            ("playback_content", str, 0),
            ("stop", str, 0),
            ("target_legs", str, 0),
        )
