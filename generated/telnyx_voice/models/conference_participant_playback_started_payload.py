from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceParticipantPlaybackStartedPayload")


@_attrs_define(frozen=True)
class ConferenceParticipantPlaybackStartedPayload:
    """
    Attributes:
        call_control_id (str | Unset): Participant's call ID used to issue commands via Call Control API. Example:
            v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        call_leg_id (str | Unset): ID that is unique to the call and can be used to correlate webhook events. Example:
            428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        call_session_id (str | Unset): ID that is unique to the call session and can be used to correlate webhook
            events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an
            inbound and outbound leg of a transferred call. Example: 428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
        client_state (str | Unset): State received from a command. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        conference_id (str | Unset): ID of the conference the text was spoken in. Example:
            428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
        connection_id (str | Unset): Call Control App ID (formerly Telnyx connection ID) used in the call. Example:
            7267xxxxxxxxxxxxxx.
        creator_call_session_id (str | Unset): ID that is unique to the call session that started the conference.
            Example: 428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
        media_name (str | Unset): The name of the audio media file being played back, if media_name has been used to
            start. Example: my_media_uploaded_to_media_storage_api.
        media_url (str | Unset): The audio URL being played back, if audio_url has been used to start. Example:
            http://example.com/audio.wav.
        occurred_at (datetime.datetime | Unset): ISO 8601 datetime of when the event occurred. Example:
            2018-02-02T22:25:27.521Z.
    """

    call_control_id: str | Unset = UNSET
    call_leg_id: str | Unset = UNSET
    call_session_id: str | Unset = UNSET
    client_state: str | Unset = UNSET
    conference_id: str | Unset = UNSET
    connection_id: str | Unset = UNSET
    creator_call_session_id: str | Unset = UNSET
    media_name: str | Unset = UNSET
    media_url: str | Unset = UNSET
    occurred_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        call_leg_id = self.call_leg_id

        call_session_id = self.call_session_id

        client_state = self.client_state

        conference_id = self.conference_id

        connection_id = self.connection_id

        creator_call_session_id = self.creator_call_session_id

        media_name = self.media_name

        media_url = self.media_url

        occurred_at: str | Unset = UNSET
        if not isinstance(self.occurred_at, Unset):
            occurred_at = self.occurred_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if call_control_id is not UNSET:
            field_dict["call_control_id"] = call_control_id
        if call_leg_id is not UNSET:
            field_dict["call_leg_id"] = call_leg_id
        if call_session_id is not UNSET:
            field_dict["call_session_id"] = call_session_id
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if conference_id is not UNSET:
            field_dict["conference_id"] = conference_id
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if creator_call_session_id is not UNSET:
            field_dict["creator_call_session_id"] = creator_call_session_id
        if media_name is not UNSET:
            field_dict["media_name"] = media_name
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id", UNSET)

        call_leg_id = d.pop("call_leg_id", UNSET)

        call_session_id = d.pop("call_session_id", UNSET)

        client_state = d.pop("client_state", UNSET)

        conference_id = d.pop("conference_id", UNSET)

        connection_id = d.pop("connection_id", UNSET)

        creator_call_session_id = d.pop("creator_call_session_id", UNSET)

        media_name = d.pop("media_name", UNSET)

        media_url = d.pop("media_url", UNSET)

        _occurred_at = d.pop("occurred_at", UNSET)
        occurred_at: datetime.datetime | Unset
        occurred_at = UNSET if isinstance(_occurred_at, Unset) else datetime.datetime.fromisoformat(_occurred_at)

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            call_leg_id=call_leg_id,
            call_session_id=call_session_id,
            client_state=client_state,
            conference_id=conference_id,
            connection_id=connection_id,
            creator_call_session_id=creator_call_session_id,
            media_name=media_name,
            media_url=media_url,
            occurred_at=occurred_at,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
