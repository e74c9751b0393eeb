# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallHangupPayloadCallQualityStatsType0(BaseModel):
    """Call quality statistics aggregated from the CHANNEL_HANGUP_COMPLETE event. Only includes metrics that are available
    (filters out nil values). Returns nil if no metrics are available.

        Example:
            {'inbound': {'jitter_max_variance': '2.74', 'jitter_packet_count': '0', 'mos': '4.50', 'packet_count': '591',
                'skip_packet_count': '9'}, 'outbound': {'packet_count': '0', 'skip_packet_count': '0'}}

        Attributes:
            inbound (CallHangupPayloadCallQualityStatsType0Inbound | None): Inbound call quality statistics.
            outbound (CallHangupPayloadCallQualityStatsType0Outbound | None): Outbound call quality statistics.
    """

    inbound: CallHangupPayloadCallQualityStatsType0Inbound | None = None
    outbound: CallHangupPayloadCallQualityStatsType0Outbound | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("inbound", "inbound", False),
        ("outbound", "outbound", False),
    )

    def __init__(
        self,
        *,
        inbound: CallHangupPayloadCallQualityStatsType0Inbound | Unset | None = UNSET,
        outbound: CallHangupPayloadCallQualityStatsType0Outbound | Unset | None = UNSET,
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
        v = d.pop("inbound", None)
        _set(self, "inbound", CallHangupPayloadCallQualityStatsType0Inbound.from_dict(v) if v.__class__ is dict else v)
        v = d.pop("outbound", None)
        _set(
            self, "outbound", CallHangupPayloadCallQualityStatsType0Outbound.from_dict(v) if v.__class__ is dict else v
        )
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("inbound", CallHangupPayloadCallQualityStatsType0Inbound, 0),
            ("outbound", CallHangupPayloadCallQualityStatsType0Outbound, 0),
        )


from ..models.call_hangup_payload_call_quality_stats_type_0_inbound import CallHangupPayloadCallQualityStatsType0Inbound
from ..models.call_hangup_payload_call_quality_stats_type_0_outbound import (
    CallHangupPayloadCallQualityStatsType0Outbound,
)
