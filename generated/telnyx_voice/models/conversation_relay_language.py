# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from .._values import OneOf, parse_union
from ..models.conversation_relay_language_transcription_engine import ConversationRelayLanguageTranscriptionEngine
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ConversationRelayLanguage(BaseModel):
    """Language-specific TTS and transcription settings for Conversation Relay.

    Attributes:
        language (str): BCP 47 language tag for this language configuration. Example: en-US.
        speech_model (str | None): Conversation Relay speech model. Prefer
            `transcription_engine_config.transcription_model` when configuring speech-to-text. Example: nova-3.
        transcription_engine (ConversationRelayLanguageTranscriptionEngine | None): Engine to use for speech
            recognition. Legacy values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility. When
            provided in a Conversation Relay language entry, Telnyx derives `transcription_provider` and `speech_model` for
            that language. Example: Google.
        transcription_engine_config (dict[str, Any] | None): Engine-specific transcription settings for Conversation
            Relay. This accepts the same provider-specific options used by the Call Transcription Start command, such as
            `transcription_model`, without requiring the engine discriminator to be repeated inside this object. Example:
            {'interim_results': True, 'keywords_boosting': {'telnyx': 2.0}, 'transcription_model': 'deepgram/nova-3'}.
        transcription_provider (str | None): Conversation Relay transcription provider name. Prefer
            `transcription_engine` when configuring speech-to-text. Example: Deepgram.
        tts_provider (str | None): Text-to-speech provider for this language. If omitted and `voice` is provided, Telnyx
            derives the provider from the voice identifier. Example: telnyx.
        voice (str | None): Voice identifier for this language. Example: Telnyx.KokoroTTS.af.
        voice_settings (AWSVoiceSettings | AzureVoiceSettings | ElevenLabsVoiceSettings | InworldVoiceSettings |
            MinimaxVoiceSettings | ResembleVoiceSettings | RimeVoiceSettings | TelnyxVoiceSettings | XAIVoiceSettings |
            None): The settings associated with the voice selected
    """

    language: str
    speech_model: str | None = None
    transcription_engine: ConversationRelayLanguageTranscriptionEngine | None = None
    transcription_engine_config: dict[str, Any] | None = None
    transcription_provider: str | None = None
    tts_provider: str | None = None
    voice: str | None = None
    voice_settings: (
        AWSVoiceSettings
        | AzureVoiceSettings
        | ElevenLabsVoiceSettings
        | InworldVoiceSettings
        | MinimaxVoiceSettings
        | ResembleVoiceSettings
        | RimeVoiceSettings
        | TelnyxVoiceSettings
        | XAIVoiceSettings
        | None
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("language", "language", True),
        ("speech_model", "speech_model", False),
        ("transcription_engine", "transcription_engine", False),
        ("transcription_engine_config", "transcription_engine_config", False),
        ("transcription_provider", "transcription_provider", False),
        ("tts_provider", "tts_provider", False),
        ("voice", "voice", False),
        ("voice_settings", "voice_settings", False),
    )

    def __init__(
        self,
        *,
        language: str,
        speech_model: str | Unset | None = UNSET,
        transcription_engine: ConversationRelayLanguageTranscriptionEngine | Unset | None = UNSET,
        transcription_engine_config: dict[str, Any] | Unset | None = UNSET,
        transcription_provider: str | Unset | None = UNSET,
        tts_provider: str | Unset | None = UNSET,
        voice: str | Unset | None = UNSET,
        voice_settings: AWSVoiceSettings
        | AzureVoiceSettings
        | ElevenLabsVoiceSettings
        | InworldVoiceSettings
        | MinimaxVoiceSettings
        | ResembleVoiceSettings
        | RimeVoiceSettings
        | TelnyxVoiceSettings
        | XAIVoiceSettings
        | Unset
        | None = UNSET,
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
        _set(self, "language", d.pop("language", None))
        _set(self, "speech_model", d.pop("speech_model", None))
        _set(self, "transcription_engine", d.pop("transcription_engine", None))
        _set(self, "transcription_engine_config", d.pop("transcription_engine_config", None))
        _set(self, "transcription_provider", d.pop("transcription_provider", None))
        _set(self, "tts_provider", d.pop("tts_provider", None))
        _set(self, "voice", d.pop("voice", None))
        v = d.pop("voice_settings", None)
        _set(
            self,
            "voice_settings",
            parse_union(
                v,
                (
                    ElevenLabsVoiceSettings,
                    TelnyxVoiceSettings,
                    AWSVoiceSettings,
                    MinimaxVoiceSettings,
                    AzureVoiceSettings,
                    RimeVoiceSettings,
                    ResembleVoiceSettings,
                    InworldVoiceSettings,
                    XAIVoiceSettings,
                ),
                lenient=True,
                tagged=(
                    ("type", "elevenlabs", ElevenLabsVoiceSettings),
                    ("type", "telnyx", TelnyxVoiceSettings),
                    ("type", "aws", AWSVoiceSettings),
                    ("type", "minimax", MinimaxVoiceSettings),
                    ("type", "azure", AzureVoiceSettings),
                    ("type", "rime", RimeVoiceSettings),
                    ("type", "resemble", ResembleVoiceSettings),
                    ("type", "inworld", InworldVoiceSettings),
                    ("type", "xai", XAIVoiceSettings),
                ),
            ),
        )
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("language", str, REQUIRED),
            ("speech_model", str, 0),
            ("transcription_engine", str, 0),
            ("transcription_engine_config", dict, 0),
            ("transcription_provider", str, 0),
            ("tts_provider", str, 0),
            ("voice", str, 0),
            (
                "voice_settings",
                OneOf(
                    (
                        ElevenLabsVoiceSettings,
                        TelnyxVoiceSettings,
                        AWSVoiceSettings,
                        MinimaxVoiceSettings,
                        AzureVoiceSettings,
                        RimeVoiceSettings,
                        ResembleVoiceSettings,
                        InworldVoiceSettings,
                        XAIVoiceSettings,
                    ),
                    tagged=(
                        ("type", "elevenlabs", ElevenLabsVoiceSettings),
                        ("type", "telnyx", TelnyxVoiceSettings),
                        ("type", "aws", AWSVoiceSettings),
                        ("type", "minimax", MinimaxVoiceSettings),
                        ("type", "azure", AzureVoiceSettings),
                        ("type", "rime", RimeVoiceSettings),
                        ("type", "resemble", ResembleVoiceSettings),
                        ("type", "inworld", InworldVoiceSettings),
                        ("type", "xai", XAIVoiceSettings),
                    ),
                ),
                0,
            ),
        )


from ..models.aws_voice_settings import AWSVoiceSettings
from ..models.azure_voice_settings import AzureVoiceSettings
from ..models.eleven_labs_voice_settings import ElevenLabsVoiceSettings
from ..models.inworld_voice_settings import InworldVoiceSettings
from ..models.minimax_voice_settings import MinimaxVoiceSettings
from ..models.resemble_voice_settings import ResembleVoiceSettings
from ..models.rime_voice_settings import RimeVoiceSettings
from ..models.telnyx_voice_settings import TelnyxVoiceSettings
from ..models.xai_voice_settings import XAIVoiceSettings
