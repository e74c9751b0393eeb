from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceGatherUsingAudioRequest")


@_attrs_define(frozen=True)
class ConferenceGatherUsingAudioRequest:
    """
    Example:
        {'audio_url': 'http://example.com/gather_prompt.wav', 'call_control_id':
            'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg', 'maximum_digits': 4, 'minimum_digits': 1,
            'timeout_millis': 30000}

    Attributes:
        call_control_id (str): Unique identifier and token for controlling the call leg that will receive the gather
            prompt. Example: v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        audio_url (str | Unset): The URL of the audio file to play as the gather prompt. Must be WAV or MP3 format.
            Example: http://example.com/gather_prompt.wav.
        client_state (str | Unset): Use this field to add state to every subsequent webhook. Must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        gather_id (str | Unset): Identifier for this gather command. Will be included in the gather ended webhook.
            Maximum 100 characters.
        initial_timeout_millis (int | Unset): Duration in milliseconds to wait for the first digit before timing out.
            Example: 10000.
        inter_digit_timeout_millis (int | Unset): Duration in milliseconds to wait between digits. Example: 3000.
        invalid_audio_url (str | Unset): URL of audio file to play when invalid input is received.
        invalid_media_name (str | Unset): Name of media file to play when invalid input is received.
        maximum_digits (int | Unset): Maximum number of digits to gather. Example: 10.
        maximum_tries (int | Unset): Maximum number of times to play the prompt if no input is received. Example: 3.
        media_name (str | Unset): The name of the media file uploaded to the Media Storage API to play as the gather
            prompt.
        minimum_digits (int | Unset): Minimum number of digits to gather. Example: 1.
        stop_playback_on_dtmf (bool | Unset): Whether to stop the audio playback when a DTMF digit is received. Example:
            True.
        terminating_digit (str | Unset): Digit that terminates gathering. Example: #.
        timeout_millis (int | Unset): Duration in milliseconds to wait for input before timing out. Example: 30000.
        valid_digits (str | Unset): Digits that are valid for gathering. All other digits will be ignored. Example:
            0123456789.
    """

    call_control_id: str
    audio_url: str | Unset = UNSET
    client_state: str | Unset = UNSET
    gather_id: str | Unset = UNSET
    initial_timeout_millis: int | Unset = UNSET
    inter_digit_timeout_millis: int | Unset = UNSET
    invalid_audio_url: str | Unset = UNSET
    invalid_media_name: str | Unset = UNSET
    maximum_digits: int | Unset = UNSET
    maximum_tries: int | Unset = UNSET
    media_name: str | Unset = UNSET
    minimum_digits: int | Unset = UNSET
    stop_playback_on_dtmf: bool | Unset = UNSET
    terminating_digit: str | Unset = UNSET
    timeout_millis: int | Unset = UNSET
    valid_digits: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        audio_url = self.audio_url

        client_state = self.client_state

        gather_id = self.gather_id

        initial_timeout_millis = self.initial_timeout_millis

        inter_digit_timeout_millis = self.inter_digit_timeout_millis

        invalid_audio_url = self.invalid_audio_url

        invalid_media_name = self.invalid_media_name

        maximum_digits = self.maximum_digits

        maximum_tries = self.maximum_tries

        media_name = self.media_name

        minimum_digits = self.minimum_digits

        stop_playback_on_dtmf = self.stop_playback_on_dtmf

        terminating_digit = self.terminating_digit

        timeout_millis = self.timeout_millis

        valid_digits = self.valid_digits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_control_id": call_control_id,
            }
        )
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if gather_id is not UNSET:
            field_dict["gather_id"] = gather_id
        if initial_timeout_millis is not UNSET:
            field_dict["initial_timeout_millis"] = initial_timeout_millis
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
        if stop_playback_on_dtmf is not UNSET:
            field_dict["stop_playback_on_dtmf"] = stop_playback_on_dtmf
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
        call_control_id = d.pop("call_control_id")

        audio_url = d.pop("audio_url", UNSET)

        client_state = d.pop("client_state", UNSET)

        gather_id = d.pop("gather_id", UNSET)

        initial_timeout_millis = d.pop("initial_timeout_millis", UNSET)

        inter_digit_timeout_millis = d.pop("inter_digit_timeout_millis", UNSET)

        invalid_audio_url = d.pop("invalid_audio_url", UNSET)

        invalid_media_name = d.pop("invalid_media_name", UNSET)

        maximum_digits = d.pop("maximum_digits", UNSET)

        maximum_tries = d.pop("maximum_tries", UNSET)

        media_name = d.pop("media_name", UNSET)

        minimum_digits = d.pop("minimum_digits", UNSET)

        stop_playback_on_dtmf = d.pop("stop_playback_on_dtmf", UNSET)

        terminating_digit = d.pop("terminating_digit", UNSET)

        timeout_millis = d.pop("timeout_millis", UNSET)

        valid_digits = d.pop("valid_digits", UNSET)

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            audio_url=audio_url,
            client_state=client_state,
            gather_id=gather_id,
            initial_timeout_millis=initial_timeout_millis,
            inter_digit_timeout_millis=inter_digit_timeout_millis,
            invalid_audio_url=invalid_audio_url,
            invalid_media_name=invalid_media_name,
            maximum_digits=maximum_digits,
            maximum_tries=maximum_tries,
            media_name=media_name,
            minimum_digits=minimum_digits,
            stop_playback_on_dtmf=stop_playback_on_dtmf,
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
