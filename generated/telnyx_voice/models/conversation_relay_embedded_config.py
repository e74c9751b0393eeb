# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from .._values import ListOf, OneOf, parse_union
from ..models.conversation_relay_language_transcription_engine import ConversationRelayLanguageTranscriptionEngine
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ConversationRelayEmbeddedConfig(BaseModel):
    """Starts a Conversation Relay session automatically when the answered/dialed call is answered. This embedded shape is
    supported on `answer` and `dial`. It uses public field names (`url`, `dtmf_detection`, `greeting`, `voice`,
    `language`, etc.) and maps them to the underlying Conversation Relay action. `client_state`, `tts_language`, and
    `transcription_language` inside this object are ignored; use the parent command's `client_state` and `command_id`
    fields instead.

        Example:
            {'custom_parameters': {'customer_id': '12345'}, 'dtmf_detection': True, 'greeting': 'Hi! Ask me anything!',
                'interruptible': 'speech', 'interruptible_greeting': 'dtmf', 'language': 'en-US', 'languages': [{'language':
                'en-US', 'transcription_engine': 'Deepgram', 'transcription_engine_config': {'transcription_model':
                'deepgram/nova-3'}, 'tts_provider': 'telnyx', 'voice': 'Telnyx.Ultra.alloy'}], 'tts_provider': 'telnyx', 'url':
                'wss://example.com/conversation-relay', 'voice': 'Telnyx.KokoroTTS.af', 'voice_settings': {'type': 'telnyx'}}

        Attributes:
            url (str): WebSocket URL for your Conversation Relay server. Must start with `ws://` or `wss://`. Example:
                wss://example.com/conversation-relay.
            custom_parameters (dict[str, Any] | None): Custom key-value parameters forwarded to the relay session as
                assistant dynamic variables. Example: {'customer_id': '12345'}.
            dtmf_detection (bool | None): Enable DTMF detection for the relay session. Example: True.
            greeting (str | None): Text played when the relay session starts. Example: Hi! Ask me anything!.
            interruptible (Literal["any", "dtmf", "none", "speech"] | None): Controls when caller input can interrupt
                assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows
                speech only; `dtmf` allows DTMF only. Example: speech.
            interruptible_greeting (Literal["any", "dtmf", "none", "speech"] | None): Controls when caller input can
                interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech`
                allows speech only; `dtmf` allows DTMF only. Example: speech.
            interruption_settings (ConversationRelayInterruptionSettings | None): Settings for handling caller interruptions
                during Conversation Relay speech.
            language (str | None): Default language for both text-to-speech and speech recognition. Example: en-US.
            languages (list[ConversationRelayLanguage] | None): Per-language TTS and transcription settings.
            provider (str | None): Structured voice provider. Must be supplied together with `structured_provider`. Example:
                elevenlabs.
            structured_provider (dict[str, Any] | None): Provider-specific structured voice settings. Must be supplied
                together with `provider`; Telnyx sends the value as the nested provider configuration for Conversation Relay.
                Example: {'model_id': 'Default', 'voice_id': 'voice-id'}.
            transcription_engine (ConversationRelayLanguageTranscriptionEngine | None): Engine to use for speech
                recognition. Legacy values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility. For
                Conversation Relay, use this field with `transcription_engine_config`; the `transcription` object is not
                supported. Example: Google.
            transcription_engine_config (dict[str, Any] | None): Engine-specific transcription settings for Conversation
                Relay. This accepts the same provider-specific options used by the Call Transcription Start command, such as
                `transcription_model`, without requiring the engine discriminator to be repeated inside this object. Example:
                {'interim_results': True, 'keywords_boosting': {'telnyx': 2.0}, 'transcription_model': 'deepgram/nova-3'}.
            tts_provider (str | None): Text-to-speech provider. If omitted, Telnyx derives it from `voice` or `provider`.
                Example: telnyx.
            voice (str | None): The voice to be used by the voice assistant. Currently we support ElevenLabs, Telnyx and AWS
                voices.

                 **Supported Providers:**
                - **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices, which provide more
                realistic, human-like speech, append `-Neural` to the `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the
                [available voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for compatibility.
                - **Azure:** Use `Azure.<VoiceId>. (e.g. Azure.en-CA-ClaraNeural, Azure.en-CA-LiamNeural, Azure.en-US-
                BrianMultilingualNeural, Azure.en-US-Ava:DragonHDLatestNeural. For a complete list of voices, go to [Azure Voice
                Gallery](https://speech.microsoft.com/portal/voicegallery).)
                - **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g., `ElevenLabs.BaseModel.John`). The `ModelId` part
                is optional. To use ElevenLabs, you must provide your ElevenLabs API key as an integration secret under
                `"voice_settings": {"api_key_ref": "<secret_id>"}`. See [integration secrets
                documentation](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret)
                for details. Check [available voices](https://elevenlabs.io/docs/api-reference/get-voices).
                 - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>`
                - **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`, `Inworld.Max.Oliver`,
                `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`, `TTS2`.
                - **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g., `FishAudio.s2.1-pro.<reference_id>`). Supported
                models: `s2.1-pro`, `s2-pro`, `s1`. `VoiceId` is a Fish Voice-Library reference ID.
                - **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`, `rex`, `sal`, `leo`. Example:
                Telnyx.KokoroTTS.af.
            voice_settings (AWSVoiceSettings | AzureVoiceSettings | ElevenLabsVoiceSettings | InworldVoiceSettings |
                MinimaxVoiceSettings | ResembleVoiceSettings | RimeVoiceSettings | TelnyxVoiceSettings | XAIVoiceSettings |
                None): The settings associated with the voice selected
    """

    url: str
    custom_parameters: dict[str, Any] | None = None
    dtmf_detection: bool | None = None
    greeting: str | None = None
    interruptible: Literal["any", "dtmf", "none", "speech"] | None = None
    interruptible_greeting: Literal["any", "dtmf", "none", "speech"] | None = None
    interruption_settings: ConversationRelayInterruptionSettings | None = None
    language: str | None = None
    languages: list[ConversationRelayLanguage] | None = None
    provider: str | None = None
    structured_provider: dict[str, Any] | None = None
    transcription_engine: ConversationRelayLanguageTranscriptionEngine | None = None
    transcription_engine_config: dict[str, Any] | None = None
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
        ("url", "url", True),
        ("custom_parameters", "custom_parameters", False),
        ("dtmf_detection", "dtmf_detection", False),
        ("greeting", "greeting", False),
        ("interruptible", "interruptible", False),
        ("interruptible_greeting", "interruptible_greeting", False),
        ("interruption_settings", "interruption_settings", False),
        ("language", "language", False),
        ("languages", "languages", False),
        ("provider", "provider", False),
        ("structured_provider", "structured_provider", False),
        ("transcription_engine", "transcription_engine", False),
        ("transcription_engine_config", "transcription_engine_config", False),
        ("tts_provider", "tts_provider", False),
        ("voice", "voice", False),
        ("voice_settings", "voice_settings", False),
    )

    def __init__(
        self,
        *,
        url: str,
        custom_parameters: dict[str, Any] | Unset | None = UNSET,
        dtmf_detection: bool | Unset | None = UNSET,
        greeting: str | Unset | None = UNSET,
        interruptible: Literal["any", "dtmf", "none", "speech"] | Unset | None = UNSET,
        interruptible_greeting: Literal["any", "dtmf", "none", "speech"] | Unset | None = UNSET,
        interruption_settings: ConversationRelayInterruptionSettings | Unset | None = UNSET,
        language: str | Unset | None = UNSET,
        languages: list[ConversationRelayLanguage] | Unset | None = UNSET,
        provider: str | Unset | None = UNSET,
        structured_provider: dict[str, Any] | Unset | None = UNSET,
        transcription_engine: ConversationRelayLanguageTranscriptionEngine | Unset | None = UNSET,
        transcription_engine_config: dict[str, Any] | Unset | None = UNSET,
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
        _set(self, "url", d.pop("url", None))
        _set(self, "custom_parameters", d.pop("custom_parameters", None))
        _set(self, "dtmf_detection", d.pop("dtmf_detection", None))
        _set(self, "greeting", d.pop("greeting", None))
        _set(self, "interruptible", d.pop("interruptible", None))
        _set(self, "interruptible_greeting", d.pop("interruptible_greeting", None))
        v = d.pop("interruption_settings", None)
        _set(
            self,
            "interruption_settings",
            ConversationRelayInterruptionSettings.from_dict(v) if v.__class__ is dict else v,
        )
        _set(self, "language", d.pop("language", None))
        v = d.pop("languages", None)
        _set(
            self,
            "languages",
            [ConversationRelayLanguage.from_dict(i) if i.__class__ is dict else i for i in v]
            if v.__class__ is list
            else v,
        )
        _set(self, "provider", d.pop("provider", None))
        _set(self, "structured_provider", d.pop("structured_provider", None))
        _set(self, "transcription_engine", d.pop("transcription_engine", None))
        _set(self, "transcription_engine_config", d.pop("transcription_engine_config", None))
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
            ("url", str, REQUIRED),
            ("custom_parameters", dict, 0),
            ("dtmf_detection", bool, 0),
            ("greeting", str, 0),
            ("interruptible", str, 0),
            ("interruptible_greeting", str, 0),
            ("interruption_settings", ConversationRelayInterruptionSettings, 0),
            ("language", str, 0),
            ("languages", ListOf(ConversationRelayLanguage), 0),
            ("provider", str, 0),
            ("structured_provider", dict, 0),
            ("transcription_engine", str, 0),
            ("transcription_engine_config", dict, 0),
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
from ..models.conversation_relay_interruption_settings import ConversationRelayInterruptionSettings
from ..models.conversation_relay_language import ConversationRelayLanguage
from ..models.eleven_labs_voice_settings import ElevenLabsVoiceSettings
from ..models.inworld_voice_settings import InworldVoiceSettings
from ..models.minimax_voice_settings import MinimaxVoiceSettings
from ..models.resemble_voice_settings import ResembleVoiceSettings
from ..models.rime_voice_settings import RimeVoiceSettings
from ..models.telnyx_voice_settings import TelnyxVoiceSettings
from ..models.xai_voice_settings import XAIVoiceSettings
