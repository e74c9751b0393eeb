from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class LeaveConferenceRequest(BaseModel):
    """
    Example:
        {'beep_enabled': 'never', 'call_control_id': 'c46e06d7-b78f-4b13-96b6-c576af9640ff'}

    Attributes:
        call_control_id (str): Unique identifier and token for controlling the call Example:
            f91269aa-61d1-417f-97b3-10e020e8bc47.
        beep_enabled (Literal["always", "never", "on_enter", "on_exit"] | None): Whether a beep sound should be played
            when the participant leaves the conference. Can be used to override the conference-level setting. Example:
            on_exit.
        command_id (str | None): Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent
            commands with the same `command_id` as one that has already been executed. Example:
            891510ac-f3e4-11e8-af5b-de00688a4901.
        region (Literal["Australia", "Europe", "Middle East", "US"] | None): Region where the conference data is
            located. Defaults to the region defined in user's data locality settings (Europe or US). Example: US.
    """

    call_control_id: str
    beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | None = None
    command_id: str | None = None
    region: Literal["Australia", "Europe", "Middle East", "US"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_control_id", "call_control_id", True),
        ("beep_enabled", "beep_enabled", False),
        ("command_id", "command_id", False),
        ("region", "region", False),
    )

    def __init__(
        self,
        *,
        call_control_id: str,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
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
        _set(self, "call_control_id", d.pop("call_control_id", None))
        _set(self, "beep_enabled", d.pop("beep_enabled", None))
        _set(self, "command_id", d.pop("command_id", None))
        _set(self, "region", d.pop("region", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("call_control_id", str, REQUIRED),
            ("beep_enabled", str, 0),
            ("command_id", str, 0),
            ("region", str, 0),
        )
