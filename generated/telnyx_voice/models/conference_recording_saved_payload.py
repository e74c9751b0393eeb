# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceRecordingSavedPayload")


@_attrs_define(frozen=True)
class ConferenceRecordingSavedPayload:
    """
    Attributes:
        call_control_id (str | Unset): Participant's call ID used to issue commands via Call Control API. Example:
            v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        call_session_id (str | Unset): ID that is unique to the call session and can be used to correlate webhook
            events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an
            inbound and outbound leg of a transferred call. Example: 428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
        channels (Literal["dual", "single"] | Unset): Whether recording was recorded in `single` or `dual` channel.
            Example: single.
        client_state (str | Unset): State received from a command. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        conference_id (UUID | Unset): ID of the conference that is being recorded. Example:
            428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
        connection_id (str | Unset): Call Control App ID (formerly Telnyx connection ID) used in the call. Example:
            7267xxxxxxxxxxxxxx.
        format_ (Literal["mp3", "wav"] | Unset): The audio file format used when storing the call recording. Can be
            either `mp3` or `wav`. Example: mp3.
        public_recording_urls (ConferenceRecordingSavedPayloadPublicRecordingUrls | Unset): Recording URLs in requested
            format. The URL is valid for as long as the file exists. For security purposes, this feature is activated on a
            per request basis.  Please contact customer support with your Account ID to request activation.
        recording_ended_at (datetime.datetime | Unset): ISO 8601 datetime of when recording ended. Example:
            2018-02-02T22:25:27.521992Z.
        recording_id (UUID | Unset): ID of the conference recording. Example: 4577f9a2-cf0e-44f3-ac57-9f95fb03fa47.
        recording_started_at (datetime.datetime | Unset): ISO 8601 datetime of when recording started. Example:
            2018-02-02T22:20:27.521992Z.
        recording_urls (ConferenceRecordingSavedPayloadRecordingUrls | Unset): Recording URLs in requested format. These
            URLs are valid for 10 minutes. After 10 minutes, you may retrieve recordings via API using Reports -> Call
            Recordings documentation, or via Mission Control under Reporting -> Recordings.
    """

    call_control_id: str | Unset = UNSET
    call_session_id: str | Unset = UNSET
    channels: Literal["dual", "single"] | Unset = UNSET
    client_state: str | Unset = UNSET
    conference_id: UUID | Unset = UNSET
    connection_id: str | Unset = UNSET
    format_: Literal["mp3", "wav"] | Unset = UNSET
    public_recording_urls: ConferenceRecordingSavedPayloadPublicRecordingUrls | Unset = UNSET
    recording_ended_at: datetime.datetime | Unset = UNSET
    recording_id: UUID | Unset = UNSET
    recording_started_at: datetime.datetime | Unset = UNSET
    recording_urls: ConferenceRecordingSavedPayloadRecordingUrls | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        call_session_id = self.call_session_id

        channels: str | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels

        client_state = self.client_state

        conference_id: str | Unset = UNSET
        if not isinstance(self.conference_id, Unset):
            conference_id = str(self.conference_id)

        connection_id = self.connection_id

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        public_recording_urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.public_recording_urls, Unset):
            public_recording_urls = self.public_recording_urls.to_dict()

        recording_ended_at: str | Unset = UNSET
        if not isinstance(self.recording_ended_at, Unset):
            recording_ended_at = self.recording_ended_at.isoformat()

        recording_id: str | Unset = UNSET
        if not isinstance(self.recording_id, Unset):
            recording_id = str(self.recording_id)

        recording_started_at: str | Unset = UNSET
        if not isinstance(self.recording_started_at, Unset):
            recording_started_at = self.recording_started_at.isoformat()

        recording_urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recording_urls, Unset):
            recording_urls = self.recording_urls.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if call_control_id is not UNSET:
            field_dict["call_control_id"] = call_control_id
        if call_session_id is not UNSET:
            field_dict["call_session_id"] = call_session_id
        if channels is not UNSET:
            field_dict["channels"] = channels
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if conference_id is not UNSET:
            field_dict["conference_id"] = conference_id
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if format_ is not UNSET:
            field_dict["format"] = format_
        if public_recording_urls is not UNSET:
            field_dict["public_recording_urls"] = public_recording_urls
        if recording_ended_at is not UNSET:
            field_dict["recording_ended_at"] = recording_ended_at
        if recording_id is not UNSET:
            field_dict["recording_id"] = recording_id
        if recording_started_at is not UNSET:
            field_dict["recording_started_at"] = recording_started_at
        if recording_urls is not UNSET:
            field_dict["recording_urls"] = recording_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id", UNSET)

        call_session_id = d.pop("call_session_id", UNSET)

        _channels = d.pop("channels", UNSET)
        channels: Literal["dual", "single"] | Unset
        channels = UNSET if isinstance(_channels, Unset) else enum_value(_channels, str)

        client_state = d.pop("client_state", UNSET)

        _conference_id = d.pop("conference_id", UNSET)
        conference_id: UUID | Unset
        conference_id = UNSET if isinstance(_conference_id, Unset) else UUID(_conference_id)

        connection_id = d.pop("connection_id", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: Literal["mp3", "wav"] | Unset
        format_ = UNSET if isinstance(_format_, Unset) else enum_value(_format_, str)

        _public_recording_urls = d.pop("public_recording_urls", UNSET)
        public_recording_urls: ConferenceRecordingSavedPayloadPublicRecordingUrls | Unset
        if isinstance(_public_recording_urls, Unset):
            public_recording_urls = UNSET
        else:
            public_recording_urls = ConferenceRecordingSavedPayloadPublicRecordingUrls.from_dict(_public_recording_urls)

        _recording_ended_at = d.pop("recording_ended_at", UNSET)
        recording_ended_at: datetime.datetime | Unset
        if isinstance(_recording_ended_at, Unset):
            recording_ended_at = UNSET
        else:
            recording_ended_at = datetime.datetime.fromisoformat(_recording_ended_at)

        _recording_id = d.pop("recording_id", UNSET)
        recording_id: UUID | Unset
        recording_id = UNSET if isinstance(_recording_id, Unset) else UUID(_recording_id)

        _recording_started_at = d.pop("recording_started_at", UNSET)
        recording_started_at: datetime.datetime | Unset
        if isinstance(_recording_started_at, Unset):
            recording_started_at = UNSET
        else:
            recording_started_at = datetime.datetime.fromisoformat(_recording_started_at)

        _recording_urls = d.pop("recording_urls", UNSET)
        recording_urls: ConferenceRecordingSavedPayloadRecordingUrls | Unset
        if isinstance(_recording_urls, Unset):
            recording_urls = UNSET
        else:
            recording_urls = ConferenceRecordingSavedPayloadRecordingUrls.from_dict(_recording_urls)

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            call_session_id=call_session_id,
            channels=channels,
            client_state=client_state,
            conference_id=conference_id,
            connection_id=connection_id,
            format_=format_,
            public_recording_urls=public_recording_urls,
            recording_ended_at=recording_ended_at,
            recording_id=recording_id,
            recording_started_at=recording_started_at,
            recording_urls=recording_urls,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.conference_recording_saved_payload_public_recording_urls import (
    ConferenceRecordingSavedPayloadPublicRecordingUrls,
)
from ..models.conference_recording_saved_payload_recording_urls import ConferenceRecordingSavedPayloadRecordingUrls
