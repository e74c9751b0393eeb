from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class StartSiprecRequest(BaseModel):
    """
    Example:
        {'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'connector_name': 'my-siprec-connector', 'siprec_track':
            'both_tracks'}

    Attributes:
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        connector_name (str | None): Name of configured SIPREC connector to be used. Example: my-siprec-connector.
        include_metadata_custom_headers (bool | None): When set, custom parameters will be added as metadata
            (recording.session.ExtensionParameters). Otherwise, they’ll be added to sip headers. Example: True.
        secure (bool | None): Controls whether to encrypt media sent to your SRS using SRTP and TLS. When set you need
            to configure SRS port in your connector to 5061. Example: True.
        session_timeout_secs (int | None): Sets `Session-Expires` header to the INVITE. A reinvite is sent every half
            the value set. Usefull for session keep alive. Minimum value is 90, set to 0 to disable. Example: 900.
        sip_transport (Literal["tcp", "tls", "udp"] | None): Specifies SIP transport protocol. Example: tcp.
        siprec_track (Literal["both_tracks", "inbound_track", "outbound_track"] | None): Specifies which track should be
            sent on siprec session. Example: outbound_track.
    """

    client_state: str | None = None
    connector_name: str | None = None
    include_metadata_custom_headers: bool | None = None
    secure: bool | None = None
    session_timeout_secs: int | None = None
    sip_transport: Literal["tcp", "tls", "udp"] | None = None
    siprec_track: Literal["both_tracks", "inbound_track", "outbound_track"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("client_state", "client_state", False),
        ("connector_name", "connector_name", False),
        ("include_metadata_custom_headers", "include_metadata_custom_headers", False),
        ("secure", "secure", False),
        ("session_timeout_secs", "session_timeout_secs", False),
        ("sip_transport", "sip_transport", False),
        ("siprec_track", "siprec_track", False),
    )

    def __init__(
        self,
        *,
        client_state: str | Unset | None = UNSET,
        connector_name: str | Unset | None = UNSET,
        include_metadata_custom_headers: bool | Unset | None = UNSET,
        secure: bool | Unset | None = UNSET,
        session_timeout_secs: int | Unset | None = UNSET,
        sip_transport: Literal["tcp", "tls", "udp"] | Unset | None = UNSET,
        siprec_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset | None = UNSET,
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
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "connector_name", d.pop("connector_name", None))
        _set(self, "include_metadata_custom_headers", d.pop("include_metadata_custom_headers", None))
        _set(self, "secure", d.pop("secure", None))
        _set(self, "session_timeout_secs", d.pop("session_timeout_secs", None))
        _set(self, "sip_transport", d.pop("sip_transport", None))
        _set(self, "siprec_track", d.pop("siprec_track", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("client_state", str, 0),
            ("connector_name", str, 0),
            ("include_metadata_custom_headers", bool, 0),
            ("secure", bool, 0),
            ("session_timeout_secs", int, 0),
            ("sip_transport", str, 0),
            ("siprec_track", str, 0),
        )
