# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import NULLABLE, Rule
from .._values import ListOf, OneOf, read_datetime
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallCostPayload(BaseModel):
    """
    Attributes:
        billed_duration_secs (int | None): The longest billed duration across all cost parts, in seconds. Example: 120.
        billing_group_id (None | str): Identifies the billing group associated with the call. Example:
            f5586561-8ff0-4291-a0ac-84fe544797bd.
        call_control_id (str | None): Call ID used to issue commands via Call Control API. Example:
            v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        call_leg_id (str | None): ID that is unique to the call and can be used to correlate webhook events. Example:
            428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        call_session_id (str | None): ID that is unique to the call session and can be used to correlate webhook events.
            Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and
            outbound leg of a transferred call. Example: 428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
        client_state (str | None): State received from a command. Base64-encoded. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        connection_id (str | None): Call Control App ID (formerly Telnyx connection ID) used in the call. Example:
            7267xxxxxxxxxxxxxx.
        cost_parts (list[CallCostPart] | None): Breakdown of costs by call part. Example: [{'billed_duration_secs': 60,
            'call_part': 'sip-trunking', 'cost': '0.0050', 'currency': 'USD', 'rate': '0.0050'}, {'billed_duration_secs':
            120, 'call_part': 'call-recording', 'cost': '0.0038', 'currency': 'USD', 'rate': '0.00190'},
            {'billed_duration_secs': 60, 'call_part': 'call-control', 'cost': '0.0018', 'currency': 'USD', 'rate':
            '0.00180'}].
        occurred_at (datetime.datetime | None): ISO 8601 datetime of when the event occurred. Example:
            2018-02-02T22:25:27.521992Z.
        status (Literal["error", "success"] | None): The status of the cost calculation (`success` or `error`). Example:
            success.
        total_cost (None | str): The total cost of the call. Example: 0.0106.
    """

    billed_duration_secs: int | None = None
    billing_group_id: str | None = None
    call_control_id: str | None = None
    call_leg_id: str | None = None
    call_session_id: str | None = None
    client_state: str | None = None
    connection_id: str | None = None
    cost_parts: list[CallCostPart] | None = None
    occurred_at: datetime.datetime | None = None
    status: Literal["error", "success"] | None = None
    total_cost: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("billed_duration_secs", "billed_duration_secs", False),
        ("billing_group_id", "billing_group_id", False),
        ("call_control_id", "call_control_id", False),
        ("call_leg_id", "call_leg_id", False),
        ("call_session_id", "call_session_id", False),
        ("client_state", "client_state", False),
        ("connection_id", "connection_id", False),
        ("cost_parts", "cost_parts", False),
        ("occurred_at", "occurred_at", False),
        ("status", "status", False),
        ("total_cost", "total_cost", False),
    )

    def __init__(
        self,
        *,
        billed_duration_secs: int | Unset | None = UNSET,
        billing_group_id: str | Unset | None = UNSET,
        call_control_id: str | Unset | None = UNSET,
        call_leg_id: str | Unset | None = UNSET,
        call_session_id: str | Unset | None = UNSET,
        client_state: str | Unset | None = UNSET,
        connection_id: str | Unset | None = UNSET,
        cost_parts: list[CallCostPart] | Unset | None = UNSET,
        occurred_at: datetime.datetime | Unset | None = UNSET,
        status: Literal["error", "success"] | Unset | None = UNSET,
        total_cost: str | Unset | None = UNSET,
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
        _set(self, "billed_duration_secs", d.pop("billed_duration_secs", None))
        _set(self, "billing_group_id", d.pop("billing_group_id", None))
        _set(self, "call_control_id", d.pop("call_control_id", None))
        _set(self, "call_leg_id", d.pop("call_leg_id", None))
        _set(self, "call_session_id", d.pop("call_session_id", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "connection_id", d.pop("connection_id", None))
        v = d.pop("cost_parts", None)
        _set(
            self,
            "cost_parts",
            [CallCostPart.from_dict(i) if i.__class__ is dict else i for i in v] if v.__class__ is list else v,
        )
        v = d.pop("occurred_at", None)
        _set(self, "occurred_at", read_datetime(v))
        _set(self, "status", d.pop("status", None))
        _set(self, "total_cost", d.pop("total_cost", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("billed_duration_secs", OneOf((int,), nullable=True), NULLABLE),
            ("billing_group_id", OneOf((str,), nullable=True), NULLABLE),
            ("call_control_id", str, 0),
            ("call_leg_id", str, 0),
            ("call_session_id", str, 0),
            ("client_state", str, 0),
            ("connection_id", str, 0),
            ("cost_parts", ListOf(CallCostPart), 0),
            ("occurred_at", datetime.datetime.fromisoformat, 0),
            ("status", str, 0),
            ("total_cost", OneOf((str,), nullable=True), NULLABLE),
        )


from ..models.call_cost_part import CallCostPart
