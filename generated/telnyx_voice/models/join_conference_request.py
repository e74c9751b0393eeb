from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from .._values import ListOf
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class JoinConferenceRequest(BaseModel):
    """
    Example:
        {'beep_enabled': 'always', 'call_control_id': 'v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg',
            'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901',
            'end_conference_on_exit': True, 'hold': True, 'hold_audio_url': 'http://www.example.com/audio.wav', 'mute':
            True, 'start_conference_on_enter': True, 'supervisor_role': 'whisper', 'whisper_call_control_ids':
            ['v2:Sg1xxxQ_U3ixxxyXT_VDNI3xxxazZdg6Vxxxs4-GNYxxxVaJPOhFMRQ', 'v2:qqpb0mmvd-
            ovhhBr0BUQQn0fld5jIboaaX3-De0DkqXHzbf8d75xkw']}

    Attributes:
        call_control_id (str): Unique identifier and token for controlling the call Example:
            v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQczRrZvZakpWxBlpw48KyZQ==.
        beep_enabled (Literal["always", "never", "on_enter", "on_exit"] | None): Whether a beep sound should be played
            when the participant joins and/or leaves the conference. Can be used to override the conference-level setting.
            Example: on_exit.
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Please note that the client_state will be updated for the participient call leg and the change
            will not affect conferencing webhooks unless the participient is the owner of the conference. Example:
            aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | None): Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent
            commands with the same `command_id` as one that has already been executed. Example:
            891510ac-f3e4-11e8-af5b-de00688a4901.
        end_conference_on_exit (bool | None): Whether the conference should end and all remaining participants be hung
            up after the participant leaves the conference. Defaults to "false". Example: True.
        hold (bool | None): Whether the participant should be put on hold immediately after joining the conference.
            Defaults to "false". Example: True.
        hold_audio_url (str | None): The URL of a file to be played to the participant when they are put on hold after
            joining the conference. hold_media_name and hold_audio_url cannot be used together in one request. Takes effect
            only when "start_conference_on_create" is set to "false". This property takes effect only if "hold" is set to
            "true". Example: http://example.com/message.wav.
        hold_media_name (str | None): The media_name of a file to be played to the participant when they are put on hold
            after joining the conference. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media
            by the same user/organization. The file must either be a WAV or MP3 file. Takes effect only when
            "start_conference_on_create" is set to "false". This property takes effect only if "hold" is set to "true".
            Example: my_media_uploaded_to_media_storage_api.
        mute (bool | None): Whether the participant should be muted immediately after joining the conference. Defaults
            to "false". Example: True.
        region (Literal["Australia", "Europe", "Middle East", "US"] | None): Region where the conference data is
            located. Defaults to the region defined in user's data locality settings (Europe or US). Example: US.
        soft_end_conference_on_exit (bool | None): Whether the conference should end after the participant leaves the
            conference. NOTE this doesn't hang up the other participants. Defaults to "false". Example: True.
        start_conference_on_enter (bool | None): Whether the conference should be started after the participant joins
            the conference. Defaults to "false". Example: True.
        supervisor_role (Literal["barge", "monitor", "none", "whisper"] | None): Sets the joining participant as a
            supervisor for the conference. A conference can have multiple supervisors. "barge" means the supervisor enters
            the conference as a normal participant. This is the same as "none". "monitor" means the supervisor is muted but
            can hear all participants. "whisper" means that only the specified "whisper_call_control_ids" can hear the
            supervisor. Defaults to "none". Example: whisper.
        whisper_call_control_ids (list[str] | None): Array of unique call_control_ids the joining supervisor can whisper
            to. If none provided, the supervisor will join the conference as a monitoring participant only. Example:
            ['v2:Sg1xxxQ_U3ixxxyXT_VDNI3xxxazZdg6Vxxxs4-GNYxxxVaJPOhFMRQ', 'v2:qqpb0mmvd-
            ovhhBr0BUQQn0fld5jIboaaX3-De0DkqXHzbf8d75xkw'].
    """

    call_control_id: str
    beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | None = None
    client_state: str | None = None
    command_id: str | None = None
    end_conference_on_exit: bool | None = None
    hold: bool | None = None
    hold_audio_url: str | None = None
    hold_media_name: str | None = None
    mute: bool | None = None
    region: Literal["Australia", "Europe", "Middle East", "US"] | None = None
    soft_end_conference_on_exit: bool | None = None
    start_conference_on_enter: bool | None = None
    supervisor_role: Literal["barge", "monitor", "none", "whisper"] | None = None
    whisper_call_control_ids: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_control_id", "call_control_id", True),
        ("beep_enabled", "beep_enabled", False),
        ("client_state", "client_state", False),
        ("command_id", "command_id", False),
        ("end_conference_on_exit", "end_conference_on_exit", False),
        ("hold", "hold", False),
        ("hold_audio_url", "hold_audio_url", False),
        ("hold_media_name", "hold_media_name", False),
        ("mute", "mute", False),
        ("region", "region", False),
        ("soft_end_conference_on_exit", "soft_end_conference_on_exit", False),
        ("start_conference_on_enter", "start_conference_on_enter", False),
        ("supervisor_role", "supervisor_role", False),
        ("whisper_call_control_ids", "whisper_call_control_ids", False),
    )

    def __init__(
        self,
        *,
        call_control_id: str,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset | None = UNSET,
        client_state: str | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        end_conference_on_exit: bool | Unset | None = UNSET,
        hold: bool | Unset | None = UNSET,
        hold_audio_url: str | Unset | None = UNSET,
        hold_media_name: str | Unset | None = UNSET,
        mute: bool | Unset | None = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset | None = UNSET,
        soft_end_conference_on_exit: bool | Unset | None = UNSET,
        start_conference_on_enter: bool | Unset | None = UNSET,
        supervisor_role: Literal["barge", "monitor", "none", "whisper"] | Unset | None = UNSET,
        whisper_call_control_ids: list[str] | Unset | None = UNSET,
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
        _set(self, "beep_enabled", d.pop("beep_enabled", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "command_id", d.pop("command_id", None))
        _set(self, "end_conference_on_exit", d.pop("end_conference_on_exit", None))
        _set(self, "hold", d.pop("hold", None))
        _set(self, "hold_audio_url", d.pop("hold_audio_url", None))
        _set(self, "hold_media_name", d.pop("hold_media_name", None))
        _set(self, "mute", d.pop("mute", None))
        _set(self, "region", d.pop("region", None))
        _set(self, "soft_end_conference_on_exit", d.pop("soft_end_conference_on_exit", None))
        _set(self, "start_conference_on_enter", d.pop("start_conference_on_enter", None))
        _set(self, "supervisor_role", d.pop("supervisor_role", None))
        _set(self, "whisper_call_control_ids", d.pop("whisper_call_control_ids", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("call_control_id", str, REQUIRED),
            ("beep_enabled", str, 0),
            ("client_state", str, 0),
            ("command_id", str, 0),
            ("end_conference_on_exit", bool, 0),
            ("hold", bool, 0),
            ("hold_audio_url", str, 0),
            ("hold_media_name", str, 0),
            ("mute", bool, 0),
            ("region", str, 0),
            ("soft_end_conference_on_exit", bool, 0),
            ("start_conference_on_enter", bool, 0),
            ("supervisor_role", str, 0),
            ("whisper_call_control_ids", ListOf(str), 0),
        )
