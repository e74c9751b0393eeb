from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatherUsingAudioRequest")


@_attrs_define(frozen=True)
class GatherUsingAudioRequest:
    """
    Example:
        {'audio_url': 'http://example.com/message.wav', 'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id':
            '891510ac-f3e4-11e8-af5b-de00688a4901', 'inter_digit_timeout_millis': 10000, 'invalid_audio_url':
            'http://example.com/message.wav', 'maximum_digits': 10, 'minimum_digits': 1, 'terminating_digit': '#',
            'timeout_millis': 10000, 'valid_digits': '123'}

    Attributes:
        audio_url (str | Unset): The URL of a file to be played back at the beginning of each prompt. The URL can point
            to either a WAV or MP3 file. media_name and audio_url cannot be used together in one request. Example:
            http://example.com/message.wav.
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        inter_digit_timeout_millis (int | Unset): The number of milliseconds to wait for input between digits. Example:
            10000.
        invalid_audio_url (str | Unset): The URL of a file to play when digits don't match the `valid_digits` parameter
            or the number of digits is not between `min` and `max`. The URL can point to either a WAV or MP3 file.
            invalid_media_name and invalid_audio_url cannot be used together in one request. Example:
            http://example.com/invalid.wav.
        invalid_media_name (str | Unset): The media_name of a file to be played back when digits don't match the
            `valid_digits` parameter or the number of digits is not between `min` and `max`. The media_name must point to a
            file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV
            or MP3 file. Example: my_media_uploaded_to_media_storage_api.
        maximum_digits (int | Unset): The maximum number of digits to fetch. This parameter has a maximum value of 128.
            Example: 10.
        maximum_tries (int | Unset): The maximum number of times the file should be played if there is no input from the
            user on the call. Example: 3.
        media_name (str | Unset): The media_name of a file to be played back at the beginning of each prompt. The
            media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization.
            The file must either be a WAV or MP3 file. Example: my_media_uploaded_to_media_storage_api.
        minimum_digits (int | Unset): The minimum number of digits to fetch. This parameter has a minimum value of 1.
            Example: 1.
        terminating_digit (str | Unset): The digit used to terminate input if fewer than `maximum_digits` digits have
            been gathered. Example: #.
        timeout_millis (int | Unset): The number of milliseconds to wait for a DTMF response after file playback ends
            before a replaying the sound file. Example: 60000.
        valid_digits (str | Unset): A list of all digits accepted as valid. Example: 123.
    """

    audio_url: str | Unset = UNSET
    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    inter_digit_timeout_millis: int | Unset = UNSET
    invalid_audio_url: str | Unset = UNSET
    invalid_media_name: str | Unset = UNSET
    maximum_digits: int | Unset = UNSET
    maximum_tries: int | Unset = UNSET
    media_name: str | Unset = UNSET
    minimum_digits: int | Unset = UNSET
    terminating_digit: str | Unset = UNSET
    timeout_millis: int | Unset = UNSET
    valid_digits: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        client_state = self.client_state

        command_id = self.command_id

        inter_digit_timeout_millis = self.inter_digit_timeout_millis

        invalid_audio_url = self.invalid_audio_url

        invalid_media_name = self.invalid_media_name

        maximum_digits = self.maximum_digits

        maximum_tries = self.maximum_tries

        media_name = self.media_name

        minimum_digits = self.minimum_digits

        terminating_digit = self.terminating_digit

        timeout_millis = self.timeout_millis

        valid_digits = self.valid_digits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if inter_digit_timeout_millis is not UNSET:
            field_dict["inter_digit_timeout_millis"] = inter_digit_timeout_millis
        if invalid_audio_url is not UNSET:
            field_dict["invalid_audio_url"] = invalid_audio_url
        if invalid_media_name is not UNSET:
            field_dict["invalid_media_name"] = invalid_media_name
        if maximum_digits is not UNSET:
            field_dict["maximum_digits"] = maximum_digits
        if maximum_tries is not UNSET:
            field_dict["maximum_tries"] = maximum_tries
        if media_name is not UNSET:
            field_dict["media_name"] = media_name
        if minimum_digits is not UNSET:
            field_dict["minimum_digits"] = minimum_digits
        if terminating_digit is not UNSET:
            field_dict["terminating_digit"] = terminating_digit
        if timeout_millis is not UNSET:
            field_dict["timeout_millis"] = timeout_millis
        if valid_digits is not UNSET:
            field_dict["valid_digits"] = valid_digits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url", UNSET)

        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        inter_digit_timeout_millis = d.pop("inter_digit_timeout_millis", UNSET)

        invalid_audio_url = d.pop("invalid_audio_url", UNSET)

        invalid_media_name = d.pop("invalid_media_name", UNSET)

        maximum_digits = d.pop("maximum_digits", UNSET)

        maximum_tries = d.pop("maximum_tries", UNSET)

        media_name = d.pop("media_name", UNSET)

        minimum_digits = d.pop("minimum_digits", UNSET)

        terminating_digit = d.pop("terminating_digit", UNSET)

        timeout_millis = d.pop("timeout_millis", UNSET)

        valid_digits = d.pop("valid_digits", UNSET)

        additional_properties = d
        return cls(
            audio_url=audio_url,
            client_state=client_state,
            command_id=command_id,
            inter_digit_timeout_millis=inter_digit_timeout_millis,
            invalid_audio_url=invalid_audio_url,
            invalid_media_name=invalid_media_name,
            maximum_digits=maximum_digits,
            maximum_tries=maximum_tries,
            media_name=media_name,
            minimum_digits=minimum_digits,
            terminating_digit=terminating_digit,
            timeout_millis=timeout_millis,
            valid_digits=valid_digits,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
