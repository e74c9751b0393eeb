# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetRecordingsFilter")


@_attrs_define(frozen=True)
class GetRecordingsFilter:
    """
    Attributes:
        call_control_id (str | Unset): If present, recordings will be filtered to those with a matching
            `call_control_id`. Example: v3:e-31OnvjEM7Y4wvxr3TKNk8M3QyLcGZPiUIzCGtwQtOtEjY-B0urkw.
        call_leg_id (UUID | Unset): If present, recordings will be filtered to those with a matching call_leg_id.
            Example: 428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        call_session_id (UUID | Unset): If present, recordings will be filtered to those with a matching
            call_session_id. Example: 428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        conference_id (str | Unset): Returns only recordings associated with a given conference. Example:
            428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        conference_region (str | Unset): If present, recordings will be filtered to those with a matching
            `conference_region`. Example: us.
        connection_id (str | Unset): If present, recordings will be filtered to those with a matching `connection_id`
            attribute (case-sensitive). Example: 175237942907135762.
        created_at (GetRecordingsFilterCreatedAt | Unset):
        end_time (GetRecordingsFilterEndTime | Unset):
        from_ (str | Unset): If present, recordings will be filtered to those with a matching `from` attribute (case-
            sensitive). Example: 1234567890.
        sip_call_id (str | Unset): If present, recordings will be filtered to those with a matching `sip_call_id`
            attribute. Matching is case-sensitive. Example: 428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        start_time (GetRecordingsFilterStartTime | Unset):
        to (str | Unset): If present, recordings will be filtered to those with a matching `to` attribute (case-
            sensitive). Example: 1234567890.
    """

    call_control_id: str | Unset = UNSET
    call_leg_id: UUID | Unset = UNSET
    call_session_id: UUID | Unset = UNSET
    conference_id: str | Unset = UNSET
    conference_region: str | Unset = UNSET
    connection_id: str | Unset = UNSET
    created_at: GetRecordingsFilterCreatedAt | Unset = UNSET
    end_time: GetRecordingsFilterEndTime | Unset = UNSET
    from_: str | Unset = UNSET
    sip_call_id: str | Unset = UNSET
    start_time: GetRecordingsFilterStartTime | Unset = UNSET
    to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        call_leg_id: str | Unset = UNSET
        if not isinstance(self.call_leg_id, Unset):
            call_leg_id = str(self.call_leg_id)

        call_session_id: str | Unset = UNSET
        if not isinstance(self.call_session_id, Unset):
            call_session_id = str(self.call_session_id)

        conference_id = self.conference_id

        conference_region = self.conference_region

        connection_id = self.connection_id

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        end_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.to_dict()

        from_ = self.from_

        sip_call_id = self.sip_call_id

        start_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.to_dict()

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if call_control_id is not UNSET:
            field_dict["call_control_id"] = call_control_id
        if call_leg_id is not UNSET:
            field_dict["call_leg_id"] = call_leg_id
        if call_session_id is not UNSET:
            field_dict["call_session_id"] = call_session_id
        if conference_id is not UNSET:
            field_dict["conference_id"] = conference_id
        if conference_region is not UNSET:
            field_dict["conference_region"] = conference_region
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if from_ is not UNSET:
            field_dict["from"] = from_
        if sip_call_id is not UNSET:
            field_dict["sip_call_id"] = sip_call_id
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id", UNSET)

        _call_leg_id = d.pop("call_leg_id", UNSET)
        call_leg_id: UUID | Unset
        call_leg_id = UNSET if isinstance(_call_leg_id, Unset) else UUID(_call_leg_id)

        _call_session_id = d.pop("call_session_id", UNSET)
        call_session_id: UUID | Unset
        call_session_id = UNSET if isinstance(_call_session_id, Unset) else UUID(_call_session_id)

        conference_id = d.pop("conference_id", UNSET)

        conference_region = d.pop("conference_region", UNSET)

        connection_id = d.pop("connection_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: GetRecordingsFilterCreatedAt | Unset
        created_at = UNSET if isinstance(_created_at, Unset) else GetRecordingsFilterCreatedAt.from_dict(_created_at)

        _end_time = d.pop("end_time", UNSET)
        end_time: GetRecordingsFilterEndTime | Unset
        end_time = UNSET if isinstance(_end_time, Unset) else GetRecordingsFilterEndTime.from_dict(_end_time)

        from_ = d.pop("from", UNSET)

        sip_call_id = d.pop("sip_call_id", UNSET)

        _start_time = d.pop("start_time", UNSET)
        start_time: GetRecordingsFilterStartTime | Unset
        start_time = UNSET if isinstance(_start_time, Unset) else GetRecordingsFilterStartTime.from_dict(_start_time)

        to = d.pop("to", UNSET)

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            call_leg_id=call_leg_id,
            call_session_id=call_session_id,
            conference_id=conference_id,
            conference_region=conference_region,
            connection_id=connection_id,
            created_at=created_at,
            end_time=end_time,
            from_=from_,
            sip_call_id=sip_call_id,
            start_time=start_time,
            to=to,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.get_recordings_filter_created_at import GetRecordingsFilterCreatedAt
from ..models.get_recordings_filter_end_time import GetRecordingsFilterEndTime
from ..models.get_recordings_filter_start_time import GetRecordingsFilterStartTime
