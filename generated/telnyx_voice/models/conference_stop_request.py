from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from .._values import ListOf
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ConferenceStopRequest(BaseModel):
    """
    Attributes:
        call_control_ids (list[str] | None): List of call control ids identifying participants the audio file should
            stop be played to. If not given, the audio will be stoped to the entire conference.
        region (Literal["Australia", "Europe", "Middle East", "US"] | None): Region where the conference data is
            located. Defaults to the region defined in user's data locality settings (Europe or US). Example: US.
    """

    call_control_ids: list[str] | None = None
    region: Literal["Australia", "Europe", "Middle East", "US"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_control_ids", "call_control_ids", False),
        ("region", "region", False),
    )

    def __init__(
        self,
        *,
        call_control_ids: list[str] | Unset | None = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset | None = UNSET,
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
        _set(self, "call_control_ids", d.pop("call_control_ids", None))
        _set(self, "region", d.pop("region", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("call_control_ids", ListOf(str), 0),
            ("region", str, 0),
        )
