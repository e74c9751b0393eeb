# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..models.call_control_application_anchorsite_override import CallControlApplicationAnchorsiteOverride
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallControlApplication")


@_attrs_define(frozen=True)
class CallControlApplication:
    """
    Example:
        {'active': False, 'anchorsite_override': 'Latency', 'application_name': 'call-router', 'call_cost_in_webhooks':
            False, 'created_at': '2018-02-02T22:25:27.521Z', 'dtmf_type': 'Inband', 'first_command_timeout': True,
            'first_command_timeout_secs': 10, 'id': '1293384261075731499', 'inbound': {'channel_limit': 10,
            'shaken_stir_enabled': True, 'sip_subdomain': 'example', 'sip_subdomain_receive_settings':
            'only_my_connections'}, 'outbound': {'channel_limit': 10, 'outbound_voice_profile_id': '1293384261075731499'},
            'record_type': 'call_control_application', 'redact_dtmf_debug_logging': True, 'updated_at':
            '2018-02-02T22:25:27.521Z', 'webhook_api_version': '1', 'webhook_event_failover_url':
            'https://failover.example.com', 'webhook_event_url': 'https://example.com', 'webhook_timeout_secs': 25}

    Attributes:
        active (bool | Unset): Specifies whether the connection can be used.
        anchorsite_override (CallControlApplicationAnchorsiteOverride | Unset): <code>Latency</code> directs Telnyx to
            route media through the site with the lowest round-trip time to the user's connection. Telnyx calculates this
            time using ICMP ping messages. This can be disabled by specifying a site to handle all media.
             Example: Amsterdam, Netherlands.
        application_name (str | Unset): A user-assigned name to help manage the application. Example: call-router.
        call_cost_in_webhooks (bool | Unset): Specifies if call cost webhooks should be sent for this Call Control
            Application.
        created_at (str | Unset): ISO 8601 formatted date of when the resource was created Example:
            2018-02-02T22:25:27.521Z.
        dtmf_type (Literal["Inband", "RFC 2833", "SIP INFO"] | Unset): Sets the type of DTMF digits sent from Telnyx to
            this Connection. Note that DTMF digits sent to Telnyx will be accepted in all formats. Example: Inband.
        first_command_timeout (bool | Unset): Specifies whether calls to phone numbers associated with this connection
            should hangup after timing out. Example: True.
        first_command_timeout_secs (int | Unset): Specifies how many seconds to wait before timing out a dial command.
            Example: 10.
        id (str | Unset):  Example: 1293384261075731499.
        inbound (CallControlApplicationInbound | Unset):
        outbound (CallControlApplicationOutbound | Unset):
        record_type (Literal["call_control_application"] | Unset):
        redact_dtmf_debug_logging (bool | Unset): When enabled, DTMF digits entered by users will be redacted in debug
            logs to protect PII data entered through IVR interactions. Example: True.
        tags (list[str] | Unset): Tags assigned to the Call Control Application.
        updated_at (str | Unset): ISO 8601 formatted date of when the resource was last updated Example:
            2018-02-02T22:25:27.521Z.
        webhook_api_version (Literal["1", "2"] | Unset): Determines which webhook format will be used, Telnyx API v1 or
            v2. Example: 1.
        webhook_event_failover_url (None | str | Unset): The failover URL where webhooks related to this connection will
            be sent if sending to the primary URL fails. Must include a scheme, such as `https`. Example:
            https://failover.example.com.
        webhook_event_url (str | Unset): The URL where webhooks related to this connection will be sent. Must include a
            scheme, such as `https`. Example: https://example.com.
        webhook_timeout_secs (int | None | Unset):  Example: 25.
    """

    active: bool | Unset = UNSET
    anchorsite_override: CallControlApplicationAnchorsiteOverride | Unset = UNSET
    application_name: str | Unset = UNSET
    call_cost_in_webhooks: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    dtmf_type: Literal["Inband", "RFC 2833", "SIP INFO"] | Unset = UNSET
    first_command_timeout: bool | Unset = UNSET
    first_command_timeout_secs: int | Unset = UNSET
    id: str | Unset = UNSET
    inbound: CallControlApplicationInbound | Unset = UNSET
    outbound: CallControlApplicationOutbound | Unset = UNSET
    record_type: Literal["call_control_application"] | Unset = UNSET
    redact_dtmf_debug_logging: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    updated_at: str | Unset = UNSET
    webhook_api_version: Literal["1", "2"] | Unset = UNSET
    webhook_event_failover_url: str | Unset | None = UNSET
    webhook_event_url: str | Unset = UNSET
    webhook_timeout_secs: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        anchorsite_override: str | Unset = UNSET
        if not isinstance(self.anchorsite_override, Unset):
            anchorsite_override = self.anchorsite_override

        application_name = self.application_name

        call_cost_in_webhooks = self.call_cost_in_webhooks

        created_at = self.created_at

        dtmf_type: str | Unset = UNSET
        if not isinstance(self.dtmf_type, Unset):
            dtmf_type = self.dtmf_type

        first_command_timeout = self.first_command_timeout

        first_command_timeout_secs = self.first_command_timeout_secs

        id = self.id

        inbound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inbound, Unset):
            inbound = self.inbound.to_dict()

        outbound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outbound, Unset):
            outbound = self.outbound.to_dict()

        record_type: str | Unset = UNSET
        if not isinstance(self.record_type, Unset):
            record_type = self.record_type

        redact_dtmf_debug_logging = self.redact_dtmf_debug_logging

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        updated_at = self.updated_at

        webhook_api_version: str | Unset = UNSET
        if not isinstance(self.webhook_api_version, Unset):
            webhook_api_version = self.webhook_api_version

        webhook_event_failover_url: str | Unset | None
        if isinstance(self.webhook_event_failover_url, Unset):
            webhook_event_failover_url = UNSET
        else:
            webhook_event_failover_url = self.webhook_event_failover_url

        webhook_event_url = self.webhook_event_url

        webhook_timeout_secs: int | Unset | None
        webhook_timeout_secs = UNSET if isinstance(self.webhook_timeout_secs, Unset) else self.webhook_timeout_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if active is not UNSET:
            field_dict["active"] = active
        if anchorsite_override is not UNSET:
            field_dict["anchorsite_override"] = anchorsite_override
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if call_cost_in_webhooks is not UNSET:
            field_dict["call_cost_in_webhooks"] = call_cost_in_webhooks
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if dtmf_type is not UNSET:
            field_dict["dtmf_type"] = dtmf_type
        if first_command_timeout is not UNSET:
            field_dict["first_command_timeout"] = first_command_timeout
        if first_command_timeout_secs is not UNSET:
            field_dict["first_command_timeout_secs"] = first_command_timeout_secs
        if id is not UNSET:
            field_dict["id"] = id
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if outbound is not UNSET:
            field_dict["outbound"] = outbound
        if record_type is not UNSET:
            field_dict["record_type"] = record_type
        if redact_dtmf_debug_logging is not UNSET:
            field_dict["redact_dtmf_debug_logging"] = redact_dtmf_debug_logging
        if tags is not UNSET:
            field_dict["tags"] = tags
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if webhook_api_version is not UNSET:
            field_dict["webhook_api_version"] = webhook_api_version
        if webhook_event_failover_url is not UNSET:
            field_dict["webhook_event_failover_url"] = webhook_event_failover_url
        if webhook_event_url is not UNSET:
            field_dict["webhook_event_url"] = webhook_event_url
        if webhook_timeout_secs is not UNSET:
            field_dict["webhook_timeout_secs"] = webhook_timeout_secs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        _anchorsite_override = d.pop("anchorsite_override", UNSET)
        anchorsite_override: CallControlApplicationAnchorsiteOverride | Unset
        if isinstance(_anchorsite_override, Unset):
            anchorsite_override = UNSET
        else:
            anchorsite_override = enum_value(_anchorsite_override, str)

        application_name = d.pop("application_name", UNSET)

        call_cost_in_webhooks = d.pop("call_cost_in_webhooks", UNSET)

        created_at = d.pop("created_at", UNSET)

        _dtmf_type = d.pop("dtmf_type", UNSET)
        dtmf_type: Literal["Inband", "RFC 2833", "SIP INFO"] | Unset
        dtmf_type = UNSET if isinstance(_dtmf_type, Unset) else enum_value(_dtmf_type, str)

        first_command_timeout = d.pop("first_command_timeout", UNSET)

        first_command_timeout_secs = d.pop("first_command_timeout_secs", UNSET)

        id = d.pop("id", UNSET)

        _inbound = d.pop("inbound", UNSET)
        inbound: CallControlApplicationInbound | Unset
        inbound = UNSET if isinstance(_inbound, Unset) else CallControlApplicationInbound.from_dict(_inbound)

        _outbound = d.pop("outbound", UNSET)
        outbound: CallControlApplicationOutbound | Unset
        outbound = UNSET if isinstance(_outbound, Unset) else CallControlApplicationOutbound.from_dict(_outbound)

        _record_type = d.pop("record_type", UNSET)
        record_type: Literal["call_control_application"] | Unset
        record_type = UNSET if isinstance(_record_type, Unset) else enum_value(_record_type, str)

        redact_dtmf_debug_logging = d.pop("redact_dtmf_debug_logging", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        updated_at = d.pop("updated_at", UNSET)

        _webhook_api_version = d.pop("webhook_api_version", UNSET)
        webhook_api_version: Literal["1", "2"] | Unset
        if isinstance(_webhook_api_version, Unset):
            webhook_api_version = UNSET
        else:
            webhook_api_version = enum_value(_webhook_api_version, str)

        webhook_event_failover_url = d.pop("webhook_event_failover_url", UNSET)

        webhook_event_url = d.pop("webhook_event_url", UNSET)

        webhook_timeout_secs = d.pop("webhook_timeout_secs", UNSET)

        additional_properties = d
        return cls(
            active=active,
            anchorsite_override=anchorsite_override,
            application_name=application_name,
            call_cost_in_webhooks=call_cost_in_webhooks,
            created_at=created_at,
            dtmf_type=dtmf_type,
            first_command_timeout=first_command_timeout,
            first_command_timeout_secs=first_command_timeout_secs,
            id=id,
            inbound=inbound,
            outbound=outbound,
            record_type=record_type,
            redact_dtmf_debug_logging=redact_dtmf_debug_logging,
            tags=tags,
            updated_at=updated_at,
            webhook_api_version=webhook_api_version,
            webhook_event_failover_url=webhook_event_failover_url,
            webhook_event_url=webhook_event_url,
            webhook_timeout_secs=webhook_timeout_secs,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.call_control_application_inbound import CallControlApplicationInbound
from ..models.call_control_application_outbound import CallControlApplicationOutbound
