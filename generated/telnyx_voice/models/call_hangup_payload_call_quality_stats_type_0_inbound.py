from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallHangupPayloadCallQualityStatsType0Inbound")


@_attrs_define(frozen=True)
class CallHangupPayloadCallQualityStatsType0Inbound:
    """Inbound call quality statistics.

    Attributes:
        jitter_max_variance (str | Unset): Maximum jitter variance for inbound audio. Example: 2.74.
        jitter_packet_count (str | Unset): Number of packets used for jitter calculation on inbound audio. Example: 0.
        mos (str | Unset): Mean Opinion Score (MOS) for inbound audio quality. Example: 4.50.
        packet_count (str | Unset): Total number of inbound audio packets. Example: 591.
        skip_packet_count (str | Unset): Number of skipped inbound packets (packet loss). Example: 9.
    """

    jitter_max_variance: str | Unset = UNSET
    jitter_packet_count: str | Unset = UNSET
    mos: str | Unset = UNSET
    packet_count: str | Unset = UNSET
    skip_packet_count: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        jitter_max_variance = self.jitter_max_variance

        jitter_packet_count = self.jitter_packet_count

        mos = self.mos

        packet_count = self.packet_count

        skip_packet_count = self.skip_packet_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if jitter_max_variance is not UNSET:
            field_dict["jitter_max_variance"] = jitter_max_variance
        if jitter_packet_count is not UNSET:
            field_dict["jitter_packet_count"] = jitter_packet_count
        if mos is not UNSET:
            field_dict["mos"] = mos
        if packet_count is not UNSET:
            field_dict["packet_count"] = packet_count
        if skip_packet_count is not UNSET:
            field_dict["skip_packet_count"] = skip_packet_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jitter_max_variance = d.pop("jitter_max_variance", UNSET)

        jitter_packet_count = d.pop("jitter_packet_count", UNSET)

        mos = d.pop("mos", UNSET)

        packet_count = d.pop("packet_count", UNSET)

        skip_packet_count = d.pop("skip_packet_count", UNSET)

        additional_properties = d
        return cls(
            jitter_max_variance=jitter_max_variance,
            jitter_packet_count=jitter_packet_count,
            mos=mos,
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
