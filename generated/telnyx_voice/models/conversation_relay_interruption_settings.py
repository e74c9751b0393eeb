from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ConversationRelayInterruptionSettings(BaseModel):
    """Settings for handling caller interruptions during Conversation Relay speech.

    Attributes:
        enable (bool | None): Legacy boolean form. `true` is equivalent to `interruptible=any`; `false` is equivalent to
            `interruptible=none`.
        interruptible (Literal["any", "dtmf", "none", "speech"] | None): Controls when caller input can interrupt
            assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows
            speech only; `dtmf` allows DTMF only. Example: speech.
        interruptible_greeting (Literal["any", "dtmf", "none", "speech"] | None): Controls when caller input can
            interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech`
            allows speech only; `dtmf` allows DTMF only. Example: speech.
        welcome_greeting_interruptible (Literal["any", "dtmf", "none", "speech"] | None): Controls when caller input can
            interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech`
            allows speech only; `dtmf` allows DTMF only. Example: speech.
    """

    enable: bool | None = None
    interruptible: Literal["any", "dtmf", "none", "speech"] | None = None
    interruptible_greeting: Literal["any", "dtmf", "none", "speech"] | None = None
    welcome_greeting_interruptible: Literal["any", "dtmf", "none", "speech"] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("enable", "enable", False),
        ("interruptible", "interruptible", False),
        ("interruptible_greeting", "interruptible_greeting", False),
        ("welcome_greeting_interruptible", "welcome_greeting_interruptible", False),
    )

    def __init__(
        self,
        *,
        enable: bool | Unset | None = UNSET,
        interruptible: Literal["any", "dtmf", "none", "speech"] | Unset | None = UNSET,
        interruptible_greeting: Literal["any", "dtmf", "none", "speech"] | Unset | None = UNSET,
        welcome_greeting_interruptible: Literal["any", "dtmf", "none", "speech"] | Unset | None = UNSET,
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
        _set(self, "enable", d.pop("enable", None))
        _set(self, "interruptible", d.pop("interruptible", None))
        _set(self, "interruptible_greeting", d.pop("interruptible_greeting", None))
        _set(self, "welcome_greeting_interruptible", d.pop("welcome_greeting_interruptible", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("enable", bool, 0),
            ("interruptible", str, 0),
            ("interruptible_greeting", str, 0),
            ("welcome_greeting_interruptible", str, 0),
        )
