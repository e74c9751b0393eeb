from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlayAudioURLRequest")


@_attrs_define(frozen=True)
class PlayAudioURLRequest:
    """
    Example:
        {'audio_url': 'http://www.example.com/sounds/greeting.wav', 'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d',
            'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901', 'loop': 'infinity', 'overlay': True, 'stop': 'current',
            'target_legs': 'self'}

    Attributes:
        audio_type (Literal["mp3", "wav"] | Unset): Specifies the type of audio provided in `audio_url` or
            `playback_content`. Example: wav.
        audio_url (str | Unset): The URL of a file to be played back on the call. The URL can point to either a WAV or
            MP3 file. media_name and audio_url cannot be used together in one request. Example:
            http://example.com/message.wav.
        cache_audio (bool | Unset): Caches the audio file. Useful when playing the same audio file multiple times during
            the call. Example: True.
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        loop (int | str | Unset):
        media_name (str | Unset): The media_name of a file to be played back on the call. The media_name must point to a
            file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV
            or MP3 file. Example: my_media_uploaded_to_media_storage_api.
        overlay (bool | Unset): When enabled, audio will be mixed on top of any other audio that is actively being
            played back. Note that `overlay: true` will only work if there is another audio file already being played on the
            call. Example: True.
        playback_content (str | Unset): Allows a user to provide base64 encoded mp3 or wav. Note: when using this
            parameter, `media_url` and `media_name` in the `playback_started` and `playback_ended` webhooks will be empty
            Example: SUQzAwAAAAADf1....
        stop (str | Unset): When specified, it stops the current audio being played. Specify `current` to stop the
            current audio being played, and to play the next file in the queue. Specify `all` to stop the current audio file
            being played and to also clear all audio files from the queue. Example: current.
        target_legs (str | Unset): Specifies the leg or legs on which audio will be played. If supplied, the value must
            be either `self`, `opposite` or `both`. Example: self.
    """

    audio_type: Literal["mp3", "wav"] | Unset = UNSET
    audio_url: str | Unset = UNSET
    cache_audio: bool | Unset = UNSET
    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    loop: int | str | Unset = UNSET
    media_name: str | Unset = UNSET
    overlay: bool | Unset = UNSET
    playback_content: str | Unset = UNSET
    stop: str | Unset = UNSET
    target_legs: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        audio_type: str | Unset = UNSET
        if not isinstance(self.audio_type, Unset):
            audio_type = self.audio_type

        audio_url = self.audio_url

        cache_audio = self.cache_audio

        client_state = self.client_state

        command_id = self.command_id

        loop: int | str | Unset
        loop = UNSET if isinstance(self.loop, Unset) else self.loop

        media_name = self.media_name

        overlay = self.overlay

        playback_content = self.playback_content

        stop = self.stop

        target_legs = self.target_legs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if audio_type is not UNSET:
            field_dict["audio_type"] = audio_type
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if cache_audio is not UNSET:
            field_dict["cache_audio"] = cache_audio
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if loop is not UNSET:
            field_dict["loop"] = loop
        if media_name is not UNSET:
            field_dict["media_name"] = media_name
        if overlay is not UNSET:
            field_dict["overlay"] = overlay
        if playback_content is not UNSET:
            field_dict["playback_content"] = playback_content
        if stop is not UNSET:
            field_dict["stop"] = stop
        if target_legs is not UNSET:
            field_dict["target_legs"] = target_legs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _audio_type = d.pop("audio_type", UNSET)
        audio_type: Literal["mp3", "wav"] | Unset
        audio_type = UNSET if isinstance(_audio_type, Unset) else enum_value(_audio_type, str)

        audio_url = d.pop("audio_url", UNSET)

        cache_audio = d.pop("cache_audio", UNSET)

        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        loop = d.pop("loop", UNSET)

        media_name = d.pop("media_name", UNSET)

        overlay = d.pop("overlay", UNSET)

        playback_content = d.pop("playback_content", UNSET)

        stop = d.pop("stop", UNSET)

        target_legs = d.pop("target_legs", UNSET)

        additional_properties = d
        return cls(
            audio_type=audio_type,
            audio_url=audio_url,
            cache_audio=cache_audio,
            client_state=client_state,
            command_id=command_id,
            loop=loop,
            media_name=media_name,
            overlay=overlay,
            playback_content=playback_content,
            stop=stop,
            target_legs=target_legs,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
