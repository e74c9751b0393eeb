# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from .._values import ListOf
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ReferRequest(BaseModel):
    """
    Example:
        {'sip_address': 'sip:username@sip.non-telnyx-address.com'}

    Attributes:
        sip_address (str): The SIP URI to which the call will be referred to. Example: sip:username@sip.non-telnyx-
            address.com.
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | None): Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent
            commands with the same `command_id` as one that has already been executed. Example:
            891510ac-f3e4-11e8-af5b-de00688a4901.
        custom_headers (list[CustomSIPHeader] | None): Custom headers to be added to the SIP INVITE. Example: [{'name':
            'head_1', 'value': 'val_1'}, {'name': 'head_2', 'value': 'val_2'}].
        sip_auth_password (str | None): SIP Authentication password used for SIP challenges.
        sip_auth_username (str | None): SIP Authentication username used for SIP challenges.
        sip_headers (list[SIPHeader] | None): SIP headers to be added to the request. Currently only User-to-User header
            is supported. Example: [{'name': 'User-to-User', 'value': 'value'}].
    """

    sip_address: str
    client_state: str | None = None
    command_id: str | None = None
    custom_headers: list[CustomSIPHeader] | None = None
    sip_auth_password: str | None = None
    sip_auth_username: str | None = None
    sip_headers: list[SIPHeader] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("sip_address", "sip_address", True),
        ("client_state", "client_state", False),
        ("command_id", "command_id", False),
        ("custom_headers", "custom_headers", False),
        ("sip_auth_password", "sip_auth_password", False),
        ("sip_auth_username", "sip_auth_username", False),
        ("sip_headers", "sip_headers", False),
    )

    def __init__(
        self,
        *,
        sip_address: str,
        client_state: str | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        custom_headers: list[CustomSIPHeader] | Unset | None = UNSET,
        sip_auth_password: str | Unset | None = UNSET,
        sip_auth_username: str | Unset | None = UNSET,
        sip_headers: list[SIPHeader] | Unset | None = UNSET,
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
        _set(self, "sip_address", d.pop("sip_address", None))
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "command_id", d.pop("command_id", None))
        v = d.pop("custom_headers", None)
        _set(
            self,
            "custom_headers",
            [CustomSIPHeader.from_dict(i) if i.__class__ is dict else i for i in v] if v.__class__ is list else v,
        )
        _set(self, "sip_auth_password", d.pop("sip_auth_password", None))
        _set(self, "sip_auth_username", d.pop("sip_auth_username", None))
        v = d.pop("sip_headers", None)
        _set(
            self,
            "sip_headers",
            [SIPHeader.from_dict(i) if i.__class__ is dict else i for i in v] if v.__class__ is list else v,
        )
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("sip_address", str, REQUIRED),
            ("client_state", str, 0),
            ("command_id", str, 0),
            ("custom_headers", ListOf(CustomSIPHeader), 0),
            ("sip_auth_password", str, 0),
            ("sip_auth_username", str, 0),
            ("sip_headers", ListOf(SIPHeader), 0),
        )


from ..models.custom_sip_header import CustomSIPHeader
from ..models.sip_header import SIPHeader
