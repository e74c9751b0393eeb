from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CreateConferenceRequest(BaseModel):
    """
    Example:
        {'beep_enabled': 'always', 'call_control_id': 'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg',
            'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901',
            'duration_minutes': 5, 'hold_audio_url': 'http://www.example.com/audio.wav', 'max_participants': 250, 'name':
            'Business', 'start_conference_on_create': False}

    Attributes:
        call_control_id (str): Unique identifier and token for controlling the call Example:
            v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQczRrZvZakpWxBlpw48KyZQ==.
        name (str): Name of the conference Example: Business.
        beep_enabled (Literal["always", "never", "on_enter", "on_exit"] | None): Whether a beep sound should be played
            when participants join and/or leave the conference. Example: on_exit.
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. The client_state will be updated for the creator call leg and will be used for all webhooks
            related to the created conference. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        comfort_noise (bool | None): Toggle background comfort noise. Example: False.
        command_id (str | None): Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent
            commands with the same `command_id` as one that has already been executed. Example:
            891510ac-f3e4-11e8-af5b-de00688a4901.
        duration_minutes (int | None): Time length (minutes) after which the conference will end. Example: 5.
        hold_audio_url (str | None): The URL of a file to be played to participants joining the conference. The URL can
            point to either a WAV or MP3 file. hold_media_name and hold_audio_url cannot be used together in one request.
            Takes effect only when "start_conference_on_create" is set to "false". Example: http://example.com/message.wav.
        hold_media_name (str | None): The media_name of a file to be played to participants joining the conference. The
            media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization.
            The file must either be a WAV or MP3 file. Takes effect only when "start_conference_on_create" is set to
            "false". Example: my_media_uploaded_to_media_storage_api.
        max_participants (int | None): The maximum number of active conference participants to allow. Must be between 2
            and 800. Defaults to 250 Example: 3.
        region (Literal["Australia", "Europe", "Middle East", "US"] | None): Sets the region where the conference data
            will be hosted. Defaults to the region defined in user's data locality settings (Europe or US). Example: US.
        start_conference_on_create (bool | None): Whether the conference should be started on creation. If the
            conference isn't started all participants that join are automatically put on hold. Defaults to "true". Example:
            False.
    """

    call_control_id: str
    name: str
    beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | None = None
    client_state: str | None = None
    comfort_noise: bool | None = None
    command_id: str | None = None
    duration_minutes: int | None = None
    hold_audio_url: str | None = None
    hold_media_name: str | None = None
    max_participants: int | None = None
    region: Literal["Australia", "Europe", "Middle East", "US"] | None = None
    start_conference_on_create: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_control_id", "call_control_id", True),
        ("name", "name", True),
        ("beep_enabled", "beep_enabled", False),
        ("client_state", "client_state", False),
        ("comfort_noise", "comfort_noise", False),
        ("command_id", "command_id", False),
        ("duration_minutes", "duration_minutes", False),
        ("hold_audio_url", "hold_audio_url", False),
        ("hold_media_name", "hold_media_name", False),
        ("max_participants", "max_participants", False),
        ("region", "region", False),
        ("start_conference_on_create", "start_conference_on_create", False),
    )

    def __init__(
        self,
        *,
        call_control_id: str,
        name: str,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset | None = UNSET,
        client_state: str | Unset | None = UNSET,
        comfort_noise: bool | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        duration_minutes: int | Unset | None = UNSET,
        hold_audio_url: str | Unset | None = UNSET,
        hold_media_name: str | Unset | None = UNSET,
        max_participants: int | Unset | None = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset | None = UNSET,
        start_conference_on_create: bool | Unset | None = UNSET,
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
        _set(self, "name", d.pop("name", None))
        _set(self, "beep_enabled", d.pop("beep_enabled", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "comfort_noise", d.pop("comfort_noise", None))
        _set(self, "command_id", d.pop("command_id", None))
        _set(self, "duration_minutes", d.pop("duration_minutes", None))
        _set(self, "hold_audio_url", d.pop("hold_audio_url", None))
        _set(self, "hold_media_name", d.pop("hold_media_name", None))
        _set(self, "max_participants", d.pop("max_participants", None))
        _set(self, "region", d.pop("region", None))
        _set(self, "start_conference_on_create", d.pop("start_conference_on_create", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("call_control_id", str, REQUIRED),
            ("name", str, REQUIRED),
            ("beep_enabled", str, 0),
            ("client_state", str, 0),
            ("comfort_noise", bool, 0),
            ("command_id", str, 0),
            ("duration_minutes", int, 0),
            ("hold_audio_url", str, 0),
            ("hold_media_name", str, 0),
            ("max_participants", int, 0),
            ("region", str, 0),
            ("start_conference_on_create", bool, 0),
        )
