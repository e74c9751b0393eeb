# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingResponseData")


@_attrs_define(frozen=True)
class RecordingResponseData:
    """
    Attributes:
        call_control_id (str | Unset): Unique identifier and token for controlling the call. Example:
            v3:e-31OnvjEM7Y4wvxr3TKNk8M3QyLcGZPiUIzCGtwQtOtEjY-B0urkw.
        call_leg_id (str | Unset): ID unique to the call leg (used to correlate webhook events). Example:
            84a97d76-e40f-11ed-9074-02420a0daa69.
        call_session_id (str | Unset): ID that is unique to the call session and can be used to correlate webhook
            events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an
            inbound and outbound leg of a transferred call. Example: 84a97d76-e40f-11ed-9074-02420a0daa69.
        channels (Literal["dual", "single"] | Unset): When `dual`, the final audio file has the first leg on channel A,
            and the rest on channel B. Example: dual.
        conference_id (str | Unset): Uniquely identifies the conference. Example: 84a97d76-e40f-11ed-9074-02420a0daa69.
        connection_id (str | Unset): Identifies the Telnyx application (Call Control, TeXML) or SIP connection resource
            associated with this recording. Example: 175237942907135762.
        created_at (str | Unset): ISO 8601 formatted date indicating when the resource was created. Example:
            2018-02-02T22:25:27.521Z.
        download_urls (RecordingResponseDataDownloadUrls | Unset): Links to download the recording files.
        duration_millis (int | Unset): The duration of the recording in milliseconds. Example: 60000.
        from_ (str | Unset): The `from` (caller) number for the call that generated this recording. Example:
            +15551234567.
        id (str | Unset): Uniquely identifies the recording. Example: 3fa85f64-5717-4562-b3fc-2c963f66afa6.
        initiated_by (str | Unset): Indicates what triggered the recording. Possible values include `DialVerb`,
            `Conference`, `OutboundAPI`, `Trunking`, `RecordVerb`, `StartCallRecordingAPI`, `StartConferenceRecordingAPI`.
            Example: StartCallRecordingAPI.
        record_type (Literal["recording"] | Unset):  Example: recording.
        recording_ended_at (str | Unset): ISO 8601 formatted date of when the recording ended. Example:
            2019-01-23T18:10:02.574Z.
        recording_started_at (str | Unset): ISO 8601 formatted date of when the recording started. Example:
            2019-01-23T18:10:02.574Z.
        source (Literal["call", "conference"] | Unset): The kind of event that led to this recording being created.
            Example: conference.
        status (Literal["completed"] | Unset): The status of the recording. Only `completed` recordings are currently
            supported. Example: completed.
        to (str | Unset): The `to` (callee) number for the call that generated this recording. Example: +15557654321.
        updated_at (str | Unset): ISO 8601 formatted date indicating when the resource was updated. Example:
            2018-02-02T22:25:27.521Z.
    """

    call_control_id: str | Unset = UNSET
    call_leg_id: str | Unset = UNSET
    call_session_id: str | Unset = UNSET
    channels: Literal["dual", "single"] | Unset = UNSET
    conference_id: str | Unset = UNSET
    connection_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    download_urls: RecordingResponseDataDownloadUrls | Unset = UNSET
    duration_millis: int | Unset = UNSET
    from_: str | Unset = UNSET
    id: str | Unset = UNSET
    initiated_by: str | Unset = UNSET
    record_type: Literal["recording"] | Unset = UNSET
    recording_ended_at: str | Unset = UNSET
    recording_started_at: str | Unset = UNSET
    source: Literal["call", "conference"] | Unset = UNSET
    status: Literal["completed"] | Unset = UNSET
    to: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        call_leg_id = self.call_leg_id

        call_session_id = self.call_session_id

        channels: str | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels

        conference_id = self.conference_id

        connection_id = self.connection_id

        created_at = self.created_at

        download_urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.download_urls, Unset):
            download_urls = self.download_urls.to_dict()

        duration_millis = self.duration_millis

        from_ = self.from_

        id = self.id

        initiated_by = self.initiated_by

        record_type: str | Unset = UNSET
        if not isinstance(self.record_type, Unset):
            record_type = self.record_type

        recording_ended_at = self.recording_ended_at

        recording_started_at = self.recording_started_at

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        to = self.to

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if call_control_id is not UNSET:
            field_dict["call_control_id"] = call_control_id
        if call_leg_id is not UNSET:
            field_dict["call_leg_id"] = call_leg_id
        if call_session_id is not UNSET:
            field_dict["call_session_id"] = call_session_id
        if channels is not UNSET:
            field_dict["channels"] = channels
        if conference_id is not UNSET:
            field_dict["conference_id"] = conference_id
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if download_urls is not UNSET:
            field_dict["download_urls"] = download_urls
        if duration_millis is not UNSET:
            field_dict["duration_millis"] = duration_millis
        if from_ is not UNSET:
            field_dict["from"] = from_
        if id is not UNSET:
            field_dict["id"] = id
        if initiated_by is not UNSET:
            field_dict["initiated_by"] = initiated_by
        if record_type is not UNSET:
            field_dict["record_type"] = record_type
        if recording_ended_at is not UNSET:
            field_dict["recording_ended_at"] = recording_ended_at
        if recording_started_at is not UNSET:
            field_dict["recording_started_at"] = recording_started_at
        if source is not UNSET:
            field_dict["source"] = source
        if status is not UNSET:
            field_dict["status"] = status
        if to is not UNSET:
            field_dict["to"] = to
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id", UNSET)

        call_leg_id = d.pop("call_leg_id", UNSET)

        call_session_id = d.pop("call_session_id", UNSET)

        _channels = d.pop("channels", UNSET)
        channels: Literal["dual", "single"] | Unset
        channels = UNSET if isinstance(_channels, Unset) else enum_value(_channels, str)

        conference_id = d.pop("conference_id", UNSET)

        connection_id = d.pop("connection_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        _download_urls = d.pop("download_urls", UNSET)
        download_urls: RecordingResponseDataDownloadUrls | Unset
        if isinstance(_download_urls, Unset):
            download_urls = UNSET
        else:
            download_urls = RecordingResponseDataDownloadUrls.from_dict(_download_urls)

        duration_millis = d.pop("duration_millis", UNSET)

        from_ = d.pop("from", UNSET)

        id = d.pop("id", UNSET)

        initiated_by = d.pop("initiated_by", UNSET)

        _record_type = d.pop("record_type", UNSET)
        record_type: Literal["recording"] | Unset
        record_type = UNSET if isinstance(_record_type, Unset) else enum_value(_record_type, str)

        recording_ended_at = d.pop("recording_ended_at", UNSET)

        recording_started_at = d.pop("recording_started_at", UNSET)

        _source = d.pop("source", UNSET)
        source: Literal["call", "conference"] | Unset
        source = UNSET if isinstance(_source, Unset) else enum_value(_source, str)

        _status = d.pop("status", UNSET)
        status: Literal["completed"] | Unset
        status = UNSET if isinstance(_status, Unset) else enum_value(_status, str)

        to = d.pop("to", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            call_leg_id=call_leg_id,
            call_session_id=call_session_id,
            channels=channels,
            conference_id=conference_id,
            connection_id=connection_id,
            created_at=created_at,
            download_urls=download_urls,
            duration_millis=duration_millis,
            from_=from_,
            id=id,
            initiated_by=initiated_by,
            record_type=record_type,
            recording_ended_at=recording_ended_at,
            recording_started_at=recording_started_at,
            source=source,
            status=status,
            to=to,
            updated_at=updated_at,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.recording_response_data_download_urls import RecordingResponseDataDownloadUrls
