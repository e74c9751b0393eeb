# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from .._values import ListOf
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ConversationRelaySettings(BaseModel):
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
            dtmf_detection (bool | None): Whether to enable DTMF detection during the relay session. Example: True.
            interruptible (Literal["any", "dtmf", "none", "speech"] | None): Controls when caller input can interrupt
                assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows
                speech only; `dtmf` allows DTMF only. Example: speech.
            interruptible_greeting (Literal["any", "dtmf", "none", "speech"] | None): Controls when caller input can
                interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech`
                allows speech only; `dtmf` allows DTMF only. Example: speech.
            languages (list[ConversationRelayLanguage] | None): Language-specific TTS and transcription settings.
    """

    url: str
    dtmf_detection: bool | None = None
    interruptible: Literal["any", "dtmf", "none", "speech"] | None = None
    interruptible_greeting: Literal["any", "dtmf", "none", "speech"] | None = None
    languages: list[ConversationRelayLanguage] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("url", "url", True),
        ("dtmf_detection", "dtmf_detection", False),
        ("interruptible", "interruptible", False),
        ("interruptible_greeting", "interruptible_greeting", False),
        ("languages", "languages", False),
    )

    def __init__(
        self,
        *,
        url: str,
        dtmf_detection: bool | Unset | None = UNSET,
        interruptible: Literal["any", "dtmf", "none", "speech"] | Unset | None = UNSET,
        interruptible_greeting: Literal["any", "dtmf", "none", "speech"] | Unset | None = UNSET,
        languages: list[ConversationRelayLanguage] | Unset | None = UNSET,
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
        _set(self, "url", d.pop("url", None))
        _set(self, "dtmf_detection", d.pop("dtmf_detection", None))
        _set(self, "interruptible", d.pop("interruptible", None))
        _set(self, "interruptible_greeting", d.pop("interruptible_greeting", None))
        v = d.pop("languages", None)
        _set(
            self,
            "languages",
            [ConversationRelayLanguage.from_dict(i) if i.__class__ is dict else i for i in v]
            if v.__class__ is list
            else v,
        )
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("url", str, REQUIRED),
            ("dtmf_detection", bool, 0),
            ("interruptible", str, 0),
            ("interruptible_greeting", str, 0),
            ("languages", ListOf(ConversationRelayLanguage), 0),
        )


from ..models.conversation_relay_language import ConversationRelayLanguage
