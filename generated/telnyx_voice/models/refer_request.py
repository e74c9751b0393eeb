# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferRequest")


@_attrs_define(frozen=True)
class ReferRequest:
    """
    Example:
        {'sip_address': 'sip:username@sip.non-telnyx-address.com'}

    Attributes:
        sip_address (str): The SIP URI to which the call will be referred to. Example: sip:username@sip.non-telnyx-
            address.com.
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | Unset): Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent
            commands with the same `command_id` as one that has already been executed. Example:
            891510ac-f3e4-11e8-af5b-de00688a4901.
        custom_headers (list[CustomSIPHeader] | Unset): Custom headers to be added to the SIP INVITE. Example: [{'name':
            'head_1', 'value': 'val_1'}, {'name': 'head_2', 'value': 'val_2'}].
        sip_auth_password (str | Unset): SIP Authentication password used for SIP challenges.
        sip_auth_username (str | Unset): SIP Authentication username used for SIP challenges.
        sip_headers (list[SIPHeader] | Unset): SIP headers to be added to the request. Currently only User-to-User
            header is supported. Example: [{'name': 'User-to-User', 'value': 'value'}].
    """

    sip_address: str
    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    custom_headers: list[CustomSIPHeader] | Unset = UNSET
    sip_auth_password: str | Unset = UNSET
    sip_auth_username: str | Unset = UNSET
    sip_headers: list[SIPHeader] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        sip_address = self.sip_address

        client_state = self.client_state

        command_id = self.command_id

        custom_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_headers, Unset):
            custom_headers = []
            for custom_headers_item_data in self.custom_headers:
                custom_headers_item = custom_headers_item_data.to_dict()
                custom_headers.append(custom_headers_item)

        sip_auth_password = self.sip_auth_password

        sip_auth_username = self.sip_auth_username

        sip_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sip_headers, Unset):
            sip_headers = []
            for sip_headers_item_data in self.sip_headers:
                sip_headers_item = sip_headers_item_data.to_dict()
                sip_headers.append(sip_headers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sip_address": sip_address,
            }
        )
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if custom_headers is not UNSET:
            field_dict["custom_headers"] = custom_headers
        if sip_auth_password is not UNSET:
            field_dict["sip_auth_password"] = sip_auth_password
        if sip_auth_username is not UNSET:
            field_dict["sip_auth_username"] = sip_auth_username
        if sip_headers is not UNSET:
            field_dict["sip_headers"] = sip_headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sip_address = d.pop("sip_address")

        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        _custom_headers = d.pop("custom_headers", UNSET)
        custom_headers: list[CustomSIPHeader] | Unset = UNSET
        if _custom_headers is not UNSET:
            custom_headers = []
            for custom_headers_item_data in _custom_headers:
                custom_headers_item = CustomSIPHeader.from_dict(custom_headers_item_data)

                custom_headers.append(custom_headers_item)

        sip_auth_password = d.pop("sip_auth_password", UNSET)

        sip_auth_username = d.pop("sip_auth_username", UNSET)

        _sip_headers = d.pop("sip_headers", UNSET)
        sip_headers: list[SIPHeader] | Unset = UNSET
        if _sip_headers is not UNSET:
            sip_headers = []
            for sip_headers_item_data in _sip_headers:
                sip_headers_item = SIPHeader.from_dict(sip_headers_item_data)

                sip_headers.append(sip_headers_item)

        additional_properties = d
        return cls(
            sip_address=sip_address,
            client_state=client_state,
            command_id=command_id,
            custom_headers=custom_headers,
            sip_auth_password=sip_auth_password,
            sip_auth_username=sip_auth_username,
            sip_headers=sip_headers,
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
