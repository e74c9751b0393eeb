from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallCostPart(BaseModel):
    """
    Attributes:
        billed_duration_secs (int | None): The billed duration in seconds for this part of the call. Example: 180.
        call_part (str | None): The product component this cost applies to. Values are determined by the billing system
            (e.g. sip-trunking, call-control, call-recording). Not a fixed set — new values may appear as products evolve.
            Example: call-control.
        cost (str | None): The cost for this part of the call. Example: 0.0018.
        currency (str | None): The currency of the cost. Example: USD.
        rate (str | None): The per-minute rate applied. Example: 0.00180.
    """

    billed_duration_secs: int | None = None
    call_part: str | None = None
    cost: str | None = None
    currency: str | None = None
    rate: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("billed_duration_secs", "billed_duration_secs", False),
        ("call_part", "call_part", False),
        ("cost", "cost", False),
        ("currency", "currency", False),
        ("rate", "rate", False),
    )

    def __init__(
        self,
        *,
        billed_duration_secs: int | Unset | None = UNSET,
        call_part: str | Unset | None = UNSET,
        cost: str | Unset | None = UNSET,
        currency: str | Unset | None = UNSET,
        rate: str | Unset | None = UNSET,
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
        _set(self, "billed_duration_secs", d.pop("billed_duration_secs", None))
        _set(self, "call_part", d.pop("call_part", None))
        _set(self, "cost", d.pop("cost", None))
        _set(self, "currency", d.pop("currency", None))
        _set(self, "rate", d.pop("rate", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("billed_duration_secs", int, 0),
            ("call_part", str, 0),
            ("cost", str, 0),
            ("currency", str, 0),
            ("rate", str, 0),
        )
