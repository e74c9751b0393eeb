# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import NULLABLE, REQUIRED, Rule
from .._values import OneOf
from ..models.call_control_application_anchorsite_override import CallControlApplicationAnchorsiteOverride
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CreateCallControlApplicationRequest(BaseModel):
    """
    Example:
        {'active': False, 'anchorsite_override': 'Latency', 'application_name': 'call-router', 'call_cost_in_webhooks':
            True, 'dtmf_type': 'Inband', 'first_command_timeout': True, 'first_command_timeout_secs': 10, 'inbound':
            {'channel_limit': 10, 'shaken_stir_enabled': True, 'sip_subdomain': 'example', 'sip_subdomain_receive_settings':
            'only_my_connections'}, 'outbound': {'channel_limit': 10, 'outbound_voice_profile_id': '1293384261075731499'},
            'redact_dtmf_debug_logging': True, 'webhook_api_version': '1', 'webhook_event_failover_url':
            'https://failover.example.com', 'webhook_event_url': 'https://example.com', 'webhook_timeout_secs': 25}

    Attributes:
        application_name (str): A user-assigned name to help manage the application. Example: call-router.
        webhook_event_url (str): The URL where webhooks related to this connection will be sent. Must include a scheme,
            such as 'https'. Example: https://example.com.
        active (bool | None): Specifies whether the connection can be used.
        anchorsite_override (CallControlApplicationAnchorsiteOverride | None): <code>Latency</code> directs Telnyx to
            route media through the site with the lowest round-trip time to the user's connection. Telnyx calculates this
            time using ICMP ping messages. This can be disabled by specifying a site to handle all media.
             Example: Amsterdam, Netherlands.
        call_cost_in_webhooks (bool | None): Specifies if call cost webhooks should be sent for this Call Control
            Application.
        dtmf_type (Literal["Inband", "RFC 2833", "SIP INFO"] | None): Sets the type of DTMF digits sent from Telnyx to
            this Connection. Note that DTMF digits sent to Telnyx will be accepted in all formats. Example: Inband.
        first_command_timeout (bool | None): Specifies whether calls to phone numbers associated with this connection
            should hangup after timing out. Example: True.
        first_command_timeout_secs (int | None): Specifies how many seconds to wait before timing out a dial command.
            Example: 10.
        inbound (CallControlApplicationInbound | None):
        outbound (CallControlApplicationOutbound | None):
        redact_dtmf_debug_logging (bool | None): When enabled, DTMF digits entered by users will be redacted in debug
            logs to protect PII data entered through IVR interactions. Example: True.
        webhook_api_version (Literal["1", "2"] | None): Determines which webhook format will be used, Telnyx API v1 or
            v2. Example: 1.
        webhook_event_failover_url (None | str): The failover URL where webhooks related to this connection will be sent
            if sending to the primary URL fails. Must include a scheme, such as 'https'. Example:
            https://failover.example.com.
        webhook_timeout_secs (int | None): Specifies how many seconds to wait before timing out a webhook. Example: 25.
    """

    application_name: str
    webhook_event_url: str
    active: bool | None = None
    anchorsite_override: CallControlApplicationAnchorsiteOverride | None = None
    call_cost_in_webhooks: bool | None = None
    dtmf_type: Literal["Inband", "RFC 2833", "SIP INFO"] | None = None
    first_command_timeout: bool | None = None
    first_command_timeout_secs: int | None = None
    inbound: CallControlApplicationInbound | None = None
    outbound: CallControlApplicationOutbound | None = None
    redact_dtmf_debug_logging: bool | None = None
    webhook_api_version: Literal["1", "2"] | None = None
    webhook_event_failover_url: str | None = None
    webhook_timeout_secs: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("application_name", "application_name", True),
        ("webhook_event_url", "webhook_event_url", True),
        ("active", "active", False),
        ("anchorsite_override", "anchorsite_override", False),
        ("call_cost_in_webhooks", "call_cost_in_webhooks", False),
        ("dtmf_type", "dtmf_type", False),
        ("first_command_timeout", "first_command_timeout", False),
        ("first_command_timeout_secs", "first_command_timeout_secs", False),
        ("inbound", "inbound", False),
        ("outbound", "outbound", False),
        ("redact_dtmf_debug_logging", "redact_dtmf_debug_logging", False),
        ("webhook_api_version", "webhook_api_version", False),
        ("webhook_event_failover_url", "webhook_event_failover_url", False),
        ("webhook_timeout_secs", "webhook_timeout_secs", False),
    )

    def __init__(
        self,
        *,
        application_name: str,
        webhook_event_url: str,
        active: bool | Unset | None = UNSET,
        anchorsite_override: CallControlApplicationAnchorsiteOverride | Unset | None = UNSET,
        call_cost_in_webhooks: bool | Unset | None = UNSET,
        dtmf_type: Literal["Inband", "RFC 2833", "SIP INFO"] | Unset | None = UNSET,
        first_command_timeout: bool | Unset | None = UNSET,
        first_command_timeout_secs: int | Unset | None = UNSET,
        inbound: CallControlApplicationInbound | Unset | None = UNSET,
        outbound: CallControlApplicationOutbound | Unset | None = UNSET,
        redact_dtmf_debug_logging: bool | Unset | None = UNSET,
        webhook_api_version: Literal["1", "2"] | Unset | None = UNSET,
        webhook_event_failover_url: str | Unset | None = UNSET,
        webhook_timeout_secs: int | Unset | None = UNSET,
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
        _set(self, "application_name", d.pop("application_name", None))
        _set(self, "webhook_event_url", d.pop("webhook_event_url", None))
        _set(self, "active", d.pop("active", None))
        _set(self, "anchorsite_override", d.pop("anchorsite_override", None))
        _set(self, "call_cost_in_webhooks", d.pop("call_cost_in_webhooks", None))
        _set(self, "dtmf_type", d.pop("dtmf_type", None))
        _set(self, "first_command_timeout", d.pop("first_command_timeout", None))
        _set(self, "first_command_timeout_secs", d.pop("first_command_timeout_secs", None))
        v = d.pop("inbound", None)
        _set(self, "inbound", CallControlApplicationInbound.from_dict(v) if v.__class__ is dict else v)
        v = d.pop("outbound", None)
        _set(self, "outbound", CallControlApplicationOutbound.from_dict(v) if v.__class__ is dict else v)
        _set(self, "redact_dtmf_debug_logging", d.pop("redact_dtmf_debug_logging", None))
        _set(self, "webhook_api_version", d.pop("webhook_api_version", None))
        _set(self, "webhook_event_failover_url", d.pop("webhook_event_failover_url", None))
        _set(self, "webhook_timeout_secs", d.pop("webhook_timeout_secs", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("application_name", str, REQUIRED),
            ("webhook_event_url", str, REQUIRED),
            ("active", bool, 0),
            ("anchorsite_override", str, 0),
            ("call_cost_in_webhooks", bool, 0),
            ("dtmf_type", str, 0),
            ("first_command_timeout", bool, 0),
            ("first_command_timeout_secs", int, 0),
            ("inbound", CallControlApplicationInbound, 0),
            ("outbound", CallControlApplicationOutbound, 0),
            ("redact_dtmf_debug_logging", bool, 0),
            ("webhook_api_version", str, 0),
            ("webhook_event_failover_url", OneOf((str,), nullable=True), NULLABLE),
            ("webhook_timeout_secs", OneOf((int,), nullable=True), NULLABLE),
        )


from ..models.call_control_application_inbound import CallControlApplicationInbound
from ..models.call_control_application_outbound import CallControlApplicationOutbound
