# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ListCallEventsFilter(BaseModel):
    """
    Attributes:
        application_name (ListCallEventsFilterApplicationName | None): Application name filters
        application_session_id (str | None): The unique identifier of the call session. A session may include multiple
            call leg events.
        connection_id (str | None): The unique identifier of the conection.
        failed (bool | None): Delivery failed or not. Example: False.
        from_ (str | None): Filter by From number. Example: +12025550142.
        leg_id (str | None): The unique identifier of an individual call leg.
        name (str | None): If present, conferences will be filtered to those with a matching `name` attribute. Matching
            is case-sensitive
        occurred_at (ListCallEventsFilterOccurredAt | None): Event occurred_at filters
        outbound_outbound_voice_profile_id (str | None): Identifies the associated outbound voice profile. Example:
            1293384261075731499.
        product (Literal["call_control", "fax", "texml"] | None): Filter by product. Example: texml.
        status (Literal["completed", "in_progress", "init"] | None): If present, conferences will be filtered by status.
        to (str | None): Filter by To number. Example: +12025550142.
        type (Literal["command", "webhook"] | None): Event type Example: webhook.
    """

    application_name: ListCallEventsFilterApplicationName | None = None
    application_session_id: str | None = None
    connection_id: str | None = None
    failed: bool | None = None
    from_: str | None = None
    leg_id: str | None = None
    name: str | None = None
    occurred_at: ListCallEventsFilterOccurredAt | None = None
    outbound_outbound_voice_profile_id: str | None = None
    product: Literal["call_control", "fax", "texml"] | None = None
    status: Literal["completed", "in_progress", "init"] | None = None
    to: str | None = None
    type: Literal["command", "webhook"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("application_name", "application_name", False),
        ("application_session_id", "application_session_id", False),
        ("connection_id", "connection_id", False),
        ("failed", "failed", False),
        ("from_", "from", False),
        ("leg_id", "leg_id", False),
        ("name", "name", False),
        ("occurred_at", "occurred_at", False),
        ("outbound_outbound_voice_profile_id", "outbound.outbound_voice_profile_id", False),
        ("product", "product", False),
        ("status", "status", False),
        ("to", "to", False),
        ("type", "type", False),
    )

    def __init__(
        self,
        *,
        application_name: ListCallEventsFilterApplicationName | Unset | None = UNSET,
        application_session_id: str | Unset | None = UNSET,
        connection_id: str | Unset | None = UNSET,
        failed: bool | Unset | None = UNSET,
        from_: str | Unset | None = UNSET,
        leg_id: str | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        occurred_at: ListCallEventsFilterOccurredAt | Unset | None = UNSET,
        outbound_outbound_voice_profile_id: str | Unset | None = UNSET,
        product: Literal["call_control", "fax", "texml"] | Unset | None = UNSET,
        status: Literal["completed", "in_progress", "init"] | Unset | None = UNSET,
        to: str | Unset | None = UNSET,
        type: Literal["command", "webhook"] | Unset | None = UNSET,
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
        v = d.pop("application_name", None)
        _set(self, "application_name", ListCallEventsFilterApplicationName.from_dict(v) if v.__class__ is dict else v)
        _set(self, "application_session_id", d.pop("application_session_id", None))
        _set(self, "connection_id", d.pop("connection_id", None))
        _set(self, "failed", d.pop("failed", None))
        _set(self, "from_", d.pop("from", None))
        _set(self, "leg_id", d.pop("leg_id", None))
        _set(self, "name", d.pop("name", None))
        v = d.pop("occurred_at", None)
        _set(self, "occurred_at", ListCallEventsFilterOccurredAt.from_dict(v) if v.__class__ is dict else v)
        _set(self, "outbound_outbound_voice_profile_id", d.pop("outbound.outbound_voice_profile_id", None))
        _set(self, "product", d.pop("product", None))
        _set(self, "status", d.pop("status", None))
        _set(self, "to", d.pop("to", None))
        _set(self, "type", d.pop("type", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("application_name", ListCallEventsFilterApplicationName, 0),
            ("application_session_id", UUID, 0),
            ("connection_id", str, 0),
            ("failed", bool, 0),
            ("from", str, 0),
            ("leg_id", UUID, 0),
            ("name", str, 0),
            ("occurred_at", ListCallEventsFilterOccurredAt, 0),
            ("outbound.outbound_voice_profile_id", str, 0),
            ("product", str, 0),
            ("status", str, 0),
            ("to", str, 0),
            ("type", str, 0),
        )


from ..models.list_call_events_filter_application_name import ListCallEventsFilterApplicationName
from ..models.list_call_events_filter_occurred_at import ListCallEventsFilterOccurredAt
