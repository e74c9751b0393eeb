from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateConferenceRequest")


@_attrs_define(frozen=True)
class CreateConferenceRequest:
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
        beep_enabled (Literal["always", "never", "on_enter", "on_exit"] | Unset): Whether a beep sound should be played
            when participants join and/or leave the conference. Example: on_exit.
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. The client_state will be updated for the creator call leg and will be used for all webhooks
            related to the created conference. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        comfort_noise (bool | Unset): Toggle background comfort noise. Example: False.
        command_id (str | Unset): Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent
            commands with the same `command_id` as one that has already been executed. Example:
            891510ac-f3e4-11e8-af5b-de00688a4901.
        duration_minutes (int | Unset): Time length (minutes) after which the conference will end. Example: 5.
        hold_audio_url (str | Unset): The URL of a file to be played to participants joining the conference. The URL can
            point to either a WAV or MP3 file. hold_media_name and hold_audio_url cannot be used together in one request.
            Takes effect only when "start_conference_on_create" is set to "false". Example: http://example.com/message.wav.
        hold_media_name (str | Unset): The media_name of a file to be played to participants joining the conference. The
            media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization.
            The file must either be a WAV or MP3 file. Takes effect only when "start_conference_on_create" is set to
            "false". Example: my_media_uploaded_to_media_storage_api.
        max_participants (int | Unset): The maximum number of active conference participants to allow. Must be between 2
            and 800. Defaults to 250 Example: 3.
        region (Literal["Australia", "Europe", "Middle East", "US"] | Unset): Sets the region where the conference data
            will be hosted. Defaults to the region defined in user's data locality settings (Europe or US). Example: US.
        start_conference_on_create (bool | Unset): Whether the conference should be started on creation. If the
            conference isn't started all participants that join are automatically put on hold. Defaults to "true". Example:
            False.
    """

    call_control_id: str
    name: str
    beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset = UNSET
    client_state: str | Unset = UNSET
    comfort_noise: bool | Unset = UNSET
    command_id: str | Unset = UNSET
    duration_minutes: int | Unset = UNSET
    hold_audio_url: str | Unset = UNSET
    hold_media_name: str | Unset = UNSET
    max_participants: int | Unset = UNSET
    region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET
    start_conference_on_create: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        name = self.name

        beep_enabled: str | Unset = UNSET
        if not isinstance(self.beep_enabled, Unset):
            beep_enabled = self.beep_enabled

        client_state = self.client_state

        comfort_noise = self.comfort_noise

        command_id = self.command_id

        duration_minutes = self.duration_minutes

        hold_audio_url = self.hold_audio_url

        hold_media_name = self.hold_media_name

        max_participants = self.max_participants

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region

        start_conference_on_create = self.start_conference_on_create

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_control_id": call_control_id,
                "name": name,
            }
        )
        if beep_enabled is not UNSET:
            field_dict["beep_enabled"] = beep_enabled
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if comfort_noise is not UNSET:
            field_dict["comfort_noise"] = comfort_noise
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if duration_minutes is not UNSET:
            field_dict["duration_minutes"] = duration_minutes
        if hold_audio_url is not UNSET:
            field_dict["hold_audio_url"] = hold_audio_url
        if hold_media_name is not UNSET:
            field_dict["hold_media_name"] = hold_media_name
        if max_participants is not UNSET:
            field_dict["max_participants"] = max_participants
        if region is not UNSET:
            field_dict["region"] = region
        if start_conference_on_create is not UNSET:
            field_dict["start_conference_on_create"] = start_conference_on_create

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id")

        name = d.pop("name")

        _beep_enabled = d.pop("beep_enabled", UNSET)
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset
        beep_enabled = UNSET if isinstance(_beep_enabled, Unset) else enum_value(_beep_enabled, str)

        client_state = d.pop("client_state", UNSET)

        comfort_noise = d.pop("comfort_noise", UNSET)

        command_id = d.pop("command_id", UNSET)

        duration_minutes = d.pop("duration_minutes", UNSET)

        hold_audio_url = d.pop("hold_audio_url", UNSET)

        hold_media_name = d.pop("hold_media_name", UNSET)

        max_participants = d.pop("max_participants", UNSET)

        _region = d.pop("region", UNSET)
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset
        region = UNSET if isinstance(_region, Unset) else enum_value(_region, str)

        start_conference_on_create = d.pop("start_conference_on_create", UNSET)

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            name=name,
            beep_enabled=beep_enabled,
            client_state=client_state,
            comfort_noise=comfort_noise,
            command_id=command_id,
            duration_minutes=duration_minutes,
            hold_audio_url=hold_audio_url,
            hold_media_name=hold_media_name,
            max_participants=max_participants,
            region=region,
            start_conference_on_create=start_conference_on_create,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
