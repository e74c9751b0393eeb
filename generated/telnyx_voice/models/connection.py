from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import NULLABLE, Rule
from .._values import ListOf, OneOf
from ..models.anchorsite_override import AnchorsiteOverride
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class Connection(BaseModel):
    """
    Example:
        {'active': True, 'anchorsite_override': 'Latency', 'connection_name': 'string', 'created_at':
            '2018-02-02T22:25:27.521Z', 'id': '6a09cdc3-8948-47f0-aa62-74ac943d6c58', 'outbound_voice_profile_id':
            '1293384261075731499', 'record_type': 'ip_connection', 'updated_at': '2018-02-02T22:25:27.521Z',
            'webhook_api_version': '1', 'webhook_event_failover_url': 'https://failover.example.com', 'webhook_event_url':
            'https://example.com'}

    Attributes:
        active (bool | None): Defaults to true Example: True.
        anchorsite_override (AnchorsiteOverride | None): `Latency` directs Telnyx to route media through the site with
            the lowest round-trip time to the user's connection. Telnyx calculates this time using ICMP ping messages. This
            can be disabled by specifying a site to handle all media. Example: Amsterdam, Netherlands.
        connection_name (str | None):  Example: string.
        created_at (str | None): ISO 8601 formatted date indicating when the resource was created. Example:
            2018-02-02T22:25:27.521Z.
        id (str | None): Identifies the specific resource. Example: 6a09cdc3-8948-47f0-aa62-74ac943d6c58.
        outbound_voice_profile_id (str | None): Identifies the associated outbound voice profile. Example:
            1293384261075731499.
        record_type (str | None): Identifies the type of the resource. Example: ip_connection.
        tags (list[str] | None): Tags associated with the connection. Example: ['tag1', 'tag2'].
        updated_at (str | None): ISO 8601 formatted date indicating when the resource was updated. Example:
            2018-02-02T22:25:27.521Z.
        webhook_api_version (Literal["1", "2"] | None): Determines which webhook format will be used, Telnyx API v1 or
            v2. Example: 1.
        webhook_event_failover_url (None | str): The failover URL where webhooks related to this connection will be sent
            if sending to the primary URL fails. Example: https://failover.example.com.
        webhook_event_url (None | str): The URL where webhooks related to this connection will be sent. Example:
            https://example.com.
    """

    active: bool | None = None
    anchorsite_override: AnchorsiteOverride | None = None
    connection_name: str | None = None
    created_at: str | None = None
    id: str | None = None
    outbound_voice_profile_id: str | None = None
    record_type: str | None = None
    tags: list[str] | None = None
    updated_at: str | None = None
    webhook_api_version: Literal["1", "2"] | None = None
    webhook_event_failover_url: str | None = None
    webhook_event_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("active", "active", False),
        ("anchorsite_override", "anchorsite_override", False),
        ("connection_name", "connection_name", False),
        ("created_at", "created_at", False),
        ("id", "id", False),
        ("outbound_voice_profile_id", "outbound_voice_profile_id", False),
        ("record_type", "record_type", False),
        ("tags", "tags", False),
        ("updated_at", "updated_at", False),
        ("webhook_api_version", "webhook_api_version", False),
        ("webhook_event_failover_url", "webhook_event_failover_url", False),
        ("webhook_event_url", "webhook_event_url", False),
    )

    def __init__(
        self,
        *,
        active: bool | Unset | None = UNSET,
        anchorsite_override: AnchorsiteOverride | Unset | None = UNSET,
        connection_name: str | Unset | None = UNSET,
        created_at: str | Unset | None = UNSET,
        id: str | Unset | None = UNSET,
        outbound_voice_profile_id: str | Unset | None = UNSET,
        record_type: str | Unset | None = UNSET,
        tags: list[str] | Unset | None = UNSET,
        updated_at: str | Unset | None = UNSET,
        webhook_api_version: Literal["1", "2"] | Unset | None = UNSET,
        webhook_event_failover_url: str | Unset | None = UNSET,
        webhook_event_url: str | Unset | None = UNSET,
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
        _set(self, "active", d.pop("active", None))
        _set(self, "anchorsite_override", d.pop("anchorsite_override", None))
        _set(self, "connection_name", d.pop("connection_name", None))
        _set(self, "created_at", d.pop("created_at", None))
        _set(self, "id", d.pop("id", None))
        _set(self, "outbound_voice_profile_id", d.pop("outbound_voice_profile_id", None))
        _set(self, "record_type", d.pop("record_type", None))
        _set(self, "tags", d.pop("tags", None))
        _set(self, "updated_at", d.pop("updated_at", None))
        _set(self, "webhook_api_version", d.pop("webhook_api_version", None))
        _set(self, "webhook_event_failover_url", d.pop("webhook_event_failover_url", None))
        _set(self, "webhook_event_url", d.pop("webhook_event_url", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("active", bool, 0),
            ("anchorsite_override", str, 0),
            ("connection_name", str, 0),
            ("created_at", str, 0),
            ("id", str, 0),
            ("outbound_voice_profile_id", str, 0),
            ("record_type", str, 0),
            ("tags", ListOf(str), 0),
            ("updated_at", str, 0),
            ("webhook_api_version", str, 0),
            ("webhook_event_failover_url", OneOf((str,), nullable=True), NULLABLE),
            ("webhook_event_url", OneOf((str,), nullable=True), NULLABLE),
        )
