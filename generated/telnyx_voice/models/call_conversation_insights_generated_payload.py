# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallConversationInsightsGeneratedPayload")


@_attrs_define(frozen=True)
class CallConversationInsightsGeneratedPayload:
    """
    Attributes:
        call_control_id (str | Unset): Call ID used to issue commands via Call Control API. Example:
            v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        call_leg_id (str | Unset): ID that is unique to the call and can be used to correlate webhook events. Example:
            428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        call_session_id (str | Unset): ID that is unique to the call session and can be used to correlate webhook
            events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an
            inbound and outbound leg of a transferred call. Example: 428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
        calling_party_type (Literal["pstn", "sip"] | Unset): The type of calling party connection. Example: pstn.
        client_state (str | Unset): State received from a command. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        connection_id (str | Unset): Call Control App ID (formerly Telnyx connection ID) used in the call. Example:
            7267xxxxxxxxxxxxxx.
        insight_group_id (str | Unset): ID that is unique to the insight group being generated for the call. Example:
            428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
        results (list[CallConversationInsightsGeneratedPayloadResultsItem] | Unset): Array of insight results being
            generated for the call.
    """

    call_control_id: str | Unset = UNSET
    call_leg_id: str | Unset = UNSET
    call_session_id: str | Unset = UNSET
    calling_party_type: Literal["pstn", "sip"] | Unset = UNSET
    client_state: str | Unset = UNSET
    connection_id: str | Unset = UNSET
    insight_group_id: str | Unset = UNSET
    results: list[CallConversationInsightsGeneratedPayloadResultsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        call_leg_id = self.call_leg_id

        call_session_id = self.call_session_id

        calling_party_type: str | Unset = UNSET
        if not isinstance(self.calling_party_type, Unset):
            calling_party_type = self.calling_party_type

        client_state = self.client_state

        connection_id = self.connection_id

        insight_group_id = self.insight_group_id

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if call_control_id is not UNSET:
            field_dict["call_control_id"] = call_control_id
        if call_leg_id is not UNSET:
            field_dict["call_leg_id"] = call_leg_id
        if call_session_id is not UNSET:
            field_dict["call_session_id"] = call_session_id
        if calling_party_type is not UNSET:
            field_dict["calling_party_type"] = calling_party_type
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if insight_group_id is not UNSET:
            field_dict["insight_group_id"] = insight_group_id
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id", UNSET)

        call_leg_id = d.pop("call_leg_id", UNSET)

        call_session_id = d.pop("call_session_id", UNSET)

        _calling_party_type = d.pop("calling_party_type", UNSET)
        calling_party_type: Literal["pstn", "sip"] | Unset
        calling_party_type = UNSET if isinstance(_calling_party_type, Unset) else enum_value(_calling_party_type, str)

        client_state = d.pop("client_state", UNSET)

        connection_id = d.pop("connection_id", UNSET)

        insight_group_id = d.pop("insight_group_id", UNSET)

        _results = d.pop("results", UNSET)
        results: list[CallConversationInsightsGeneratedPayloadResultsItem] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = CallConversationInsightsGeneratedPayloadResultsItem.from_dict(results_item_data)

                results.append(results_item)

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            call_leg_id=call_leg_id,
            call_session_id=call_session_id,
            calling_party_type=calling_party_type,
            client_state=client_state,
            connection_id=connection_id,
            insight_group_id=insight_group_id,
            results=results,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.call_conversation_insights_generated_payload_results_item import (
    CallConversationInsightsGeneratedPayloadResultsItem,
)
