from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferencePlaybackStartedPayload")


@_attrs_define(frozen=True)
class ConferencePlaybackStartedPayload:
    """
    Attributes:
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

    conference_id: str | Unset = UNSET
    connection_id: str | Unset = UNSET
    creator_call_session_id: str | Unset = UNSET
    media_name: str | Unset = UNSET
    media_url: str | Unset = UNSET
    occurred_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
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
