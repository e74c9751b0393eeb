from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallControlApplicationInbound")


@_attrs_define(frozen=True)
class CallControlApplicationInbound:
    """
    Attributes:
        channel_limit (int | Unset): When set, this will limit the total number of inbound calls to phone numbers
            associated with this connection. Example: 10.
        shaken_stir_enabled (bool | Unset): When enabled Telnyx will include Shaken/Stir data in the Webhook for new
            inbound calls. Example: False.
        sip_subdomain (str | Unset): Specifies a subdomain that can be used to receive Inbound calls to a Connection, in
            the same way a phone number is used, from a SIP endpoint. Example: the subdomain "example.sip.telnyx.com" can be
            called from any SIP endpoint by using the SIP URI "sip:@example.sip.telnyx.com" where the user part can be any
            alphanumeric value. Please note TLS encrypted calls are not allowed for subdomain calls. Example: example.
        sip_subdomain_receive_settings (Literal["from_anyone", "only_my_connections"] | Unset): This option can be
            enabled to receive calls from: "Anyone" (any SIP endpoint in the public Internet) or "Only my connections" (any
            connection assigned to the same Telnyx user). Example: only_my_connections.
    """

    channel_limit: int | Unset = UNSET
    shaken_stir_enabled: bool | Unset = UNSET
    sip_subdomain: str | Unset = UNSET
    sip_subdomain_receive_settings: Literal["from_anyone", "only_my_connections"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        channel_limit = self.channel_limit

        shaken_stir_enabled = self.shaken_stir_enabled

        sip_subdomain = self.sip_subdomain

        sip_subdomain_receive_settings: str | Unset = UNSET
        if not isinstance(self.sip_subdomain_receive_settings, Unset):
            sip_subdomain_receive_settings = self.sip_subdomain_receive_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if channel_limit is not UNSET:
            field_dict["channel_limit"] = channel_limit
        if shaken_stir_enabled is not UNSET:
            field_dict["shaken_stir_enabled"] = shaken_stir_enabled
        if sip_subdomain is not UNSET:
            field_dict["sip_subdomain"] = sip_subdomain
        if sip_subdomain_receive_settings is not UNSET:
            field_dict["sip_subdomain_receive_settings"] = sip_subdomain_receive_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel_limit = d.pop("channel_limit", UNSET)

        shaken_stir_enabled = d.pop("shaken_stir_enabled", UNSET)

        sip_subdomain = d.pop("sip_subdomain", UNSET)

        _sip_subdomain_receive_settings = d.pop("sip_subdomain_receive_settings", UNSET)
        sip_subdomain_receive_settings: Literal["from_anyone", "only_my_connections"] | Unset
        if isinstance(_sip_subdomain_receive_settings, Unset):
            sip_subdomain_receive_settings = UNSET
        else:
            sip_subdomain_receive_settings = enum_value(_sip_subdomain_receive_settings, str)

        additional_properties = d
        return cls(
            channel_limit=channel_limit,
            shaken_stir_enabled=shaken_stir_enabled,
            sip_subdomain=sip_subdomain,
            sip_subdomain_receive_settings=sip_subdomain_receive_settings,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
