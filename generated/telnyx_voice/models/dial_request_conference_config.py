from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from .._values import ListOf
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class DialRequestConferenceConfig(BaseModel):
    """Optional configuration parameters to dial new participant into a conference.

    Attributes:
        beep_enabled (Literal["always", "never", "on_enter", "on_exit"] | None): Whether a beep sound should be played
            when the participant joins and/or leaves the conference. Can be used to override the conference-level setting.
            Example: on_exit.
        conference_name (str | None): Conference name to be joined Example: telnyx-conference.
        early_media (bool | None): Controls the moment when dialled call is joined into conference. If set to `true`
            user will be joined as soon as media is available (ringback). If `false` user will be joined when call is
            answered. Defaults to `true` Example: False.
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
        id (str | None): Conference ID to be joined Example: 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0.
        mute (bool | None): Whether the participant should be muted immediately after joining the conference. Defaults
            to "false". Example: True.
        soft_end_conference_on_exit (bool | None): Whether the conference should end after the participant leaves the
            conference. NOTE this doesn't hang up the other participants. Defaults to "false". Example: True.
        start_conference_on_create (bool | None): Whether the conference should be started on creation. If the
            conference isn't started all participants that join are automatically put on hold. Defaults to "true". Example:
            False.
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

    beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | None = None
    conference_name: str | None = None
    early_media: bool | None = None
    end_conference_on_exit: bool | None = None
    hold: bool | None = None
    hold_audio_url: str | None = None
    hold_media_name: str | None = None
    id: str | None = None
    mute: bool | None = None
    soft_end_conference_on_exit: bool | None = None
    start_conference_on_create: bool | None = None
    start_conference_on_enter: bool | None = None
    supervisor_role: Literal["barge", "monitor", "none", "whisper"] | None = None
    whisper_call_control_ids: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("beep_enabled", "beep_enabled", False),
        ("conference_name", "conference_name", False),
        ("early_media", "early_media", False),
        ("end_conference_on_exit", "end_conference_on_exit", False),
        ("hold", "hold", False),
        ("hold_audio_url", "hold_audio_url", False),
        ("hold_media_name", "hold_media_name", False),
        ("id", "id", False),
        ("mute", "mute", False),
        ("soft_end_conference_on_exit", "soft_end_conference_on_exit", False),
        ("start_conference_on_create", "start_conference_on_create", False),
        ("start_conference_on_enter", "start_conference_on_enter", False),
        ("supervisor_role", "supervisor_role", False),
        ("whisper_call_control_ids", "whisper_call_control_ids", False),
    )

    def __init__(
        self,
        *,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset | None = UNSET,
        conference_name: str | Unset | None = UNSET,
        early_media: bool | Unset | None = UNSET,
        end_conference_on_exit: bool | Unset | None = UNSET,
        hold: bool | Unset | None = UNSET,
        hold_audio_url: str | Unset | None = UNSET,
        hold_media_name: str | Unset | None = UNSET,
        id: str | Unset | None = UNSET,
        mute: bool | Unset | None = UNSET,
        soft_end_conference_on_exit: bool | Unset | None = UNSET,
        start_conference_on_create: bool | Unset | None = UNSET,
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
        _set(self, "beep_enabled", d.pop("beep_enabled", None))
        _set(self, "conference_name", d.pop("conference_name", None))
        _set(self, "early_media", d.pop("early_media", None))
        _set(self, "end_conference_on_exit", d.pop("end_conference_on_exit", None))
        _set(self, "hold", d.pop("hold", None))
        _set(self, "hold_audio_url", d.pop("hold_audio_url", None))
        _set(self, "hold_media_name", d.pop("hold_media_name", None))
        _set(self, "id", d.pop("id", None))
        _set(self, "mute", d.pop("mute", None))
        _set(self, "soft_end_conference_on_exit", d.pop("soft_end_conference_on_exit", None))
        _set(self, "start_conference_on_create", d.pop("start_conference_on_create", None))
        _set(self, "start_conference_on_enter", d.pop("start_conference_on_enter", None))
        _set(self, "supervisor_role", d.pop("supervisor_role", None))
        _set(self, "whisper_call_control_ids", d.pop("whisper_call_control_ids", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("beep_enabled", str, 0),
            ("conference_name", str, 0),
            ("early_media", bool, 0),
            ("end_conference_on_exit", bool, 0),
            ("hold", bool, 0),
            ("hold_audio_url", str, 0),
            ("hold_media_name", str, 0),
            ("id", UUID, 0),
            ("mute", bool, 0),
            ("soft_end_conference_on_exit", bool, 0),
            ("start_conference_on_create", bool, 0),
            ("start_conference_on_enter", bool, 0),
            ("supervisor_role", str, 0),
            ("whisper_call_control_ids", ListOf(str), 0),
        )
