from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingTranscriptionsResponseData")


@_attrs_define(frozen=True)
class RecordingTranscriptionsResponseData:
    """
    Attributes:
        created_at (str | Unset): ISO 8601 formatted date indicating when the resource was created. Example:
            2018-02-02T22:25:27.521Z.
        duration_millis (int | Unset): The duration of the recording transcription in milliseconds. Example: 60000.
        id (str | Unset): Uniquely identifies the recording transcription. Example:
            3fa85f64-5717-4562-b3fc-2c963f66afa6.
        record_type (Literal["recording_transcription"] | Unset):  Example: recording_transcription.
        recording_id (str | Unset): Uniquely identifies the recording associated with this transcription. Example:
            3fa85f64-5717-4562-b3fc-2c963f66afa6.
        status (Literal["completed", "in-progress"] | Unset): The status of the recording transcription. Only
            `completed` has transcription text available. Example: completed.
        transcription_text (str | Unset): The recording's transcribed text. Example: Good morning, how may I help you?.
        updated_at (str | Unset): ISO 8601 formatted date indicating when the resource was updated. Example:
            2018-02-02T22:25:27.521Z.
    """

    created_at: str | Unset = UNSET
    duration_millis: int | Unset = UNSET
    id: str | Unset = UNSET
    record_type: Literal["recording_transcription"] | Unset = UNSET
    recording_id: str | Unset = UNSET
    status: Literal["completed", "in-progress"] | Unset = UNSET
    transcription_text: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        duration_millis = self.duration_millis

        id = self.id

        record_type: str | Unset = UNSET
        if not isinstance(self.record_type, Unset):
            record_type = self.record_type

        recording_id = self.recording_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        transcription_text = self.transcription_text

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if duration_millis is not UNSET:
            field_dict["duration_millis"] = duration_millis
        if id is not UNSET:
            field_dict["id"] = id
        if record_type is not UNSET:
            field_dict["record_type"] = record_type
        if recording_id is not UNSET:
            field_dict["recording_id"] = recording_id
        if status is not UNSET:
            field_dict["status"] = status
        if transcription_text is not UNSET:
            field_dict["transcription_text"] = transcription_text
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        duration_millis = d.pop("duration_millis", UNSET)

        id = d.pop("id", UNSET)

        _record_type = d.pop("record_type", UNSET)
        record_type: Literal["recording_transcription"] | Unset
        record_type = UNSET if isinstance(_record_type, Unset) else enum_value(_record_type, str)

        recording_id = d.pop("recording_id", UNSET)

        _status = d.pop("status", UNSET)
        status: Literal["completed", "in-progress"] | Unset
        status = UNSET if isinstance(_status, Unset) else enum_value(_status, str)

        transcription_text = d.pop("transcription_text", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        additional_properties = d
        return cls(
            created_at=created_at,
            duration_millis=duration_millis,
            id=id,
            record_type=record_type,
            recording_id=recording_id,
            status=status,
            transcription_text=transcription_text,
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
