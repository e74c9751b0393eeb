from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallLeftQueuePayload(BaseModel):
    """
    Attributes:
        call_control_id (str | None): Call ID used to issue commands via Call Control API. Example:
            v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        call_leg_id (str | None): ID that is unique to the call and can be used to correlate webhook events. Example:
            428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        call_session_id (str | None): ID that is unique to the call session and can be used to correlate webhook events.
            Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and
            outbound leg of a transferred call. Example: 428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
        client_state (str | None): State received from a command. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        connection_id (str | None): Call Control App ID (formerly Telnyx connection ID) used in the call. Example:
            7267xxxxxxxxxxxxxx.
        queue (str | None): The name of the queue Example: support.
        queue_position (int | None): Last position of the call in the queue. Example: 7.
        reason (Literal["bridged", "bridging-in-process", "hangup", "leave", "timeout"] | None): The reason for leaving
            the queue Example: bridged.
        wait_time_secs (int | None): Time call spent in the queue in seconds. Example: 60.
    """

    call_control_id: str | None = None
    call_leg_id: str | None = None
    call_session_id: str | None = None
    client_state: str | None = None
    connection_id: str | None = None
    queue: str | None = None
    queue_position: int | None = None
    reason: Literal["bridged", "bridging-in-process", "hangup", "leave", "timeout"] | None = None
    wait_time_secs: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_control_id", "call_control_id", False),
        ("call_leg_id", "call_leg_id", False),
        ("call_session_id", "call_session_id", False),
        ("client_state", "client_state", False),
        ("connection_id", "connection_id", False),
        ("queue", "queue", False),
        ("queue_position", "queue_position", False),
        ("reason", "reason", False),
        ("wait_time_secs", "wait_time_secs", False),
    )

    def __init__(
        self,
        *,
        call_control_id: str | Unset | None = UNSET,
        call_leg_id: str | Unset | None = UNSET,
        call_session_id: str | Unset | None = UNSET,
        client_state: str | Unset | None = UNSET,
        connection_id: str | Unset | None = UNSET,
        queue: str | Unset | None = UNSET,
        queue_position: int | Unset | None = UNSET,
        reason: Literal["bridged", "bridging-in-process", "hangup", "leave", "timeout"] | Unset | None = UNSET,
        wait_time_secs: int | Unset | None = UNSET,
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
        _set(self, "call_control_id", d.pop("call_control_id", None))
        _set(self, "call_leg_id", d.pop("call_leg_id", None))
        _set(self, "call_session_id", d.pop("call_session_id", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "connection_id", d.pop("connection_id", None))
        _set(self, "queue", d.pop("queue", None))
        _set(self, "queue_position", d.pop("queue_position", None))
        _set(self, "reason", d.pop("reason", None))
        _set(self, "wait_time_secs", d.pop("wait_time_secs", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("call_control_id", str, 0),
            ("call_leg_id", str, 0),
            ("call_session_id", str, 0),
            ("client_state", str, 0),
            ("connection_id", str, 0),
            ("queue", str, 0),
            ("queue_position", int, 0),
            ("reason", str, 0),
            ("wait_time_secs", int, 0),
        )
