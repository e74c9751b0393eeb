from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallControlApplicationInbound(BaseModel):
    """
    Attributes:
        channel_limit (int | None): When set, this will limit the total number of inbound calls to phone numbers
            associated with this connection. Example: 10.
        shaken_stir_enabled (bool | None): When enabled Telnyx will include Shaken/Stir data in the Webhook for new
            inbound calls. Example: False.
        sip_subdomain (str | None): Specifies a subdomain that can be used to receive Inbound calls to a Connection, in
            the same way a phone number is used, from a SIP endpoint. Example: the subdomain "example.sip.telnyx.com" can be
            called from any SIP endpoint by using the SIP URI "sip:@example.sip.telnyx.com" where the user part can be any
            alphanumeric value. Please note TLS encrypted calls are not allowed for subdomain calls. Example: example.
        sip_subdomain_receive_settings (Literal["from_anyone", "only_my_connections"] | None): This option can be
            enabled to receive calls from: "Anyone" (any SIP endpoint in the public Internet) or "Only my connections" (any
            connection assigned to the same Telnyx user). Example: only_my_connections.
    """

    channel_limit: int | None = None
    shaken_stir_enabled: bool | None = None
    sip_subdomain: str | None = None
    sip_subdomain_receive_settings: Literal["from_anyone", "only_my_connections"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("channel_limit", "channel_limit", False),
        ("shaken_stir_enabled", "shaken_stir_enabled", False),
        ("sip_subdomain", "sip_subdomain", False),
        ("sip_subdomain_receive_settings", "sip_subdomain_receive_settings", False),
    )

    def __init__(
        self,
        *,
        channel_limit: int | Unset | None = UNSET,
        shaken_stir_enabled: bool | Unset | None = UNSET,
        sip_subdomain: str | Unset | None = UNSET,
        sip_subdomain_receive_settings: Literal["from_anyone", "only_my_connections"] | Unset | None = UNSET,
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
        _set(self, "channel_limit", d.pop("channel_limit", None))
        _set(self, "shaken_stir_enabled", d.pop("shaken_stir_enabled", None))
        _set(self, "sip_subdomain", d.pop("sip_subdomain", None))
        _set(self, "sip_subdomain_receive_settings", d.pop("sip_subdomain_receive_settings", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("channel_limit", int, 0),
            ("shaken_stir_enabled", bool, 0),
            ("sip_subdomain", str, 0),
            ("sip_subdomain_receive_settings", str, 0),
        )
