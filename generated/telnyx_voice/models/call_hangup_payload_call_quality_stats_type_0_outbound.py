from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallHangupPayloadCallQualityStatsType0Outbound(BaseModel):
    """Outbound call quality statistics.

    Attributes:
        packet_count (str | None): Total number of outbound audio packets. Example: 0.
        skip_packet_count (str | None): Number of skipped outbound packets (packet loss). Example: 0.
    """

    packet_count: str | None = None
    skip_packet_count: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("packet_count", "packet_count", False),
        ("skip_packet_count", "skip_packet_count", False),
    )

    def __init__(
        self,
        *,
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
        _set(self, "packet_count", d.pop("packet_count", None))
        _set(self, "skip_packet_count", d.pop("skip_packet_count", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("packet_count", str, 0),
            ("skip_packet_count", str, 0),
        )
