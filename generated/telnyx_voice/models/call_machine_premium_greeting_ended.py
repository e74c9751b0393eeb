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
class CallMachinePremiumGreetingEnded(BaseModel):
    """
    Example:
        {'event_type': 'call.machine.premium.greeting.ended', 'id': '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0',
            'occurred_at': '2018-02-02T22:25:27.521992Z', 'payload': {'call_leg_id': '428c31b6-7af4-4bcb-b7f5-5013ef9657c1',
            'call_session_id': '428c31b6-7af4-4bcb-b7f5-5013ef9657c1', 'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d',
            'connection_id': '7267xxxxxxxxxxxxxx', 'from': '+35319605860', 'result': 'beep_detected', 'to': '+35319605860'},
            'record_type': 'event'}

    Attributes:
        event_type (Literal["call.machine.premium.greeting.ended"]): The type of event being delivered. Example:
            call.machine.premium.greeting.ended.
        id (str): Identifies the type of resource. Example: 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0.
        payload (CallMachinePremiumGreetingEndedPayload):
        record_type (Literal["event"]): Identifies the type of the resource. Example: event.
        occurred_at (datetime.datetime | None): ISO 8601 datetime of when the event occurred. Example:
            2018-02-02T22:25:27.521992Z.
    """

    event_type: Literal["call.machine.premium.greeting.ended"]
    id: str
    payload: CallMachinePremiumGreetingEndedPayload
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
        event_type: Literal["call.machine.premium.greeting.ended"],
        id: str,
        payload: CallMachinePremiumGreetingEndedPayload,
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
        _set(self, "payload", CallMachinePremiumGreetingEndedPayload.from_dict(v) if v.__class__ is dict else v)
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
            ("payload", CallMachinePremiumGreetingEndedPayload, REQUIRED),
            ("record_type", str, REQUIRED),
            ("occurred_at", datetime.datetime.fromisoformat, 0),
        )


from ..models.call_machine_premium_greeting_ended_payload import CallMachinePremiumGreetingEndedPayload
