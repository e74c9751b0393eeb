# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationRelaySettings")


@_attrs_define(frozen=True)
class ConversationRelaySettings:
    """Conversation Relay connection settings. This object can provide `url`, `dtmf_detection`, `interruptible`,
    `interruptible_greeting`, and `languages`. Top-level aliases override nested values when both are present.

        Example:
            {'dtmf_detection': True, 'interruptible': 'speech', 'interruptible_greeting': 'dtmf', 'languages': [{'language':
                'en-US', 'transcription_engine': 'Deepgram', 'transcription_engine_config': {'transcription_model':
                'deepgram/nova-3'}, 'tts_provider': 'telnyx', 'voice': 'Telnyx.KokoroTTS.af'}], 'url':
                'wss://example.com/conversation-relay'}

        Attributes:
            url (str): WebSocket URL for your Conversation Relay server. Must start with `ws://` or `wss://`. Example:
                wss://example.com/conversation-relay.
            dtmf_detection (bool | Unset): Whether to enable DTMF detection during the relay session. Example: True.
            interruptible (Literal["any", "dtmf", "none", "speech"] | Unset): Controls when caller input can interrupt
                assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows
                speech only; `dtmf` allows DTMF only. Example: speech.
            interruptible_greeting (Literal["any", "dtmf", "none", "speech"] | Unset): Controls when caller input can
                interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech`
                allows speech only; `dtmf` allows DTMF only. Example: speech.
            languages (list[ConversationRelayLanguage] | Unset): Language-specific TTS and transcription settings.
    """

    url: str
    dtmf_detection: bool | Unset = UNSET
    interruptible: Literal["any", "dtmf", "none", "speech"] | Unset = UNSET
    interruptible_greeting: Literal["any", "dtmf", "none", "speech"] | Unset = UNSET
    languages: list[ConversationRelayLanguage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        dtmf_detection = self.dtmf_detection

        interruptible: str | Unset = UNSET
        if not isinstance(self.interruptible, Unset):
            interruptible = self.interruptible

        interruptible_greeting: str | Unset = UNSET
        if not isinstance(self.interruptible_greeting, Unset):
            interruptible_greeting = self.interruptible_greeting

        languages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = []
            for languages_item_data in self.languages:
                languages_item = languages_item_data.to_dict()
                languages.append(languages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if dtmf_detection is not UNSET:
            field_dict["dtmf_detection"] = dtmf_detection
        if interruptible is not UNSET:
            field_dict["interruptible"] = interruptible
        if interruptible_greeting is not UNSET:
            field_dict["interruptible_greeting"] = interruptible_greeting
        if languages is not UNSET:
            field_dict["languages"] = languages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        dtmf_detection = d.pop("dtmf_detection", UNSET)

        _interruptible = d.pop("interruptible", UNSET)
        interruptible: Literal["any", "dtmf", "none", "speech"] | Unset
        interruptible = UNSET if isinstance(_interruptible, Unset) else enum_value(_interruptible, str)

        _interruptible_greeting = d.pop("interruptible_greeting", UNSET)
        interruptible_greeting: Literal["any", "dtmf", "none", "speech"] | Unset
        if isinstance(_interruptible_greeting, Unset):
            interruptible_greeting = UNSET
        else:
            interruptible_greeting = enum_value(_interruptible_greeting, str)

        _languages = d.pop("languages", UNSET)
        languages: list[ConversationRelayLanguage] | Unset = UNSET
        if _languages is not UNSET:
            languages = []
            for languages_item_data in _languages:
                languages_item = ConversationRelayLanguage.from_dict(languages_item_data)

                languages.append(languages_item)

        additional_properties = d
        return cls(
            url=url,
            dtmf_detection=dtmf_detection,
            interruptible=interruptible,
            interruptible_greeting=interruptible_greeting,
            languages=languages,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.conversation_relay_language import ConversationRelayLanguage
