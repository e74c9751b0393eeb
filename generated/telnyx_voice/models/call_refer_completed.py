# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from .._values import read_datetime
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallReferCompleted(BaseModel):
    """
    Example:
        {'event_type': 'call.refer.completed', 'id': '4ce4366d-8d87-44be-a00b-942154e9c5f5', 'occurred_at':
            '2020-03-30T13:29:44.650000Z', 'payload': {'call_control_id':
            'v2:OycMASgvIjsGIAVEx8x3n9rYeKnUJx6a3V8VGhs5futnr17KZhujZA', 'call_leg_id':
            '817f7de8-728a-11ea-9ce6-02420a0f8969', 'call_session_id': '817f8c2a-728a-11ea-9cbe-02420a0f8969',
            'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'connection_id': '1289082222292239760', 'from': '+35319605860',
            'sip_notify_response': 200, 'to': '+13129457420'}, 'record_type': 'event'}

    Attributes:
        event_type (Literal["call.refer.completed"]): The type of event being delivered. Example: call.refer.completed.
        id (str): Identifies the type of resource. Example: 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0.
        payload (CallReferCompletedPayload):
        record_type (Literal["event"]): Identifies the type of the resource. Example: event.
        occurred_at (datetime.datetime | None): ISO 8601 datetime of when the event occurred. Example:
            2018-02-02T22:25:27.521992Z.
    """

    event_type: Literal["call.refer.completed"]
    id: str
    payload: CallReferCompletedPayload
    record_type: Literal["event"]
    occurred_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("event_type", "event_type", True),
        ("id", "id", True),
        ("payload", "payload", True),
        ("record_type", "record_type", True),
        ("occurred_at", "occurred_at", False),
    )

    def __init__(
        self,
        *,
        event_type: Literal["call.refer.completed"],
        id: str,
        payload: CallReferCompletedPayload,
        record_type: Literal["event"],
        occurred_at: datetime.datetime | Unset | None = UNSET,
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
        _set(self, "event_type", d.pop("event_type", None))
        _set(self, "id", d.pop("id", None))
        v = d.pop("payload", None)
        _set(self, "payload", CallReferCompletedPayload.from_dict(v) if v.__class__ is dict else v)
        _set(self, "record_type", d.pop("record_type", None))
        v = d.pop("occurred_at", None)
        _set(self, "occurred_at", read_datetime(v))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("event_type", str, REQUIRED),
            ("id", UUID, REQUIRED),
            ("payload", CallReferCompletedPayload, REQUIRED),
            ("record_type", str, REQUIRED),
            ("occurred_at", datetime.datetime.fromisoformat, 0),
        )


from ..models.call_refer_completed_payload import CallReferCompletedPayload
