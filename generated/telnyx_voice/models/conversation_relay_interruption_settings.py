from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationRelayInterruptionSettings")


@_attrs_define(frozen=True)
class ConversationRelayInterruptionSettings:
    """Settings for handling caller interruptions during Conversation Relay speech.

    Attributes:
        enable (bool | Unset): Legacy boolean form. `true` is equivalent to `interruptible=any`; `false` is equivalent
            to `interruptible=none`.
        interruptible (Literal["any", "dtmf", "none", "speech"] | Unset): Controls when caller input can interrupt
            assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows
            speech only; `dtmf` allows DTMF only. Example: speech.
        interruptible_greeting (Literal["any", "dtmf", "none", "speech"] | Unset): Controls when caller input can
            interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech`
            allows speech only; `dtmf` allows DTMF only. Example: speech.
        welcome_greeting_interruptible (Literal["any", "dtmf", "none", "speech"] | Unset): Controls when caller input
            can interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions;
            `speech` allows speech only; `dtmf` allows DTMF only. Example: speech.
    """

    enable: bool | Unset = UNSET
    interruptible: Literal["any", "dtmf", "none", "speech"] | Unset = UNSET
    interruptible_greeting: Literal["any", "dtmf", "none", "speech"] | Unset = UNSET
    welcome_greeting_interruptible: Literal["any", "dtmf", "none", "speech"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        enable = self.enable

        interruptible: str | Unset = UNSET
        if not isinstance(self.interruptible, Unset):
            interruptible = self.interruptible

        interruptible_greeting: str | Unset = UNSET
        if not isinstance(self.interruptible_greeting, Unset):
            interruptible_greeting = self.interruptible_greeting

        welcome_greeting_interruptible: str | Unset = UNSET
        if not isinstance(self.welcome_greeting_interruptible, Unset):
            welcome_greeting_interruptible = self.welcome_greeting_interruptible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enable is not UNSET:
            field_dict["enable"] = enable
        if interruptible is not UNSET:
            field_dict["interruptible"] = interruptible
        if interruptible_greeting is not UNSET:
            field_dict["interruptible_greeting"] = interruptible_greeting
        if welcome_greeting_interruptible is not UNSET:
            field_dict["welcome_greeting_interruptible"] = welcome_greeting_interruptible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enable = d.pop("enable", UNSET)

        _interruptible = d.pop("interruptible", UNSET)
        interruptible: Literal["any", "dtmf", "none", "speech"] | Unset
        interruptible = UNSET if isinstance(_interruptible, Unset) else enum_value(_interruptible, str)

        _interruptible_greeting = d.pop("interruptible_greeting", UNSET)
        interruptible_greeting: Literal["any", "dtmf", "none", "speech"] | Unset
        if isinstance(_interruptible_greeting, Unset):
            interruptible_greeting = UNSET
        else:
            interruptible_greeting = enum_value(_interruptible_greeting, str)

        _welcome_greeting_interruptible = d.pop("welcome_greeting_interruptible", UNSET)
        welcome_greeting_interruptible: Literal["any", "dtmf", "none", "speech"] | Unset
        if isinstance(_welcome_greeting_interruptible, Unset):
            welcome_greeting_interruptible = UNSET
        else:
            welcome_greeting_interruptible = enum_value(_welcome_greeting_interruptible, str)

        additional_properties = d
        return cls(
            enable=enable,
            interruptible=interruptible,
            interruptible_greeting=interruptible_greeting,
            welcome_greeting_interruptible=welcome_greeting_interruptible,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
