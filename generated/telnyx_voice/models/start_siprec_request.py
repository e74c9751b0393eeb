from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartSiprecRequest")


@_attrs_define(frozen=True)
class StartSiprecRequest:
    """
    Example:
        {'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'connector_name': 'my-siprec-connector', 'siprec_track':
            'both_tracks'}

    Attributes:
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        connector_name (str | Unset): Name of configured SIPREC connector to be used. Example: my-siprec-connector.
        include_metadata_custom_headers (bool | Unset): When set, custom parameters will be added as metadata
            (recording.session.ExtensionParameters). Otherwise, they’ll be added to sip headers. Example: True.
        secure (bool | Unset): Controls whether to encrypt media sent to your SRS using SRTP and TLS. When set you need
            to configure SRS port in your connector to 5061. Example: True.
        session_timeout_secs (int | Unset): Sets `Session-Expires` header to the INVITE. A reinvite is sent every half
            the value set. Usefull for session keep alive. Minimum value is 90, set to 0 to disable. Example: 900.
        sip_transport (Literal["tcp", "tls", "udp"] | Unset): Specifies SIP transport protocol. Example: tcp.
        siprec_track (Literal["both_tracks", "inbound_track", "outbound_track"] | Unset): Specifies which track should
            be sent on siprec session. Example: outbound_track.
    """

    client_state: str | Unset = UNSET
    connector_name: str | Unset = UNSET
    include_metadata_custom_headers: bool | Unset = UNSET
    secure: bool | Unset = UNSET
    session_timeout_secs: int | Unset = UNSET
    sip_transport: Literal["tcp", "tls", "udp"] | Unset = UNSET
    siprec_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        client_state = self.client_state

        connector_name = self.connector_name

        include_metadata_custom_headers = self.include_metadata_custom_headers

        secure = self.secure

        session_timeout_secs = self.session_timeout_secs

        sip_transport: str | Unset = UNSET
        if not isinstance(self.sip_transport, Unset):
            sip_transport = self.sip_transport

        siprec_track: str | Unset = UNSET
        if not isinstance(self.siprec_track, Unset):
            siprec_track = self.siprec_track

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if connector_name is not UNSET:
            field_dict["connector_name"] = connector_name
        if include_metadata_custom_headers is not UNSET:
            field_dict["include_metadata_custom_headers"] = include_metadata_custom_headers
        if secure is not UNSET:
            field_dict["secure"] = secure
        if session_timeout_secs is not UNSET:
            field_dict["session_timeout_secs"] = session_timeout_secs
        if sip_transport is not UNSET:
            field_dict["sip_transport"] = sip_transport
        if siprec_track is not UNSET:
            field_dict["siprec_track"] = siprec_track

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_state = d.pop("client_state", UNSET)

        connector_name = d.pop("connector_name", UNSET)

        include_metadata_custom_headers = d.pop("include_metadata_custom_headers", UNSET)

        secure = d.pop("secure", UNSET)

        session_timeout_secs = d.pop("session_timeout_secs", UNSET)

        _sip_transport = d.pop("sip_transport", UNSET)
        sip_transport: Literal["tcp", "tls", "udp"] | Unset
        sip_transport = UNSET if isinstance(_sip_transport, Unset) else enum_value(_sip_transport, str)

        _siprec_track = d.pop("siprec_track", UNSET)
        siprec_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset
        siprec_track = UNSET if isinstance(_siprec_track, Unset) else enum_value(_siprec_track, str)

        additional_properties = d
        return cls(
            client_state=client_state,
            connector_name=connector_name,
            include_metadata_custom_headers=include_metadata_custom_headers,
            secure=secure,
            session_timeout_secs=session_timeout_secs,
            sip_transport=sip_transport,
            siprec_track=siprec_track,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
