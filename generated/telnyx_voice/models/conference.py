# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="Conference")


@_attrs_define(frozen=True)
class Conference:
    """
    Example:
        {'connection_id': '3fa85f64-9191-4567-b3fc-2c963f66afa6', 'created_at': '2019-01-23T18:10:02.574Z',
            'end_reason': 'all_left', 'ended_by': {'call_control_id':
            'v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQczRrZvZakpWxBlpw48KyZQ==', 'call_session_id':
            '428c31b6-abf3-3bc1-b7f4-5013ef9657c1'}, 'expires_at': '2019-01-23T18:10:02.574Z', 'id':
            '3fa85f64-5717-4562-b3fc-2c963f66afa6', 'name': 'All hands meeting', 'record_type': 'conference', 'region':
            'sv1', 'status': 'completed', 'updated_at': '2019-01-23T18:10:02.574Z'}

    Attributes:
        created_at (str): ISO 8601 formatted date of when the conference was created Example: 2019-01-23T18:10:02.574Z.
        expires_at (str): ISO 8601 formatted date of when the conference will expire Example: 2019-01-23T18:10:02.574Z.
        id (str): Uniquely identifies the conference Example: 3fa85f64-5717-4562-b3fc-2c963f66afa6.
        name (str): Name of the conference Example: All hands meeting.
        record_type (Literal["conference"]):  Example: conference.
        connection_id (str | Unset): Identifies the connection associated with the conference Example:
            3fa85f64-9191-4567-b3fc-2c963f66afa6.
        end_reason (Literal["all_left", "ended_via_api", "host_left", "time_exceeded"] | Unset): Reason why the
            conference ended Example: all_left.
        ended_by (ConferenceEndedBy | Unset): IDs related to who ended the conference. It is expected for them to all be
            there or all be null
        region (str | Unset): Region where the conference is hosted Example: sv1.
        status (Literal["completed", "in_progress", "init"] | Unset): Status of the conference Example: completed.
        updated_at (str | Unset): ISO 8601 formatted date of when the conference was last updated Example:
            2019-01-23T18:10:02.574Z.
    """

    created_at: str
    expires_at: str
    id: str
    name: str
    record_type: Literal["conference"]
    connection_id: str | Unset = UNSET
    end_reason: Literal["all_left", "ended_via_api", "host_left", "time_exceeded"] | Unset = UNSET
    ended_by: ConferenceEndedBy | Unset = UNSET
    region: str | Unset = UNSET
    status: Literal["completed", "in_progress", "init"] | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        expires_at = self.expires_at

        id = self.id

        name = self.name

        record_type: str = self.record_type

        connection_id = self.connection_id

        end_reason: str | Unset = UNSET
        if not isinstance(self.end_reason, Unset):
            end_reason = self.end_reason

        ended_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ended_by, Unset):
            ended_by = self.ended_by.to_dict()

        region = self.region

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "expires_at": expires_at,
                "id": id,
                "name": name,
                "record_type": record_type,
            }
        )
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if end_reason is not UNSET:
            field_dict["end_reason"] = end_reason
        if ended_by is not UNSET:
            field_dict["ended_by"] = ended_by
        if region is not UNSET:
            field_dict["region"] = region
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at")

        expires_at = d.pop("expires_at")

        id = d.pop("id")

        name = d.pop("name")

        record_type = enum_value(d.pop("record_type"), str)

        connection_id = d.pop("connection_id", UNSET)

        _end_reason = d.pop("end_reason", UNSET)
        end_reason: Literal["all_left", "ended_via_api", "host_left", "time_exceeded"] | Unset
        end_reason = UNSET if isinstance(_end_reason, Unset) else enum_value(_end_reason, str)

        _ended_by = d.pop("ended_by", UNSET)
        ended_by: ConferenceEndedBy | Unset
        ended_by = UNSET if isinstance(_ended_by, Unset) else ConferenceEndedBy.from_dict(_ended_by)

        region = d.pop("region", UNSET)

        _status = d.pop("status", UNSET)
        status: Literal["completed", "in_progress", "init"] | Unset
        status = UNSET if isinstance(_status, Unset) else enum_value(_status, str)

        updated_at = d.pop("updated_at", UNSET)

        additional_properties = d
        return cls(
            created_at=created_at,
            expires_at=expires_at,
            id=id,
            name=name,
            record_type=record_type,
            connection_id=connection_id,
            end_reason=end_reason,
            ended_by=ended_by,
            region=region,
            status=status,
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


from ..models.conference_ended_by import ConferenceEndedBy
