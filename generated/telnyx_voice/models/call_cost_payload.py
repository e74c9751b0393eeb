# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallCostPayload")


@_attrs_define(frozen=True)
class CallCostPayload:
    """
    Attributes:
        billed_duration_secs (int | None | Unset): The longest billed duration across all cost parts, in seconds.
            Example: 120.
        billing_group_id (None | str | Unset): Identifies the billing group associated with the call. Example:
            f5586561-8ff0-4291-a0ac-84fe544797bd.
        call_control_id (str | Unset): Call ID used to issue commands via Call Control API. Example:
            v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        call_leg_id (str | Unset): ID that is unique to the call and can be used to correlate webhook events. Example:
            428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        call_session_id (str | Unset): ID that is unique to the call session and can be used to correlate webhook
            events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an
            inbound and outbound leg of a transferred call. Example: 428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
        client_state (str | Unset): State received from a command. Base64-encoded. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        connection_id (str | Unset): Call Control App ID (formerly Telnyx connection ID) used in the call. Example:
            7267xxxxxxxxxxxxxx.
        cost_parts (list[CallCostPart] | Unset): Breakdown of costs by call part. Example: [{'billed_duration_secs': 60,
            'call_part': 'sip-trunking', 'cost': '0.0050', 'currency': 'USD', 'rate': '0.0050'}, {'billed_duration_secs':
            120, 'call_part': 'call-recording', 'cost': '0.0038', 'currency': 'USD', 'rate': '0.00190'},
            {'billed_duration_secs': 60, 'call_part': 'call-control', 'cost': '0.0018', 'currency': 'USD', 'rate':
            '0.00180'}].
        occurred_at (datetime.datetime | Unset): ISO 8601 datetime of when the event occurred. Example:
            2018-02-02T22:25:27.521992Z.
        status (Literal["error", "success"] | Unset): The status of the cost calculation (`success` or `error`).
            Example: success.
        total_cost (None | str | Unset): The total cost of the call. Example: 0.0106.
    """

    billed_duration_secs: int | Unset | None = UNSET
    billing_group_id: str | Unset | None = UNSET
    call_control_id: str | Unset = UNSET
    call_leg_id: str | Unset = UNSET
    call_session_id: str | Unset = UNSET
    client_state: str | Unset = UNSET
    connection_id: str | Unset = UNSET
    cost_parts: list[CallCostPart] | Unset = UNSET
    occurred_at: datetime.datetime | Unset = UNSET
    status: Literal["error", "success"] | Unset = UNSET
    total_cost: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        billed_duration_secs: int | Unset | None
        billed_duration_secs = UNSET if isinstance(self.billed_duration_secs, Unset) else self.billed_duration_secs

        billing_group_id: str | Unset | None
        billing_group_id = UNSET if isinstance(self.billing_group_id, Unset) else self.billing_group_id

        call_control_id = self.call_control_id

        call_leg_id = self.call_leg_id

        call_session_id = self.call_session_id

        client_state = self.client_state

        connection_id = self.connection_id

        cost_parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cost_parts, Unset):
            cost_parts = []
            for cost_parts_item_data in self.cost_parts:
                cost_parts_item = cost_parts_item_data.to_dict()
                cost_parts.append(cost_parts_item)

        occurred_at: str | Unset = UNSET
        if not isinstance(self.occurred_at, Unset):
            occurred_at = self.occurred_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        total_cost: str | Unset | None
        total_cost = UNSET if isinstance(self.total_cost, Unset) else self.total_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if billed_duration_secs is not UNSET:
            field_dict["billed_duration_secs"] = billed_duration_secs
        if billing_group_id is not UNSET:
            field_dict["billing_group_id"] = billing_group_id
        if call_control_id is not UNSET:
            field_dict["call_control_id"] = call_control_id
        if call_leg_id is not UNSET:
            field_dict["call_leg_id"] = call_leg_id
        if call_session_id is not UNSET:
            field_dict["call_session_id"] = call_session_id
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if cost_parts is not UNSET:
            field_dict["cost_parts"] = cost_parts
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at
        if status is not UNSET:
            field_dict["status"] = status
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        billed_duration_secs = d.pop("billed_duration_secs", UNSET)

        billing_group_id = d.pop("billing_group_id", UNSET)

        call_control_id = d.pop("call_control_id", UNSET)

        call_leg_id = d.pop("call_leg_id", UNSET)

        call_session_id = d.pop("call_session_id", UNSET)

        client_state = d.pop("client_state", UNSET)

        connection_id = d.pop("connection_id", UNSET)

        _cost_parts = d.pop("cost_parts", UNSET)
        cost_parts: list[CallCostPart] | Unset = UNSET
        if _cost_parts is not UNSET:
            cost_parts = []
            for cost_parts_item_data in _cost_parts:
                cost_parts_item = CallCostPart.from_dict(cost_parts_item_data)

                cost_parts.append(cost_parts_item)

        _occurred_at = d.pop("occurred_at", UNSET)
        occurred_at: datetime.datetime | Unset
        occurred_at = UNSET if isinstance(_occurred_at, Unset) else datetime.datetime.fromisoformat(_occurred_at)

        _status = d.pop("status", UNSET)
        status: Literal["error", "success"] | Unset
        status = UNSET if isinstance(_status, Unset) else enum_value(_status, str)

        total_cost = d.pop("total_cost", UNSET)

        additional_properties = d
        return cls(
            billed_duration_secs=billed_duration_secs,
            billing_group_id=billing_group_id,
            call_control_id=call_control_id,
            call_leg_id=call_leg_id,
            call_session_id=call_session_id,
            client_state=client_state,
            connection_id=connection_id,
            cost_parts=cost_parts,
            occurred_at=occurred_at,
            status=status,
            total_cost=total_cost,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.call_cost_part import CallCostPart
