from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="JoinConferenceRequest")


@_attrs_define(frozen=True)
class JoinConferenceRequest:
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
        beep_enabled (Literal["always", "never", "on_enter", "on_exit"] | Unset): Whether a beep sound should be played
            when the participant joins and/or leaves the conference. Can be used to override the conference-level setting.
            Example: on_exit.
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Please note that the client_state will be updated for the participient call leg and the change
            will not affect conferencing webhooks unless the participient is the owner of the conference. Example:
            aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | Unset): Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent
            commands with the same `command_id` as one that has already been executed. Example:
            891510ac-f3e4-11e8-af5b-de00688a4901.
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
        mute (bool | Unset): Whether the participant should be muted immediately after joining the conference. Defaults
            to "false". Example: True.
        region (Literal["Australia", "Europe", "Middle East", "US"] | Unset): Region where the conference data is
            located. Defaults to the region defined in user's data locality settings (Europe or US). Example: US.
        soft_end_conference_on_exit (bool | Unset): Whether the conference should end after the participant leaves the
            conference. NOTE this doesn't hang up the other participants. Defaults to "false". Example: True.
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

    call_control_id: str
    beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset = UNSET
    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    end_conference_on_exit: bool | Unset = UNSET
    hold: bool | Unset = UNSET
    hold_audio_url: str | Unset = UNSET
    hold_media_name: str | Unset = UNSET
    mute: bool | Unset = UNSET
    region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET
    soft_end_conference_on_exit: bool | Unset = UNSET
    start_conference_on_enter: bool | Unset = UNSET
    supervisor_role: Literal["barge", "monitor", "none", "whisper"] | Unset = UNSET
    whisper_call_control_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        beep_enabled: str | Unset = UNSET
        if not isinstance(self.beep_enabled, Unset):
            beep_enabled = self.beep_enabled

        client_state = self.client_state

        command_id = self.command_id

        end_conference_on_exit = self.end_conference_on_exit

        hold = self.hold

        hold_audio_url = self.hold_audio_url

        hold_media_name = self.hold_media_name

        mute = self.mute

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region

        soft_end_conference_on_exit = self.soft_end_conference_on_exit

        start_conference_on_enter = self.start_conference_on_enter

        supervisor_role: str | Unset = UNSET
        if not isinstance(self.supervisor_role, Unset):
            supervisor_role = self.supervisor_role

        whisper_call_control_ids: list[str] | Unset = UNSET
        if not isinstance(self.whisper_call_control_ids, Unset):
            whisper_call_control_ids = self.whisper_call_control_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_control_id": call_control_id,
            }
        )
        if beep_enabled is not UNSET:
            field_dict["beep_enabled"] = beep_enabled
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if end_conference_on_exit is not UNSET:
            field_dict["end_conference_on_exit"] = end_conference_on_exit
        if hold is not UNSET:
            field_dict["hold"] = hold
        if hold_audio_url is not UNSET:
            field_dict["hold_audio_url"] = hold_audio_url
        if hold_media_name is not UNSET:
            field_dict["hold_media_name"] = hold_media_name
        if mute is not UNSET:
            field_dict["mute"] = mute
        if region is not UNSET:
            field_dict["region"] = region
        if soft_end_conference_on_exit is not UNSET:
            field_dict["soft_end_conference_on_exit"] = soft_end_conference_on_exit
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
        call_control_id = d.pop("call_control_id")

        _beep_enabled = d.pop("beep_enabled", UNSET)
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset
        beep_enabled = UNSET if isinstance(_beep_enabled, Unset) else enum_value(_beep_enabled, str)

        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        end_conference_on_exit = d.pop("end_conference_on_exit", UNSET)

        hold = d.pop("hold", UNSET)

        hold_audio_url = d.pop("hold_audio_url", UNSET)

        hold_media_name = d.pop("hold_media_name", UNSET)

        mute = d.pop("mute", UNSET)

        _region = d.pop("region", UNSET)
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset
        region = UNSET if isinstance(_region, Unset) else enum_value(_region, str)

        soft_end_conference_on_exit = d.pop("soft_end_conference_on_exit", UNSET)

        start_conference_on_enter = d.pop("start_conference_on_enter", UNSET)

        _supervisor_role = d.pop("supervisor_role", UNSET)
        supervisor_role: Literal["barge", "monitor", "none", "whisper"] | Unset
        supervisor_role = UNSET if isinstance(_supervisor_role, Unset) else enum_value(_supervisor_role, str)

        whisper_call_control_ids = cast(list[str], d.pop("whisper_call_control_ids", UNSET))

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            beep_enabled=beep_enabled,
            client_state=client_state,
            command_id=command_id,
            end_conference_on_exit=end_conference_on_exit,
            hold=hold,
            hold_audio_url=hold_audio_url,
            hold_media_name=hold_media_name,
            mute=mute,
            region=region,
            soft_end_conference_on_exit=soft_end_conference_on_exit,
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
