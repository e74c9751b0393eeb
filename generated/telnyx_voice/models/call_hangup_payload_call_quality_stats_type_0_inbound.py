from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallHangupPayloadCallQualityStatsType0Inbound(BaseModel):
    """Inbound call quality statistics.

    Attributes:
        jitter_max_variance (str | None): Maximum jitter variance for inbound audio. Example: 2.74.
        jitter_packet_count (str | None): Number of packets used for jitter calculation on inbound audio. Example: 0.
        mos (str | None): Mean Opinion Score (MOS) for inbound audio quality. Example: 4.50.
        packet_count (str | None): Total number of inbound audio packets. Example: 591.
        skip_packet_count (str | None): Number of skipped inbound packets (packet loss). Example: 9.
    """

    jitter_max_variance: str | None = None
    jitter_packet_count: str | None = None
    mos: str | None = None
    packet_count: str | None = None
    skip_packet_count: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("jitter_max_variance", "jitter_max_variance", False),
        ("jitter_packet_count", "jitter_packet_count", False),
        ("mos", "mos", False),
        ("packet_count", "packet_count", False),
        ("skip_packet_count", "skip_packet_count", False),
    )

    def __init__(
        self,
        *,
        jitter_max_variance: str | Unset | None = UNSET,
        jitter_packet_count: str | Unset | None = UNSET,
        mos: str | Unset | None = UNSET,
        packet_count: str | Unset | None = UNSET,
        skip_packet_count: str | Unset | None = UNSET,
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
        _set(self, "jitter_max_variance", d.pop("jitter_max_variance", None))
        _set(self, "jitter_packet_count", d.pop("jitter_packet_count", None))
        _set(self, "mos", d.pop("mos", None))
        _set(self, "packet_count", d.pop("packet_count", None))
        _set(self, "skip_packet_count", d.pop("skip_packet_count", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("jitter_max_variance", str, 0),
            ("jitter_packet_count", str, 0),
            ("mos", str, 0),
            ("packet_count", str, 0),
            ("skip_packet_count", str, 0),
        )
