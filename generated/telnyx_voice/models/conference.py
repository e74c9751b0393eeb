# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class Conference(BaseModel):
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
        connection_id (str | None): Identifies the connection associated with the conference Example:
            3fa85f64-9191-4567-b3fc-2c963f66afa6.
        end_reason (Literal["all_left", "ended_via_api", "host_left", "time_exceeded"] | None): Reason why the
            conference ended Example: all_left.
        ended_by (ConferenceEndedBy | None): IDs related to who ended the conference. It is expected for them to all be
            there or all be null
        region (str | None): Region where the conference is hosted Example: sv1.
        status (Literal["completed", "in_progress", "init"] | None): Status of the conference Example: completed.
        updated_at (str | None): ISO 8601 formatted date of when the conference was last updated Example:
            2019-01-23T18:10:02.574Z.
    """

    created_at: str
    expires_at: str
    id: str
    name: str
    record_type: Literal["conference"]
    connection_id: str | None = None
    end_reason: Literal["all_left", "ended_via_api", "host_left", "time_exceeded"] | None = None
    ended_by: ConferenceEndedBy | None = None
    region: str | None = None
    status: Literal["completed", "in_progress", "init"] | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("created_at", "created_at", True),
        ("expires_at", "expires_at", True),
        ("id", "id", True),
        ("name", "name", True),
        ("record_type", "record_type", True),
        ("connection_id", "connection_id", False),
        ("end_reason", "end_reason", False),
        ("ended_by", "ended_by", False),
        ("region", "region", False),
        ("status", "status", False),
        ("updated_at", "updated_at", False),
    )

    def __init__(
        self,
        *,
        created_at: str,
        expires_at: str,
        id: str,
        name: str,
        record_type: Literal["conference"],
        connection_id: str | Unset | None = UNSET,
        end_reason: Literal["all_left", "ended_via_api", "host_left", "time_exceeded"] | Unset | None = UNSET,
        ended_by: ConferenceEndedBy | Unset | None = UNSET,
        region: str | Unset | None = UNSET,
        status: Literal["completed", "in_progress", "init"] | Unset | None = UNSET,
        updated_at: str | Unset | None = UNSET,
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
        _set(self, "created_at", d.pop("created_at", None))
        _set(self, "expires_at", d.pop("expires_at", None))
        _set(self, "id", d.pop("id", None))
        _set(self, "name", d.pop("name", None))
        _set(self, "record_type", d.pop("record_type", None))
        _set(self, "connection_id", d.pop("connection_id", None))
        _set(self, "end_reason", d.pop("end_reason", None))
        v = d.pop("ended_by", None)
        _set(self, "ended_by", ConferenceEndedBy.from_dict(v) if v.__class__ is dict else v)
        _set(self, "region", d.pop("region", None))
        _set(self, "status", d.pop("status", None))
        _set(self, "updated_at", d.pop("updated_at", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("created_at", str, REQUIRED),
            ("expires_at", str, REQUIRED),
            ("id", str, REQUIRED),
            ("name", str, REQUIRED),
            ("record_type", str, REQUIRED),
            ("connection_id", str, 0),
            ("end_reason", str, 0),
            ("ended_by", ConferenceEndedBy, 0),
            ("region", str, 0),
            ("status", str, 0),
            ("updated_at", str, 0),
        )


from ..models.conference_ended_by import ConferenceEndedBy
