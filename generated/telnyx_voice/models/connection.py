from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..models.anchorsite_override import AnchorsiteOverride
from ..types import UNSET, Unset

T = TypeVar("T", bound="Connection")


@_attrs_define(frozen=True)
class Connection:
    """
    Example:
        {'active': True, 'anchorsite_override': 'Latency', 'connection_name': 'string', 'created_at':
            '2018-02-02T22:25:27.521Z', 'id': '6a09cdc3-8948-47f0-aa62-74ac943d6c58', 'outbound_voice_profile_id':
            '1293384261075731499', 'record_type': 'ip_connection', 'updated_at': '2018-02-02T22:25:27.521Z',
            'webhook_api_version': '1', 'webhook_event_failover_url': 'https://failover.example.com', 'webhook_event_url':
            'https://example.com'}

    Attributes:
        active (bool | Unset): Defaults to true Example: True.
        anchorsite_override (AnchorsiteOverride | Unset): `Latency` directs Telnyx to route media through the site with
            the lowest round-trip time to the user's connection. Telnyx calculates this time using ICMP ping messages. This
            can be disabled by specifying a site to handle all media. Example: Amsterdam, Netherlands.
        connection_name (str | Unset):  Example: string.
        created_at (str | Unset): ISO 8601 formatted date indicating when the resource was created. Example:
            2018-02-02T22:25:27.521Z.
        id (str | Unset): Identifies the specific resource. Example: 6a09cdc3-8948-47f0-aa62-74ac943d6c58.
        outbound_voice_profile_id (str | Unset): Identifies the associated outbound voice profile. Example:
            1293384261075731499.
        record_type (str | Unset): Identifies the type of the resource. Example: ip_connection.
        tags (list[str] | Unset): Tags associated with the connection. Example: ['tag1', 'tag2'].
        updated_at (str | Unset): ISO 8601 formatted date indicating when the resource was updated. Example:
            2018-02-02T22:25:27.521Z.
        webhook_api_version (Literal["1", "2"] | Unset): Determines which webhook format will be used, Telnyx API v1 or
            v2. Example: 1.
        webhook_event_failover_url (None | str | Unset): The failover URL where webhooks related to this connection will
            be sent if sending to the primary URL fails. Example: https://failover.example.com.
        webhook_event_url (None | str | Unset): The URL where webhooks related to this connection will be sent. Example:
            https://example.com.
    """

    active: bool | Unset = UNSET
    anchorsite_override: AnchorsiteOverride | Unset = UNSET
    connection_name: str | Unset = UNSET
    created_at: str | Unset = UNSET
    id: str | Unset = UNSET
    outbound_voice_profile_id: str | Unset = UNSET
    record_type: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    updated_at: str | Unset = UNSET
    webhook_api_version: Literal["1", "2"] | Unset = UNSET
    webhook_event_failover_url: str | Unset | None = UNSET
    webhook_event_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        anchorsite_override: str | Unset = UNSET
        if not isinstance(self.anchorsite_override, Unset):
            anchorsite_override = self.anchorsite_override

        connection_name = self.connection_name

        created_at = self.created_at

        id = self.id

        outbound_voice_profile_id = self.outbound_voice_profile_id

        record_type = self.record_type

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

        webhook_event_url: str | Unset | None
        webhook_event_url = UNSET if isinstance(self.webhook_event_url, Unset) else self.webhook_event_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if active is not UNSET:
            field_dict["active"] = active
        if anchorsite_override is not UNSET:
            field_dict["anchorsite_override"] = anchorsite_override
        if connection_name is not UNSET:
            field_dict["connection_name"] = connection_name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if outbound_voice_profile_id is not UNSET:
            field_dict["outbound_voice_profile_id"] = outbound_voice_profile_id
        if record_type is not UNSET:
            field_dict["record_type"] = record_type
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        _anchorsite_override = d.pop("anchorsite_override", UNSET)
        anchorsite_override: AnchorsiteOverride | Unset
        if isinstance(_anchorsite_override, Unset):
            anchorsite_override = UNSET
        else:
            anchorsite_override = enum_value(_anchorsite_override, str)

        connection_name = d.pop("connection_name", UNSET)

        created_at = d.pop("created_at", UNSET)

        id = d.pop("id", UNSET)

        outbound_voice_profile_id = d.pop("outbound_voice_profile_id", UNSET)

        record_type = d.pop("record_type", UNSET)

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

        additional_properties = d
        return cls(
            active=active,
            anchorsite_override=anchorsite_override,
            connection_name=connection_name,
            created_at=created_at,
            id=id,
            outbound_voice_profile_id=outbound_voice_profile_id,
            record_type=record_type,
            tags=tags,
            updated_at=updated_at,
            webhook_api_version=webhook_api_version,
            webhook_event_failover_url=webhook_event_failover_url,
            webhook_event_url=webhook_event_url,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
