# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallAIGatherPartialResultsPayload")


@_attrs_define(frozen=True)
class CallAIGatherPartialResultsPayload:
    """
    Attributes:
        call_control_id (str | Unset): Call ID used to issue commands via Call Control API. Example:
            v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQ.
        call_leg_id (str | Unset): ID that is unique to the call and can be used to correlate webhook events. Example:
            428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        call_session_id (str | Unset): ID that is unique to the call session and can be used to correlate webhook
            events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an
            inbound and outbound leg of a transferred call. Example: 428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
        client_state (str | Unset): State received from a command. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        connection_id (str | Unset): Telnyx connection ID used in the call. Example: 7267xxxxxxxxxxxxxx.
        from_ (str | Unset): Number or SIP URI placing the call. Example: +35319605860.
        message_history (list[CallAIGatherPartialResultsPayloadMessageHistoryItem] | Unset): The history of the messages
            exchanged during the AI gather
        partial_results (CallAIGatherPartialResultsPayloadPartialResults | Unset): The partial result of the AI gather,
            its type depends of the `parameters` provided in the command Example: {'age': 29, 'city': 'Paris'}.
        to (str | Unset): Destination number or SIP URI of the call. Example: +13129457420.
    """

    call_control_id: str | Unset = UNSET
    call_leg_id: str | Unset = UNSET
    call_session_id: str | Unset = UNSET
    client_state: str | Unset = UNSET
    connection_id: str | Unset = UNSET
    from_: str | Unset = UNSET
    message_history: list[CallAIGatherPartialResultsPayloadMessageHistoryItem] | Unset = UNSET
    partial_results: CallAIGatherPartialResultsPayloadPartialResults | Unset = UNSET
    to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        call_leg_id = self.call_leg_id

        call_session_id = self.call_session_id

        client_state = self.client_state

        connection_id = self.connection_id

        from_ = self.from_

        message_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.message_history, Unset):
            message_history = []
            for message_history_item_data in self.message_history:
                message_history_item = message_history_item_data.to_dict()
                message_history.append(message_history_item)

        partial_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partial_results, Unset):
            partial_results = self.partial_results.to_dict()

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if from_ is not UNSET:
            field_dict["from"] = from_
        if message_history is not UNSET:
            field_dict["message_history"] = message_history
        if partial_results is not UNSET:
            field_dict["partial_results"] = partial_results
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id", UNSET)

        call_leg_id = d.pop("call_leg_id", UNSET)

        call_session_id = d.pop("call_session_id", UNSET)

        client_state = d.pop("client_state", UNSET)

        connection_id = d.pop("connection_id", UNSET)

        from_ = d.pop("from", UNSET)

        _message_history = d.pop("message_history", UNSET)
        message_history: list[CallAIGatherPartialResultsPayloadMessageHistoryItem] | Unset = UNSET
        if _message_history is not UNSET:
            message_history = []
            for message_history_item_data in _message_history:
                message_history_item = CallAIGatherPartialResultsPayloadMessageHistoryItem.from_dict(
                    message_history_item_data
                )

                message_history.append(message_history_item)

        _partial_results = d.pop("partial_results", UNSET)
        partial_results: CallAIGatherPartialResultsPayloadPartialResults | Unset
        if isinstance(_partial_results, Unset):
            partial_results = UNSET
        else:
            partial_results = CallAIGatherPartialResultsPayloadPartialResults.from_dict(_partial_results)

        to = d.pop("to", UNSET)

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            call_leg_id=call_leg_id,
            call_session_id=call_session_id,
            client_state=client_state,
            connection_id=connection_id,
            from_=from_,
            message_history=message_history,
            partial_results=partial_results,
            to=to,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.call_ai_gather_partial_results_payload_message_history_item import (
    CallAIGatherPartialResultsPayloadMessageHistoryItem,
)
from ..models.call_ai_gather_partial_results_payload_partial_results import (
    CallAIGatherPartialResultsPayloadPartialResults,
)
