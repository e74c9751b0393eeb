from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class GatherUsingAudioRequest(BaseModel):
    """
    Example:
        {'audio_url': 'http://example.com/message.wav', 'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id':
            '891510ac-f3e4-11e8-af5b-de00688a4901', 'inter_digit_timeout_millis': 10000, 'invalid_audio_url':
            'http://example.com/message.wav', 'maximum_digits': 10, 'minimum_digits': 1, 'terminating_digit': '#',
            'timeout_millis': 10000, 'valid_digits': '123'}

    Attributes:
        audio_url (str | None): The URL of a file to be played back at the beginning of each prompt. The URL can point
            to either a WAV or MP3 file. media_name and audio_url cannot be used together in one request. Example:
            http://example.com/message.wav.
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | None): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        inter_digit_timeout_millis (int | None): The number of milliseconds to wait for input between digits. Example:
            10000.
        invalid_audio_url (str | None): The URL of a file to play when digits don't match the `valid_digits` parameter
            or the number of digits is not between `min` and `max`. The URL can point to either a WAV or MP3 file.
            invalid_media_name and invalid_audio_url cannot be used together in one request. Example:
            http://example.com/invalid.wav.
        invalid_media_name (str | None): The media_name of a file to be played back when digits don't match the
            `valid_digits` parameter or the number of digits is not between `min` and `max`. The media_name must point to a
            file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV
            or MP3 file. Example: my_media_uploaded_to_media_storage_api.
        maximum_digits (int | None): The maximum number of digits to fetch. This parameter has a maximum value of 128.
            Example: 10.
        maximum_tries (int | None): The maximum number of times the file should be played if there is no input from the
            user on the call. Example: 3.
        media_name (str | None): The media_name of a file to be played back at the beginning of each prompt. The
            media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization.
            The file must either be a WAV or MP3 file. Example: my_media_uploaded_to_media_storage_api.
        minimum_digits (int | None): The minimum number of digits to fetch. This parameter has a minimum value of 1.
            Example: 1.
        terminating_digit (str | None): The digit used to terminate input if fewer than `maximum_digits` digits have
            been gathered. Example: #.
        timeout_millis (int | None): The number of milliseconds to wait for a DTMF response after file playback ends
            before a replaying the sound file. Example: 60000.
        valid_digits (str | None): A list of all digits accepted as valid. Example: 123.
    """

    audio_url: str | None = None
    client_state: str | None = None
    command_id: str | None = None
    inter_digit_timeout_millis: int | None = None
    invalid_audio_url: str | None = None
    invalid_media_name: str | None = None
    maximum_digits: int | None = None
    maximum_tries: int | None = None
    media_name: str | None = None
    minimum_digits: int | None = None
    terminating_digit: str | None = None
    timeout_millis: int | None = None
    valid_digits: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("audio_url", "audio_url", False),
        ("client_state", "client_state", False),
        ("command_id", "command_id", False),
        ("inter_digit_timeout_millis", "inter_digit_timeout_millis", False),
        ("invalid_audio_url", "invalid_audio_url", False),
        ("invalid_media_name", "invalid_media_name", False),
        ("maximum_digits", "maximum_digits", False),
        ("maximum_tries", "maximum_tries", False),
        ("media_name", "media_name", False),
        ("minimum_digits", "minimum_digits", False),
        ("terminating_digit", "terminating_digit", False),
        ("timeout_millis", "timeout_millis", False),
        ("valid_digits", "valid_digits", False),
    )

    def __init__(
        self,
        *,
        audio_url: str | Unset | None = UNSET,
        client_state: str | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        inter_digit_timeout_millis: int | Unset | None = UNSET,
        invalid_audio_url: str | Unset | None = UNSET,
        invalid_media_name: str | Unset | None = UNSET,
        maximum_digits: int | Unset | None = UNSET,
        maximum_tries: int | Unset | None = UNSET,
        media_name: str | Unset | None = UNSET,
        minimum_digits: int | Unset | None = UNSET,
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
        _set(self, "audio_url", d.pop("audio_url", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "command_id", d.pop("command_id", None))
        _set(self, "inter_digit_timeout_millis", d.pop("inter_digit_timeout_millis", None))
        _set(self, "invalid_audio_url", d.pop("invalid_audio_url", None))
        _set(self, "invalid_media_name", d.pop("invalid_media_name", None))
        _set(self, "maximum_digits", d.pop("maximum_digits", None))
        _set(self, "maximum_tries", d.pop("maximum_tries", None))
        _set(self, "media_name", d.pop("media_name", None))
        _set(self, "minimum_digits", d.pop("minimum_digits", None))
        _set(self, "terminating_digit", d.pop("terminating_digit", None))
        _set(self, "timeout_millis", d.pop("timeout_millis", None))
        _set(self, "valid_digits", d.pop("valid_digits", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("audio_url", str, 0),
            ("client_state", str, 0),
            ("command_id", str, 0),
            ("inter_digit_timeout_millis", int, 0),
            ("invalid_audio_url", str, 0),
            ("invalid_media_name", str, 0),
            ("maximum_digits", int, 0),
            ("maximum_tries", int, 0),
            ("media_name", str, 0),
            ("minimum_digits", int, 0),
            ("terminating_digit", str, 0),
            ("timeout_millis", int, 0),
            ("valid_digits", str, 0),
        )
