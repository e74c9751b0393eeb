from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ConferenceGatherUsingAudioRequest(BaseModel):
    """
    Example:
        {'audio_url': 'http://example.com/gather_prompt.wav', 'call_control_id':
            'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg', 'maximum_digits': 4, 'minimum_digits': 1,
            'timeout_millis': 30000}

    Attributes:
        call_control_id (str): Unique identifier and token for controlling the call leg that will receive the gather
            prompt. Example: v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        audio_url (str | None): The URL of the audio file to play as the gather prompt. Must be WAV or MP3 format.
            Example: http://example.com/gather_prompt.wav.
        client_state (str | None): Use this field to add state to every subsequent webhook. Must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        gather_id (str | None): Identifier for this gather command. Will be included in the gather ended webhook.
            Maximum 100 characters.
        initial_timeout_millis (int | None): Duration in milliseconds to wait for the first digit before timing out.
            Example: 10000.
        inter_digit_timeout_millis (int | None): Duration in milliseconds to wait between digits. Example: 3000.
        invalid_audio_url (str | None): URL of audio file to play when invalid input is received.
        invalid_media_name (str | None): Name of media file to play when invalid input is received.
        maximum_digits (int | None): Maximum number of digits to gather. Example: 10.
        maximum_tries (int | None): Maximum number of times to play the prompt if no input is received. Example: 3.
        media_name (str | None): The name of the media file uploaded to the Media Storage API to play as the gather
            prompt.
        minimum_digits (int | None): Minimum number of digits to gather. Example: 1.
        stop_playback_on_dtmf (bool | None): Whether to stop the audio playback when a DTMF digit is received. Example:
            True.
        terminating_digit (str | None): Digit that terminates gathering. Example: #.
        timeout_millis (int | None): Duration in milliseconds to wait for input before timing out. Example: 30000.
        valid_digits (str | None): Digits that are valid for gathering. All other digits will be ignored. Example:
            0123456789.
    """

    call_control_id: str
    audio_url: str | None = None
    client_state: str | None = None
    gather_id: str | None = None
    initial_timeout_millis: int | None = None
    inter_digit_timeout_millis: int | None = None
    invalid_audio_url: str | None = None
    invalid_media_name: str | None = None
    maximum_digits: int | None = None
    maximum_tries: int | None = None
    media_name: str | None = None
    minimum_digits: int | None = None
    stop_playback_on_dtmf: bool | None = None
    terminating_digit: str | None = None
    timeout_millis: int | None = None
    valid_digits: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_control_id", "call_control_id", True),
        ("audio_url", "audio_url", False),
        ("client_state", "client_state", False),
        ("gather_id", "gather_id", False),
        ("initial_timeout_millis", "initial_timeout_millis", False),
        ("inter_digit_timeout_millis", "inter_digit_timeout_millis", False),
        ("invalid_audio_url", "invalid_audio_url", False),
        ("invalid_media_name", "invalid_media_name", False),
        ("maximum_digits", "maximum_digits", False),
        ("maximum_tries", "maximum_tries", False),
        ("media_name", "media_name", False),
        ("minimum_digits", "minimum_digits", False),
        ("stop_playback_on_dtmf", "stop_playback_on_dtmf", False),
        ("terminating_digit", "terminating_digit", False),
        ("timeout_millis", "timeout_millis", False),
        ("valid_digits", "valid_digits", False),
    )

    def __init__(
        self,
        *,
        call_control_id: str,
        audio_url: str | Unset | None = UNSET,
        client_state: str | Unset | None = UNSET,
        gather_id: str | Unset | None = UNSET,
        initial_timeout_millis: int | Unset | None = UNSET,
        inter_digit_timeout_millis: int | Unset | None = UNSET,
        invalid_audio_url: str | Unset | None = UNSET,
        invalid_media_name: str | Unset | None = UNSET,
        maximum_digits: int | Unset | None = UNSET,
        maximum_tries: int | Unset | None = UNSET,
        media_name: str | Unset | None = UNSET,
        minimum_digits: int | Unset | None = UNSET,
        stop_playback_on_dtmf: bool | Unset | None = UNSET,
        terminating_digit: str | Unset | None = UNSET,
        timeout_millis: int | Unset | None = UNSET,
        valid_digits: str | Unset | None = UNSET,
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
        _set(self, "call_control_id", d.pop("call_control_id", None))
        _set(self, "audio_url", d.pop("audio_url", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "gather_id", d.pop("gather_id", None))
        _set(self, "initial_timeout_millis", d.pop("initial_timeout_millis", None))
        _set(self, "inter_digit_timeout_millis", d.pop("inter_digit_timeout_millis", None))
        _set(self, "invalid_audio_url", d.pop("invalid_audio_url", None))
        _set(self, "invalid_media_name", d.pop("invalid_media_name", None))
        _set(self, "maximum_digits", d.pop("maximum_digits", None))
        _set(self, "maximum_tries", d.pop("maximum_tries", None))
        _set(self, "media_name", d.pop("media_name", None))
        _set(self, "minimum_digits", d.pop("minimum_digits", None))
        _set(self, "stop_playback_on_dtmf", d.pop("stop_playback_on_dtmf", None))
        _set(self, "terminating_digit", d.pop("terminating_digit", None))
        _set(self, "timeout_millis", d.pop("timeout_millis", None))
        _set(self, "valid_digits", d.pop("valid_digits", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("call_control_id", str, REQUIRED),
            ("audio_url", str, 0),
            ("client_state", str, 0),
            ("gather_id", str, 0),
            ("initial_timeout_millis", int, 0),
            ("inter_digit_timeout_millis", int, 0),
            ("invalid_audio_url", str, 0),
            ("invalid_media_name", str, 0),
            ("maximum_digits", int, 0),
            ("maximum_tries", int, 0),
            ("media_name", str, 0),
            ("minimum_digits", int, 0),
            ("stop_playback_on_dtmf", bool, 0),
            ("terminating_digit", str, 0),
            ("timeout_millis", int, 0),
            ("valid_digits", str, 0),
        )
