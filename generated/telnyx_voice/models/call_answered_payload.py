# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallAnsweredPayload")


@_attrs_define(frozen=True)
class CallAnsweredPayload:
    """
    Attributes:
        call_control_id (str | Unset): Call ID used to issue commands via Call Control API. Example:
            v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg.
        call_leg_id (str | Unset): ID that is unique to the call and can be used to correlate webhook events. Example:
            428c31b6-7af4-4bcb-b7f5-5013ef9657c1.
        call_session_id (str | Unset): ID that is unique to the call session and can be used to correlate webhook
            events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an
            inbound and outbound leg of a transferred call. Example: 428c31b6-abf3-3bc1-b7f4-5013ef9657c1.
        client_state (str | Unset): State received from a command. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        connection_id (str | Unset): Call Control App ID (formerly Telnyx connection ID) used in the call. Example:
            7267xxxxxxxxxxxxxx.
        custom_headers (list[CustomSIPHeader] | Unset): Custom headers set on answer command Example: [{'name':
            'head_1', 'value': 'val_1'}, {'name': 'head_2', 'value': 'val_2'}].
        from_ (str | Unset): Number or SIP URI placing the call. Example: +35319605860.
        sip_headers (list[SIPHeader] | Unset): User-to-User and Diversion headers from sip invite. Example: [{'name':
            'User-to-User', 'value': '1234'}, {'name': 'User-to-User', 'value': '<sip:111@192.168.1.1>'}].
        start_time (datetime.datetime | Unset): ISO 8601 datetime of when the call started. Example:
            2018-02-02T22:20:27.521992Z.
        state (Literal["answered"] | Unset): State received from a command. Example: answered.
        tags (list[str] | Unset): Array of tags associated to number. Example: ['tag-01', 'tag-02'].
        to (str | Unset): Destination number or SIP URI of the call. Example: +13129457420.
    """

    call_control_id: str | Unset = UNSET
    call_leg_id: str | Unset = UNSET
    call_session_id: str | Unset = UNSET
    client_state: str | Unset = UNSET
    connection_id: str | Unset = UNSET
    custom_headers: list[CustomSIPHeader] | Unset = UNSET
    from_: str | Unset = UNSET
    sip_headers: list[SIPHeader] | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    state: Literal["answered"] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        call_leg_id = self.call_leg_id

        call_session_id = self.call_session_id

        client_state = self.client_state

        connection_id = self.connection_id

        custom_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_headers, Unset):
            custom_headers = []
            for custom_headers_item_data in self.custom_headers:
                custom_headers_item = custom_headers_item_data.to_dict()
                custom_headers.append(custom_headers_item)

        from_ = self.from_

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
        if call_session_id is not UNSET:
            field_dict["call_session_id"] = call_session_id
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if custom_headers is not UNSET:
            field_dict["custom_headers"] = custom_headers
        if from_ is not UNSET:
            field_dict["from"] = from_
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

        call_session_id = d.pop("call_session_id", UNSET)

        client_state = d.pop("client_state", UNSET)

        connection_id = d.pop("connection_id", UNSET)

        _custom_headers = d.pop("custom_headers", UNSET)
        custom_headers: list[CustomSIPHeader] | Unset = UNSET
        if _custom_headers is not UNSET:
            custom_headers = []
            for custom_headers_item_data in _custom_headers:
                custom_headers_item = CustomSIPHeader.from_dict(custom_headers_item_data)

                custom_headers.append(custom_headers_item)

        from_ = d.pop("from", UNSET)

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
        state: Literal["answered"] | Unset
        state = UNSET if isinstance(_state, Unset) else enum_value(_state, str)

        tags = cast(list[str], d.pop("tags", UNSET))

        to = d.pop("to", UNSET)

        additional_properties = d
        return cls(
            call_control_id=call_control_id,
            call_leg_id=call_leg_id,
            call_session_id=call_session_id,
            client_state=client_state,
            connection_id=connection_id,
            custom_headers=custom_headers,
            from_=from_,
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
