# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListConferencesFilter")


@_attrs_define(frozen=True)
class ListConferencesFilter:
    """
    Attributes:
        application_name (ListConferencesFilterApplicationName | Unset): Application name filters
        application_session_id (UUID | Unset): The unique identifier of the call session. A session may include multiple
            call leg events.
        connection_id (str | Unset): The unique identifier of the conection.
        failed (bool | Unset): Delivery failed or not. Example: False.
        from_ (str | Unset): Filter by From number. Example: +12025550142.
        leg_id (UUID | Unset): The unique identifier of an individual call leg.
        name (str | Unset): If present, conferences will be filtered to those with a matching `name` attribute. Matching
            is case-sensitive
        occurred_at (ListConferencesFilterOccurredAt | Unset): Event occurred_at filters
        outbound_outbound_voice_profile_id (str | Unset): Identifies the associated outbound voice profile. Example:
            1293384261075731499.
        product (Literal["call_control", "fax", "texml"] | Unset): Filter by product. Example: texml.
        status (Literal["completed", "in_progress", "init"] | Unset): If present, conferences will be filtered by
            status.
        to (str | Unset): Filter by To number. Example: +12025550142.
        type_ (Literal["command", "webhook"] | Unset): Event type Example: webhook.
    """

    application_name: ListConferencesFilterApplicationName | Unset = UNSET
    application_session_id: UUID | Unset = UNSET
    connection_id: str | Unset = UNSET
    failed: bool | Unset = UNSET
    from_: str | Unset = UNSET
    leg_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    occurred_at: ListConferencesFilterOccurredAt | Unset = UNSET
    outbound_outbound_voice_profile_id: str | Unset = UNSET
    product: Literal["call_control", "fax", "texml"] | Unset = UNSET
    status: Literal["completed", "in_progress", "init"] | Unset = UNSET
    to: str | Unset = UNSET
    type_: Literal["command", "webhook"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        application_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application_name, Unset):
            application_name = self.application_name.to_dict()

        application_session_id: str | Unset = UNSET
        if not isinstance(self.application_session_id, Unset):
            application_session_id = str(self.application_session_id)

        connection_id = self.connection_id

        failed = self.failed

        from_ = self.from_

        leg_id: str | Unset = UNSET
        if not isinstance(self.leg_id, Unset):
            leg_id = str(self.leg_id)

        name = self.name

        occurred_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.occurred_at, Unset):
            occurred_at = self.occurred_at.to_dict()

        outbound_outbound_voice_profile_id = self.outbound_outbound_voice_profile_id

        product: str | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        to = self.to

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if application_session_id is not UNSET:
            field_dict["application_session_id"] = application_session_id
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if failed is not UNSET:
            field_dict["failed"] = failed
        if from_ is not UNSET:
            field_dict["from"] = from_
        if leg_id is not UNSET:
            field_dict["leg_id"] = leg_id
        if name is not UNSET:
            field_dict["name"] = name
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at
        if outbound_outbound_voice_profile_id is not UNSET:
            field_dict["outbound.outbound_voice_profile_id"] = outbound_outbound_voice_profile_id
        if product is not UNSET:
            field_dict["product"] = product
        if status is not UNSET:
            field_dict["status"] = status
        if to is not UNSET:
            field_dict["to"] = to
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _application_name = d.pop("application_name", UNSET)
        application_name: ListConferencesFilterApplicationName | Unset
        if isinstance(_application_name, Unset):
            application_name = UNSET
        else:
            application_name = ListConferencesFilterApplicationName.from_dict(_application_name)

        _application_session_id = d.pop("application_session_id", UNSET)
        application_session_id: UUID | Unset
        application_session_id = UNSET if isinstance(_application_session_id, Unset) else UUID(_application_session_id)

        connection_id = d.pop("connection_id", UNSET)

        failed = d.pop("failed", UNSET)

        from_ = d.pop("from", UNSET)

        _leg_id = d.pop("leg_id", UNSET)
        leg_id: UUID | Unset
        leg_id = UNSET if isinstance(_leg_id, Unset) else UUID(_leg_id)

        name = d.pop("name", UNSET)

        _occurred_at = d.pop("occurred_at", UNSET)
        occurred_at: ListConferencesFilterOccurredAt | Unset
        if isinstance(_occurred_at, Unset):
            occurred_at = UNSET
        else:
            occurred_at = ListConferencesFilterOccurredAt.from_dict(_occurred_at)

        outbound_outbound_voice_profile_id = d.pop("outbound.outbound_voice_profile_id", UNSET)

        _product = d.pop("product", UNSET)
        product: Literal["call_control", "fax", "texml"] | Unset
        product = UNSET if isinstance(_product, Unset) else enum_value(_product, str)

        _status = d.pop("status", UNSET)
        status: Literal["completed", "in_progress", "init"] | Unset
        status = UNSET if isinstance(_status, Unset) else enum_value(_status, str)

        to = d.pop("to", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: Literal["command", "webhook"] | Unset
        type_ = UNSET if isinstance(_type_, Unset) else enum_value(_type_, str)

        additional_properties = d
        return cls(
            application_name=application_name,
            application_session_id=application_session_id,
            connection_id=connection_id,
            failed=failed,
            from_=from_,
            leg_id=leg_id,
            name=name,
            occurred_at=occurred_at,
            outbound_outbound_voice_profile_id=outbound_outbound_voice_profile_id,
            product=product,
            status=status,
            to=to,
            type_=type_,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.list_conferences_filter_application_name import ListConferencesFilterApplicationName
from ..models.list_conferences_filter_occurred_at import ListConferencesFilterOccurredAt
