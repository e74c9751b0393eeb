from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallControlCommandResultWithRecordingID")


@_attrs_define(frozen=True)
class CallControlCommandResultWithRecordingID:
    """
    Example:
        {'recording_id': 'd7e9c1d4-8b2a-4b8f-b3a7-9a671c9e9b0a', 'result': 'ok'}

    Attributes:
        recording_id (UUID | Unset): The ID of the recording. Only present when the record parameter is set to record-
            from-answer. Example: d7e9c1d4-8b2a-4b8f-b3a7-9a671c9e9b0a.
        result (str | Unset):  Example: ok.
    """

    recording_id: UUID | Unset = UNSET
    result: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        recording_id: str | Unset = UNSET
        if not isinstance(self.recording_id, Unset):
            recording_id = str(self.recording_id)

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if recording_id is not UNSET:
            field_dict["recording_id"] = recording_id
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _recording_id = d.pop("recording_id", UNSET)
        recording_id: UUID | Unset
        recording_id = UNSET if isinstance(_recording_id, Unset) else UUID(_recording_id)

        result = d.pop("result", UNSET)

        additional_properties = d
        return cls(
            recording_id=recording_id,
            result=result,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
