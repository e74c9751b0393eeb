# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallInitiatedPayload")


@_attrs_define(frozen=True)
class CallInitiatedPayload:
    """
    Attributes:
        call_control_id (str | Unset): Call ID used to issue commands via Call Control API. Example:
            v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        call_leg_id (str | Unset): ID that is unique to the call and can be used to correlate webhook events. Example:
            428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        call_screening_result (str | Unset): Call screening result. Example: spam_likely.
        call_session_id (str | Unset): ID that is unique to the call session and can be used to correlate webhook
            events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an
            inbound and outbound leg of a transferred call. Example: 428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
        caller_id_name (str | Unset): Caller id. Example: +35319605860.
        client_state (str | Unset): State received from a command. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        connection_codecs (str | Unset): The list of comma-separated codecs enabled for the connection. Example:
            G722,PCMU,PCMA.
        connection_id (str | Unset): Call Control App ID (formerly Telnyx connection ID) used in the call. Example:
            7267xxxxxxxxxxxxxx.
        custom_headers (list[CustomSIPHeader] | Unset): Custom headers from sip invite Example: [{'name': 'head_1',
            'value': 'val_1'}, {'name': 'head_2', 'value': 'val_2'}].
        direction (Literal["incoming", "outgoing"] | Unset): Whether the call is `incoming` or `outgoing`. Example:
            incoming.
        from_ (str | Unset): Number or SIP URI placing the call. Example: +35319605860.
        offered_codecs (str | Unset): The list of comma-separated codecs offered by caller. Example: G722,PCMU,PCMA.
        shaken_stir_attestation (str | Unset): SHAKEN/STIR attestation level. Example: A.
        shaken_stir_validated (bool | Unset): Whether attestation was successfully validated or not. Example: True.
        sip_headers (list[SIPHeader] | Unset): User-to-User and Diversion headers from sip invite. Example: [{'name':
            'User-to-User', 'value': '1234'}, {'name': 'User-to-User', 'value': '<sip:111@192.168.1.1>'}].
        start_time (datetime.datetime | Unset): ISO 8601 datetime of when the call started. Example:
            2018-02-02T22:25:27.521992Z.
        state (Literal["bridging", "parked"] | Unset): State received from a command. Example: parked.
        tags (list[str] | Unset): Array of tags associated to number. Example: ['tag-01', 'tag-02'].
        to (str | Unset): Destination number or SIP URI of the call. Example: +13129457420.
    """

    call_control_id: str | Unset = UNSET
    call_leg_id: str | Unset = UNSET
    call_screening_result: str | Unset = UNSET
    call_session_id: str | Unset = UNSET
    caller_id_name: str | Unset = UNSET
    client_state: str | Unset = UNSET
    connection_codecs: str | Unset = UNSET
    connection_id: str | Unset = UNSET
    custom_headers: list[CustomSIPHeader] | Unset = UNSET
    direction: Literal["incoming", "outgoing"] | Unset = UNSET
    from_: str | Unset = UNSET
    offered_codecs: str | Unset = UNSET
    shaken_stir_attestation: str | Unset = UNSET
    shaken_stir_validated: bool | Unset = UNSET
    sip_headers: list[SIPHeader] | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    state: Literal["bridging", "parked"] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        call_leg_id = self.call_leg_id

        call_screening_result = self.call_screening_result

        call_session_id = self.call_session_id

        caller_id_name = self.caller_id_name

        client_state = self.client_state

        connection_codecs = self.connection_codecs

        connection_id = self.connection_id

        custom_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_headers, Unset):
            custom_headers = []
            for custom_headers_item_data in self.custom_headers:
                custom_headers_item = custom_headers_item_data.to_dict()
                custom_headers.append(custom_headers_item)

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        from_ = self.from_

        offered_codecs = self.offered_codecs

        shaken_stir_attestation = self.shaken_stir_attestation

        shaken_stir_validated = self.shaken_stir_validated

        sip_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sip_headers, Unset):
            sip_headers = []
            for sip_headers_item_data in self.sip_headers:
                sip_headers_item = sip_headers_item_data.to_dict()
                sip_headers.append(sip_headers_item)

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if call_control_id is not UNSET:
            field_dict["call_control_id"] = call_control_id
        if call_leg_id is not UNSET:
            field_dict["call_leg_id"] = call_leg_id
        if call_screening_result is not UNSET:
            field_dict["call_screening_result"] = call_screening_result
        if call_session_id is not UNSET:
            field_dict["call_session_id"] = call_session_id
        if caller_id_name is not UNSET:
            field_dict["caller_id_name"] = caller_id_name
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if connection_codecs is not UNSET:
            field_dict["connection_codecs"] = connection_codecs
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if custom_headers is not UNSET:
            field_dict["custom_headers"] = custom_headers
        if direction is not UNSET:
            field_dict["direction"] = direction
        if from_ is not UNSET:
            field_dict["from"] = from_
        if offered_codecs is not UNSET:
            field_dict["offered_codecs"] = offered_codecs
        if shaken_stir_attestation is not UNSET:
            field_dict["shaken_stir_attestation"] = shaken_stir_attestation
        if shaken_stir_validated is not UNSET:
            field_dict["shaken_stir_validated"] = shaken_stir_validated
        if sip_headers is not UNSET:
            field_dict["sip_headers"] = sip_headers
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if state is not UNSET:
            field_dict["state"] = state
        if tags is not UNSET:
            field_dict["tags"] = tags
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id", UNSET)

        call_leg_id = d.pop("call_leg_id", UNSET)

        call_screening_result = d.pop("call_screening_result", UNSET)

        call_session_id = d.pop("call_session_id", UNSET)

        caller_id_name = d.pop("caller_id_name", UNSET)

        client_state = d.pop("client_state", UNSET)

        connection_codecs = d.pop("connection_codecs", UNSET)

        connection_id = d.pop("connection_id", UNSET)

        _custom_headers = d.pop("custom_headers", UNSET)
        custom_headers: list[CustomSIPHeader] | Unset = UNSET
        if _custom_headers is not UNSET:
            custom_headers = []
            for custom_headers_item_data in _custom_headers:
                custom_headers_item = CustomSIPHeader.from_dict(custom_headers_item_data)

                custom_headers.append(custom_headers_item)

        _direction = d.pop("direction", UNSET)
        direction: Literal["incoming", "outgoing"] | Unset
        direction = UNSET if isinstance(_direction, Unset) else enum_value(_direction, str)

        from_ = d.pop("from", UNSET)

        offered_codecs = d.pop("offered_codecs", UNSET)

        shaken_stir_attestation = d.pop("shaken_stir_attestation", UNSET)

        shaken_stir_validated = d.pop("shaken_stir_validated", UNSET)

        _sip_headers = d.pop("sip_headers", UNSET)
        sip_headers: list[SIPHeader] | Unset = UNSET
        if _sip_headers is not UNSET:
            sip_headers = []
            for sip_headers_item_data in _sip_headers:
                sip_headers_item = SIPHeader.from_dict(sip_headers_item_data)

                sip_headers.append(sip_headers_item)

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        start_time = UNSET if isinstance(_start_time, Unset) else datetime.datetime.fromisoformat(_start_time)

        _state = d.pop("state", UNSET)
        state: Literal["bridging", "parked"] | Unset
        state = UNSET if isinstance(_state, Unset) else enum_value(_state, str)

        tags = cast(list[str], d.pop("tags", UNSET))

        to = d.pop("to", UNSET)

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            call_leg_id=call_leg_id,
            call_screening_result=call_screening_result,
            call_session_id=call_session_id,
            caller_id_name=caller_id_name,
            client_state=client_state,
            connection_codecs=connection_codecs,
            connection_id=connection_id,
            custom_headers=custom_headers,
            direction=direction,
            from_=from_,
            offered_codecs=offered_codecs,
            shaken_stir_attestation=shaken_stir_attestation,
            shaken_stir_validated=shaken_stir_validated,
            sip_headers=sip_headers,
            start_time=start_time,
            state=state,
            tags=tags,
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


from ..models.custom_sip_header import CustomSIPHeader
from ..models.sip_header import SIPHeader
