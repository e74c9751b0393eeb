from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_relay_interruptible import (
    ConversationRelayInterruptible,
    check_conversation_relay_interruptible,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationRelayInterruptionSettings")


@_attrs_define(frozen=True)
class ConversationRelayInterruptionSettings:
    """Settings for handling caller interruptions during Conversation Relay speech.

    Attributes:
        enable (bool | Unset): Legacy boolean form. `true` is equivalent to `interruptible=any`; `false` is equivalent
            to `interruptible=none`.
        interruptible (ConversationRelayInterruptible | Unset): Controls when caller input can interrupt assistant
            speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows speech only;
            `dtmf` allows DTMF only. Example: speech.
        interruptible_greeting (ConversationRelayInterruptible | Unset): Controls when caller input can interrupt
            assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows
            speech only; `dtmf` allows DTMF only. Example: speech.
        welcome_greeting_interruptible (ConversationRelayInterruptible | Unset): Controls when caller input can
            interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech`
            allows speech only; `dtmf` allows DTMF only. Example: speech.
    """

    enable: bool | Unset = UNSET
    interruptible: ConversationRelayInterruptible | Unset = UNSET
    interruptible_greeting: ConversationRelayInterruptible | Unset = UNSET
    welcome_greeting_interruptible: ConversationRelayInterruptible | Unset = UNSET
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
        field_dict.update({})
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
        interruptible: ConversationRelayInterruptible | Unset
        if isinstance(_interruptible, Unset):
            interruptible = UNSET
        else:
            interruptible = check_conversation_relay_interruptible(_interruptible)

        _interruptible_greeting = d.pop("interruptible_greeting", UNSET)
        interruptible_greeting: ConversationRelayInterruptible | Unset
        if isinstance(_interruptible_greeting, Unset):
            interruptible_greeting = UNSET
        else:
            interruptible_greeting = check_conversation_relay_interruptible(_interruptible_greeting)

        _welcome_greeting_interruptible = d.pop("welcome_greeting_interruptible", UNSET)
        welcome_greeting_interruptible: ConversationRelayInterruptible | Unset
        if isinstance(_welcome_greeting_interruptible, Unset):
            welcome_greeting_interruptible = UNSET
        else:
            welcome_greeting_interruptible = check_conversation_relay_interruptible(_welcome_greeting_interruptible)

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
