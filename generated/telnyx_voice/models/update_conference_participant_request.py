from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class UpdateConferenceParticipantRequest(BaseModel):
    """
    Example:
        {'beep_enabled': 'never', 'end_conference_on_exit': True}

    Attributes:
        beep_enabled (Literal["always", "never", "on_enter", "on_exit"] | None): Whether entry/exit beeps are enabled
            for this participant. Example: always.
        end_conference_on_exit (bool | None): Whether the conference should end when this participant exits. Example:
            False.
        soft_end_conference_on_exit (bool | None): Whether the conference should soft-end when this participant exits. A
            soft end will stop new participants from joining but allow existing participants to remain. Example: False.
    """

    beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | None = None
    end_conference_on_exit: bool | None = None
    soft_end_conference_on_exit: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("beep_enabled", "beep_enabled", False),
        ("end_conference_on_exit", "end_conference_on_exit", False),
        ("soft_end_conference_on_exit", "soft_end_conference_on_exit", False),
    )

    def __init__(
        self,
        *,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset | None = UNSET,
        end_conference_on_exit: bool | Unset | None = UNSET,
        soft_end_conference_on_exit: bool | Unset | None = UNSET,
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
        _set(self, "beep_enabled", d.pop("beep_enabled", None))
        _set(self, "end_conference_on_exit", d.pop("end_conference_on_exit", None))
        _set(self, "soft_end_conference_on_exit", d.pop("soft_end_conference_on_exit", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("beep_enabled", str, 0),
            ("end_conference_on_exit", bool, 0),
            ("soft_end_conference_on_exit", bool, 0),
        )
