from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule


@_attrs_define(frozen=True, init=False)
class CallEvent(BaseModel):
    """
    Example:
        {'call_leg_id': '308fe500-5213-11e9-ace7-02420a0f0668', 'call_session_id':
            '308fec30-5213-11e9-9d3f-02420a0f0668', 'event_timestamp': '2019-03-29T11:10:19.127783Z', 'metadata': {},
            'name': 'call.hangup', 'record_type': 'call_event', 'type': 'webhook'}

    Attributes:
        call_leg_id (str): Uniquely identifies an individual call leg. Example: 308fe500-5213-11e9-ace7-02420a0f0668.
        call_session_id (str): Uniquely identifies the call control session. A session may include multiple call leg
            events. Example: 308fec30-5213-11e9-9d3f-02420a0f0668.
        event_timestamp (str): Event timestamp Example: 2019-03-29T11:10:19.127783Z.
        metadata (dict[str, Any]): Event metadata, which includes raw event, and extra information based on event type
        name (str): Event name Example: call.hangup.
        record_type (Literal["call_event"]):  Example: call_event.
        type (Literal["command", "webhook"]): Event type Example: webhook.
    """

    call_leg_id: str
    call_session_id: str
    event_timestamp: str
    metadata: dict[str, Any]
    name: str
    record_type: Literal["call_event"]
    type: Literal["command", "webhook"]
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_leg_id", "call_leg_id", True),
        ("call_session_id", "call_session_id", True),
        ("event_timestamp", "event_timestamp", True),
        ("metadata", "metadata", True),
        ("name", "name", True),
        ("record_type", "record_type", True),
        ("type", "type", True),
    )

    def __init__(
        self,
        *,
        call_leg_id: str,
        call_session_id: str,
        event_timestamp: str,
        metadata: dict[str, Any],
        name: str,
        record_type: Literal["call_event"],
        type: Literal["command", "webhook"],
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
        _set(self, "call_leg_id", d.pop("call_leg_id", None))
        _set(self, "call_session_id", d.pop("call_session_id", None))
        _set(self, "event_timestamp", d.pop("event_timestamp", None))
        _set(self, "metadata", d.pop("metadata", None))
        _set(self, "name", d.pop("name", None))
        _set(self, "record_type", d.pop("record_type", None))
        _set(self, "type", d.pop("type", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("call_leg_id", str, REQUIRED),
            ("call_session_id", str, REQUIRED),
            ("event_timestamp", str, REQUIRED),
            ("metadata", dict, REQUIRED),
            ("name", str, REQUIRED),
            ("record_type", str, REQUIRED),
            ("type", str, REQUIRED),
        )
