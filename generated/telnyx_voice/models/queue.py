from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule


@_attrs_define(frozen=True, init=False)
class Queue(BaseModel):
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
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("average_wait_time_secs", "average_wait_time_secs", True),
        ("created_at", "created_at", True),
        ("current_size", "current_size", True),
        ("id", "id", True),
        ("max_size", "max_size", True),
        ("name", "name", True),
        ("record_type", "record_type", True),
        ("updated_at", "updated_at", True),
    )

    def __init__(
        self,
        *,
        average_wait_time_secs: int,
        created_at: str,
        current_size: int,
        id: str,
        max_size: int,
        name: str,
        record_type: Literal["queue"],
        updated_at: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        init_model(self, locals())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the model from JSON data leniently: absent fields are None, values that are not what
        the spec says are kept as sent, unknown fields go to `additional_properties`."""
        d = dict(src_dict)
        self = cls.__new__(cls)
        _set = object.__setattr__
        _set(self, "_present", frozenset(d))
        _set(self, "average_wait_time_secs", d.pop("average_wait_time_secs", None))
        _set(self, "created_at", d.pop("created_at", None))
        _set(self, "current_size", d.pop("current_size", None))
        _set(self, "id", d.pop("id", None))
        _set(self, "max_size", d.pop("max_size", None))
        _set(self, "name", d.pop("name", None))
        _set(self, "record_type", d.pop("record_type", None))
        _set(self, "updated_at", d.pop("updated_at", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("average_wait_time_secs", int, REQUIRED),
            ("created_at", str, REQUIRED),
            ("current_size", int, REQUIRED),
            ("id", str, REQUIRED),
            ("max_size", int, REQUIRED),
            ("name", str, REQUIRED),
            ("record_type", str, REQUIRED),
            ("updated_at", str, REQUIRED),
        )
