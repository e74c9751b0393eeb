from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallHangupPayloadCallQualityStatsType0Outbound")


@_attrs_define(frozen=True)
class CallHangupPayloadCallQualityStatsType0Outbound:
    """Outbound call quality statistics.

    Attributes:
        packet_count (str | Unset): Total number of outbound audio packets. Example: 0.
        skip_packet_count (str | Unset): Number of skipped outbound packets (packet loss). Example: 0.
    """

    packet_count: str | Unset = UNSET
    skip_packet_count: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        packet_count = self.packet_count

        skip_packet_count = self.skip_packet_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if packet_count is not UNSET:
            field_dict["packet_count"] = packet_count
        if skip_packet_count is not UNSET:
            field_dict["skip_packet_count"] = skip_packet_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        packet_count = d.pop("packet_count", UNSET)

        skip_packet_count = d.pop("skip_packet_count", UNSET)

        additional_properties = d
        return cls(
            packet_count=packet_count,
            skip_packet_count=skip_packet_count,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
