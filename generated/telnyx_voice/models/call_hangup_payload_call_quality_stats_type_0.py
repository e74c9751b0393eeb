# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallHangupPayloadCallQualityStatsType0")


@_attrs_define(frozen=True)
class CallHangupPayloadCallQualityStatsType0:
    """Call quality statistics aggregated from the CHANNEL_HANGUP_COMPLETE event. Only includes metrics that are available
    (filters out nil values). Returns nil if no metrics are available.

        Example:
            {'inbound': {'jitter_max_variance': '2.74', 'jitter_packet_count': '0', 'mos': '4.50', 'packet_count': '591',
                'skip_packet_count': '9'}, 'outbound': {'packet_count': '0', 'skip_packet_count': '0'}}

        Attributes:
            inbound (CallHangupPayloadCallQualityStatsType0Inbound | Unset): Inbound call quality statistics.
            outbound (CallHangupPayloadCallQualityStatsType0Outbound | Unset): Outbound call quality statistics.
    """

    inbound: CallHangupPayloadCallQualityStatsType0Inbound | Unset = UNSET
    outbound: CallHangupPayloadCallQualityStatsType0Outbound | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        inbound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inbound, Unset):
            inbound = self.inbound.to_dict()

        outbound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outbound, Unset):
            outbound = self.outbound.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if outbound is not UNSET:
            field_dict["outbound"] = outbound

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _inbound = d.pop("inbound", UNSET)
        inbound: CallHangupPayloadCallQualityStatsType0Inbound | Unset
        if isinstance(_inbound, Unset):
            inbound = UNSET
        else:
            inbound = CallHangupPayloadCallQualityStatsType0Inbound.from_dict(_inbound)

        _outbound = d.pop("outbound", UNSET)
        outbound: CallHangupPayloadCallQualityStatsType0Outbound | Unset
        if isinstance(_outbound, Unset):
            outbound = UNSET
        else:
            outbound = CallHangupPayloadCallQualityStatsType0Outbound.from_dict(_outbound)

        additional_properties = d
        return cls(
            inbound=inbound,
            outbound=outbound,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.call_hangup_payload_call_quality_stats_type_0_inbound import CallHangupPayloadCallQualityStatsType0Inbound
from ..models.call_hangup_payload_call_quality_stats_type_0_outbound import (
    CallHangupPayloadCallQualityStatsType0Outbound,
)
