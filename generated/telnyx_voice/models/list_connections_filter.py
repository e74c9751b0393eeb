# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListConnectionsFilter")


@_attrs_define(frozen=True)
class ListConnectionsFilter:
    """
    Attributes:
        connection_name (ListConnectionsFilterConnectionName | Unset): Filter by connection_name using nested operations
        fqdn (str | Unset): If present, connections with an `fqdn` that equals the given value will be returned.
            Matching is case-sensitive, and the full string must match.
        outbound_voice_profile_id (str | Unset): Identifies the associated outbound voice profile. Example:
            1293384261075731499.
    """

    connection_name: ListConnectionsFilterConnectionName | Unset = UNSET
    fqdn: str | Unset = UNSET
    outbound_voice_profile_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        connection_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection_name, Unset):
            connection_name = self.connection_name.to_dict()

        fqdn = self.fqdn

        outbound_voice_profile_id = self.outbound_voice_profile_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if connection_name is not UNSET:
            field_dict["connection_name"] = connection_name
        if fqdn is not UNSET:
            field_dict["fqdn"] = fqdn
        if outbound_voice_profile_id is not UNSET:
            field_dict["outbound_voice_profile_id"] = outbound_voice_profile_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _connection_name = d.pop("connection_name", UNSET)
        connection_name: ListConnectionsFilterConnectionName | Unset
        if isinstance(_connection_name, Unset):
            connection_name = UNSET
        else:
            connection_name = ListConnectionsFilterConnectionName.from_dict(_connection_name)

        fqdn = d.pop("fqdn", UNSET)

        outbound_voice_profile_id = d.pop("outbound_voice_profile_id", UNSET)

        additional_properties = d
        return cls(
            connection_name=connection_name,
            fqdn=fqdn,
            outbound_voice_profile_id=outbound_voice_profile_id,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.list_connections_filter_connection_name import ListConnectionsFilterConnectionName
