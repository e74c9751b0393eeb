# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetRecordingTranscriptionsFilter")


@_attrs_define(frozen=True)
class GetRecordingTranscriptionsFilter:
    """
    Attributes:
        created_at (GetRecordingTranscriptionsFilterCreatedAt | Unset):
        recording_id (UUID | Unset): If present, transcriptions will be filtered to those associated with the given
            recording. Example: 428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
    """

    created_at: GetRecordingTranscriptionsFilterCreatedAt | Unset = UNSET
    recording_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        recording_id: str | Unset = UNSET
        if not isinstance(self.recording_id, Unset):
            recording_id = str(self.recording_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if recording_id is not UNSET:
            field_dict["recording_id"] = recording_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: GetRecordingTranscriptionsFilterCreatedAt | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = GetRecordingTranscriptionsFilterCreatedAt.from_dict(_created_at)

        _recording_id = d.pop("recording_id", UNSET)
        recording_id: UUID | Unset
        recording_id = UNSET if isinstance(_recording_id, Unset) else UUID(_recording_id)

        additional_properties = d
        return cls(
            created_at=created_at,
            recording_id=recording_id,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.get_recording_transcriptions_filter_created_at import GetRecordingTranscriptionsFilterCreatedAt
