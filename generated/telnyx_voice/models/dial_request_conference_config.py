from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="DialRequestConferenceConfig")


@_attrs_define(frozen=True)
class DialRequestConferenceConfig:
    """Optional configuration parameters to dial new participant into a conference.

    Attributes:
        beep_enabled (Literal["always", "never", "on_enter", "on_exit"] | Unset): Whether a beep sound should be played
            when the participant joins and/or leaves the conference. Can be used to override the conference-level setting.
            Example: on_exit.
        conference_name (str | Unset): Conference name to be joined Example: telnyx-conference.
        early_media (bool | Unset): Controls the moment when dialled call is joined into conference. If set to `true`
            user will be joined as soon as media is available (ringback). If `false` user will be joined when call is
            answered. Defaults to `true` Example: False.
        end_conference_on_exit (bool | Unset): Whether the conference should end and all remaining participants be hung
            up after the participant leaves the conference. Defaults to "false". Example: True.
        hold (bool | Unset): Whether the participant should be put on hold immediately after joining the conference.
            Defaults to "false". Example: True.
        hold_audio_url (str | Unset): The URL of a file to be played to the participant when they are put on hold after
            joining the conference. hold_media_name and hold_audio_url cannot be used together in one request. Takes effect
            only when "start_conference_on_create" is set to "false". This property takes effect only if "hold" is set to
            "true". Example: http://example.com/message.wav.
        hold_media_name (str | Unset): The media_name of a file to be played to the participant when they are put on
            hold after joining the conference. The media_name must point to a file previously uploaded to
            api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file. Takes effect
            only when "start_conference_on_create" is set to "false". This property takes effect only if "hold" is set to
            "true". Example: my_media_uploaded_to_media_storage_api.
        id (UUID | Unset): Conference ID to be joined Example: 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0.
        mute (bool | Unset): Whether the participant should be muted immediately after joining the conference. Defaults
            to "false". Example: True.
        soft_end_conference_on_exit (bool | Unset): Whether the conference should end after the participant leaves the
            conference. NOTE this doesn't hang up the other participants. Defaults to "false". Example: True.
        start_conference_on_create (bool | Unset): Whether the conference should be started on creation. If the
            conference isn't started all participants that join are automatically put on hold. Defaults to "true". Example:
            False.
        start_conference_on_enter (bool | Unset): Whether the conference should be started after the participant joins
            the conference. Defaults to "false". Example: True.
        supervisor_role (Literal["barge", "monitor", "none", "whisper"] | Unset): Sets the joining participant as a
            supervisor for the conference. A conference can have multiple supervisors. "barge" means the supervisor enters
            the conference as a normal participant. This is the same as "none". "monitor" means the supervisor is muted but
            can hear all participants. "whisper" means that only the specified "whisper_call_control_ids" can hear the
            supervisor. Defaults to "none". Example: whisper.
        whisper_call_control_ids (list[str] | Unset): Array of unique call_control_ids the joining supervisor can
            whisper to. If none provided, the supervisor will join the conference as a monitoring participant only. Example:
            ['v2:Sg1xxxQ_U3ixxxyXT_VDNI3xxxazZdg6Vxxxs4-GNYxxxVaJPOhFMRQ', 'v2:qqpb0mmvd-
            ovhhBr0BUQQn0fld5jIboaaX3-De0DkqXHzbf8d75xkw'].
    """

    beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset = UNSET
    conference_name: str | Unset = UNSET
    early_media: bool | Unset = UNSET
    end_conference_on_exit: bool | Unset = UNSET
    hold: bool | Unset = UNSET
    hold_audio_url: str | Unset = UNSET
    hold_media_name: str | Unset = UNSET
    id: UUID | Unset = UNSET
    mute: bool | Unset = UNSET
    soft_end_conference_on_exit: bool | Unset = UNSET
    start_conference_on_create: bool | Unset = UNSET
    start_conference_on_enter: bool | Unset = UNSET
    supervisor_role: Literal["barge", "monitor", "none", "whisper"] | Unset = UNSET
    whisper_call_control_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        beep_enabled: str | Unset = UNSET
        if not isinstance(self.beep_enabled, Unset):
            beep_enabled = self.beep_enabled

        conference_name = self.conference_name

        early_media = self.early_media

        end_conference_on_exit = self.end_conference_on_exit

        hold = self.hold

        hold_audio_url = self.hold_audio_url

        hold_media_name = self.hold_media_name

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        mute = self.mute

        soft_end_conference_on_exit = self.soft_end_conference_on_exit

        start_conference_on_create = self.start_conference_on_create

        start_conference_on_enter = self.start_conference_on_enter

        supervisor_role: str | Unset = UNSET
        if not isinstance(self.supervisor_role, Unset):
            supervisor_role = self.supervisor_role

        whisper_call_control_ids: list[str] | Unset = UNSET
        if not isinstance(self.whisper_call_control_ids, Unset):
            whisper_call_control_ids = self.whisper_call_control_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if beep_enabled is not UNSET:
            field_dict["beep_enabled"] = beep_enabled
        if conference_name is not UNSET:
            field_dict["conference_name"] = conference_name
        if early_media is not UNSET:
            field_dict["early_media"] = early_media
        if end_conference_on_exit is not UNSET:
            field_dict["end_conference_on_exit"] = end_conference_on_exit
        if hold is not UNSET:
            field_dict["hold"] = hold
        if hold_audio_url is not UNSET:
            field_dict["hold_audio_url"] = hold_audio_url
        if hold_media_name is not UNSET:
            field_dict["hold_media_name"] = hold_media_name
        if id is not UNSET:
            field_dict["id"] = id
        if mute is not UNSET:
            field_dict["mute"] = mute
        if soft_end_conference_on_exit is not UNSET:
            field_dict["soft_end_conference_on_exit"] = soft_end_conference_on_exit
        if start_conference_on_create is not UNSET:
            field_dict["start_conference_on_create"] = start_conference_on_create
        if start_conference_on_enter is not UNSET:
            field_dict["start_conference_on_enter"] = start_conference_on_enter
        if supervisor_role is not UNSET:
            field_dict["supervisor_role"] = supervisor_role
        if whisper_call_control_ids is not UNSET:
            field_dict["whisper_call_control_ids"] = whisper_call_control_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _beep_enabled = d.pop("beep_enabled", UNSET)
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset
        beep_enabled = UNSET if isinstance(_beep_enabled, Unset) else enum_value(_beep_enabled, str)

        conference_name = d.pop("conference_name", UNSET)

        early_media = d.pop("early_media", UNSET)

        end_conference_on_exit = d.pop("end_conference_on_exit", UNSET)

        hold = d.pop("hold", UNSET)

        hold_audio_url = d.pop("hold_audio_url", UNSET)

        hold_media_name = d.pop("hold_media_name", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        id = UNSET if isinstance(_id, Unset) else UUID(_id)

        mute = d.pop("mute", UNSET)

        soft_end_conference_on_exit = d.pop("soft_end_conference_on_exit", UNSET)

        start_conference_on_create = d.pop("start_conference_on_create", UNSET)

        start_conference_on_enter = d.pop("start_conference_on_enter", UNSET)

        _supervisor_role = d.pop("supervisor_role", UNSET)
        supervisor_role: Literal["barge", "monitor", "none", "whisper"] | Unset
        supervisor_role = UNSET if isinstance(_supervisor_role, Unset) else enum_value(_supervisor_role, str)

        whisper_call_control_ids = cast(list[str], d.pop("whisper_call_control_ids", UNSET))

        additional_properties = d
        return cls(
            beep_enabled=beep_enabled,
            conference_name=conference_name,
            early_media=early_media,
            end_conference_on_exit=end_conference_on_exit,
            hold=hold,
            hold_audio_url=hold_audio_url,
            hold_media_name=hold_media_name,
            id=id,
            mute=mute,
            soft_end_conference_on_exit=soft_end_conference_on_exit,
            start_conference_on_create=start_conference_on_create,
            start_conference_on_enter=start_conference_on_enter,
            supervisor_role=supervisor_role,
            whisper_call_control_ids=whisper_call_control_ids,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
