from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class CallControlApplicationOutbound(BaseModel):
    """
    Attributes:
        channel_limit (int | None): When set, this will limit the total number of outbound calls to phone numbers
            associated with this connection. Example: 10.
        outbound_voice_profile_id (str | None): Identifies the associated outbound voice profile. Example:
            1293384261075731499.
    """

    channel_limit: int | None = None
    outbound_voice_profile_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("channel_limit", "channel_limit", False),
        ("outbound_voice_profile_id", "outbound_voice_profile_id", False),
    )

    def __init__(
        self,
        *,
        channel_limit: int | Unset | None = UNSET,
        outbound_voice_profile_id: str | Unset | None = UNSET,
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
        _set(self, "channel_limit", d.pop("channel_limit", None))
        _set(self, "outbound_voice_profile_id", d.pop("outbound_voice_profile_id", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("channel_limit", int, 0),
            ("outbound_voice_profile_id", str, 0),
        )
