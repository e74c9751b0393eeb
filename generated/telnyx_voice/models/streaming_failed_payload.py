# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingFailedPayload")


@_attrs_define(frozen=True)
class StreamingFailedPayload:
    """
    Attributes:
        call_control_id (str | Unset): Call ID used to issue commands via Call Control API. Example:
            31f19208-5db0-11ec-9ea7-02420a0d3a69.
        call_leg_id (str | Unset): ID that is unique to the call and can be used to correlate webhook events. Example:
            31f19208-5db0-11ec-9ea7-02420a0d3a69.
        call_session_id (str | Unset): ID that is unique to the call session and can be used to correlate webhook
            events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an
            inbound and outbound leg of a transferred call. Example: 31f19208-5db0-11ec-9ea7-02420a0d3a69.
        client_state (str | Unset): State received from a command. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        connection_id (str | Unset): Call Control App ID (formerly Telnyx connection ID) used in the call. Example:
            7267xxxxxxxxxxxxxx.
        failure_reason (str | Unset): A short description explaning why the media streaming failed. Example:
            connection_failed.
        stream_id (UUID | Unset): Identifies the streaming. Example: 1edb94f9-7ef0-4150-b502-e0ebadfd9491.
        stream_params (StreamingFailedPayloadStreamParams | Unset): Streaming parameters as they were originally given
            to the Call Control API.
        stream_type (Literal["dialogflow", "websocket"] | Unset): The type of stream connection the stream is
            performing. Example: websocket.
    """

    call_control_id: str | Unset = UNSET
    call_leg_id: str | Unset = UNSET
    call_session_id: str | Unset = UNSET
    client_state: str | Unset = UNSET
    connection_id: str | Unset = UNSET
    failure_reason: str | Unset = UNSET
    stream_id: UUID | Unset = UNSET
    stream_params: StreamingFailedPayloadStreamParams | Unset = UNSET
    stream_type: Literal["dialogflow", "websocket"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        call_leg_id = self.call_leg_id

        call_session_id = self.call_session_id

        client_state = self.client_state

        connection_id = self.connection_id

        failure_reason = self.failure_reason

        stream_id: str | Unset = UNSET
        if not isinstance(self.stream_id, Unset):
            stream_id = str(self.stream_id)

        stream_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_params, Unset):
            stream_params = self.stream_params.to_dict()

        stream_type: str | Unset = UNSET
        if not isinstance(self.stream_type, Unset):
            stream_type = self.stream_type

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
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id
        if stream_params is not UNSET:
            field_dict["stream_params"] = stream_params
        if stream_type is not UNSET:
            field_dict["stream_type"] = stream_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id", UNSET)

        call_leg_id = d.pop("call_leg_id", UNSET)

        call_session_id = d.pop("call_session_id", UNSET)

        client_state = d.pop("client_state", UNSET)

        connection_id = d.pop("connection_id", UNSET)

        failure_reason = d.pop("failure_reason", UNSET)

        _stream_id = d.pop("stream_id", UNSET)
        stream_id: UUID | Unset
        stream_id = UNSET if isinstance(_stream_id, Unset) else UUID(_stream_id)

        _stream_params = d.pop("stream_params", UNSET)
        stream_params: StreamingFailedPayloadStreamParams | Unset
        if isinstance(_stream_params, Unset):
            stream_params = UNSET
        else:
            stream_params = StreamingFailedPayloadStreamParams.from_dict(_stream_params)

        _stream_type = d.pop("stream_type", UNSET)
        stream_type: Literal["dialogflow", "websocket"] | Unset
        stream_type = UNSET if isinstance(_stream_type, Unset) else enum_value(_stream_type, str)

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            call_leg_id=call_leg_id,
            call_session_id=call_session_id,
            client_state=client_state,
            connection_id=connection_id,
            failure_reason=failure_reason,
            stream_id=stream_id,
            stream_params=stream_params,
            stream_type=stream_type,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.streaming_failed_payload_stream_params import StreamingFailedPayloadStreamParams
