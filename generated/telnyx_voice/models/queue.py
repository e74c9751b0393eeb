from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value

T = TypeVar("T", bound="Queue")


@_attrs_define(frozen=True)
class Queue:
    """
    Example:
        {'average_wait_time_secs': 175, 'created_at': '2019-01-23T18:10:02.574Z', 'current_size': 20, 'id':
            '3fa85f64-5717-4562-b3fc-2c963f66afa6', 'max_size': 50, 'name': 'support', 'record_type': 'queue', 'updated_at':
            '2019-01-23T18:10:02.574Z'}

    Attributes:
        average_wait_time_secs (int): The average time that the calls currently in the queue have spent waiting, given
            in seconds. Example: 175.
        created_at (str): ISO 8601 formatted date of when the queue was created Example: 2019-01-23T18:10:02.574Z.
        current_size (int): The number of calls currently in the queue Example: 20.
        id (str): Uniquely identifies the queue Example: 3fa85f64-5717-4562-b3fc-2c963f66afa6.
        max_size (int): The maximum number of calls allowed in the queue Example: 50.
        name (str): Name of the queue Example: support.
        record_type (Literal["queue"]):  Example: queue.
        updated_at (str): ISO 8601 formatted date of when the queue was last updated Example: 2019-01-23T18:10:02.574Z.
    """

    average_wait_time_secs: int
    created_at: str
    current_size: int
    id: str
    max_size: int
    name: str
    record_type: Literal["queue"]
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        average_wait_time_secs = self.average_wait_time_secs

        created_at = self.created_at

        current_size = self.current_size

        id = self.id

        max_size = self.max_size

        name = self.name

        record_type: str = self.record_type

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "average_wait_time_secs": average_wait_time_secs,
                "created_at": created_at,
                "current_size": current_size,
                "id": id,
                "max_size": max_size,
                "name": name,
                "record_type": record_type,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        average_wait_time_secs = d.pop("average_wait_time_secs")

        created_at = d.pop("created_at")

        current_size = d.pop("current_size")

        id = d.pop("id")

        max_size = d.pop("max_size")

        name = d.pop("name")

        record_type = enum_value(d.pop("record_type"), str)

        updated_at = d.pop("updated_at")

        additional_properties = d
        return cls(
            average_wait_time_secs=average_wait_time_secs,
            created_at=created_at,
            current_size=current_size,
            id=id,
            max_size=max_size,
            name=name,
            record_type=record_type,
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
