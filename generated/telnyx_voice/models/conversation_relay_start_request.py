# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from .._values import ListOf, OneOf, parse_union
from ..models.conversation_relay_language_transcription_engine import ConversationRelayLanguageTranscriptionEngine
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ConversationRelayStartRequest(BaseModel):
    """Start a Conversation Relay session. You may provide the WebSocket URL as `url`, `conversation_relay_url`, or
    `conversation_relay_settings.url`; top-level values take precedence over nested settings. Use `transcription_engine`
    and `transcription_engine_config` for speech-to-text configuration; the `transcription` object is not supported.

        Example:
            {'custom_parameters': {'customer_id': '12345'}, 'dtmf_detection': True, 'greeting': 'Hi! Ask me anything!',
                'interruptible': 'speech', 'interruptible_greeting': 'dtmf', 'language': 'en-US', 'languages': [{'language':
                'en-US', 'transcription_engine': 'Deepgram', 'transcription_engine_config': {'transcription_model':
                'deepgram/nova-3'}, 'tts_provider': 'telnyx', 'voice': 'Telnyx.KokoroTTS.af'}], 'tts_provider': 'telnyx', 'url':
                'wss://example.com/conversation-relay', 'voice': 'Telnyx.KokoroTTS.af', 'voice_settings': {'type': 'telnyx'}}

        Attributes:
            assistant (ConversationRelayCustomParameters | None): Custom parameters for the Conversation Relay session. Pass
                key-value data as `assistant.dynamic_variables` to make it available to the relay session.
            client_state (str | None): Use this field to add state to subsequent webhooks. It must be a valid Base-64
                encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
            command_id (str | None): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
                same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
            conversation_relay_dtmf_detection (bool | None): Enable DTMF detection for the relay session. Example: True.
            conversation_relay_settings (ConversationRelaySettings | None): Conversation Relay connection settings. This
                object can provide `url`, `dtmf_detection`, `interruptible`, `interruptible_greeting`, and `languages`. Top-
                level aliases override nested values when both are present. Example: {'dtmf_detection': True, 'interruptible':
                'speech', 'interruptible_greeting': 'dtmf', 'languages': [{'language': 'en-US', 'transcription_engine':
                'Deepgram', 'transcription_engine_config': {'transcription_model': 'deepgram/nova-3'}, 'tts_provider': 'telnyx',
                'voice': 'Telnyx.KokoroTTS.af'}], 'url': 'wss://example.com/conversation-relay'}.
            conversation_relay_url (str | None): WebSocket URL for your Conversation Relay server. Must start with `ws://`
                or `wss://`. Example: wss://example.com/conversation-relay.
            custom_parameters (dict[str, Any] | None): Custom key-value parameters forwarded to the relay session as
                `assistant.dynamic_variables`. If `assistant.dynamic_variables` is also present, these values are merged in.
                Example: {'customer_id': '12345'}.
            dtmf_detection (bool | None): Public alias for `conversation_relay_dtmf_detection`. If both are present, this
                value wins. Example: True.
            greeting (str | None): Text played when the relay session starts. Example: Hi! Ask me anything!.
            interruptible (Literal["any", "dtmf", "none", "speech"] | None): Controls when caller input can interrupt
                assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows
                speech only; `dtmf` allows DTMF only. Example: speech.
            interruptible_greeting (Literal["any", "dtmf", "none", "speech"] | None): Controls when caller input can
                interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech`
                allows speech only; `dtmf` allows DTMF only. Example: speech.
            interruption_settings (ConversationRelayInterruptionSettings | None): Settings for handling caller interruptions
                during Conversation Relay speech.
            language (str | None): Default language for the relay session. This value is used for both text-to-speech and
                speech recognition. Example: en-US.
            languages (list[ConversationRelayLanguage] | None): Per-language TTS and transcription settings.
            provider (str | None): Structured voice provider. Must be supplied together with `structured_provider`. Example:
                elevenlabs.
            structured_provider (dict[str, Any] | None): Provider-specific structured voice settings. Must be supplied
                together with `provider`; Telnyx sends the value as the nested provider configuration for Conversation Relay.
                Example: {'model_id': 'Default', 'voice_id': 'voice-id'}.
            transcription (dict[str, Any] | None): Not supported for Conversation Relay start requests. Use
                `transcription_engine` and `transcription_engine_config` instead.
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
            url (str | None): Public alias for `conversation_relay_url`. Must start with `ws://` or `wss://`. If both are
                present, this value wins. Example: wss://example.com/conversation-relay.
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

    assistant: ConversationRelayCustomParameters | None = None
    client_state: str | None = None
    command_id: str | None = None
    conversation_relay_dtmf_detection: bool | None = None
    conversation_relay_settings: ConversationRelaySettings | None = None
    conversation_relay_url: str | None = None
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
    transcription: dict[str, Any] | None = None
    transcription_engine: ConversationRelayLanguageTranscriptionEngine | None = None
    transcription_engine_config: dict[str, Any] | None = None
    tts_provider: str | None = None
    url: str | None = None
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
        ("assistant", "assistant", False),
        ("client_state", "client_state", False),
        ("command_id", "command_id", False),
        ("conversation_relay_dtmf_detection", "conversation_relay_dtmf_detection", False),
        ("conversation_relay_settings", "conversation_relay_settings", False),
        ("conversation_relay_url", "conversation_relay_url", False),
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
        ("transcription", "transcription", False),
        ("transcription_engine", "transcription_engine", False),
        ("transcription_engine_config", "transcription_engine_config", False),
        ("tts_provider", "tts_provider", False),
        ("url", "url", False),
        ("voice", "voice", False),
        ("voice_settings", "voice_settings", False),
    )

    def __init__(
        self,
        *,
        assistant: ConversationRelayCustomParameters | Unset | None = UNSET,
        client_state: str | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        conversation_relay_dtmf_detection: bool | Unset | None = UNSET,
        conversation_relay_settings: ConversationRelaySettings | Unset | None = UNSET,
        conversation_relay_url: str | Unset | None = UNSET,
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
        transcription: dict[str, Any] | Unset | None = UNSET,
        transcription_engine: ConversationRelayLanguageTranscriptionEngine | Unset | None = UNSET,
        transcription_engine_config: dict[str, Any] | Unset | None = UNSET,
        tts_provider: str | Unset | None = UNSET,
        url: str | Unset | None = UNSET,
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
        v = d.pop("assistant", None)
        _set(self, "assistant", ConversationRelayCustomParameters.from_dict(v) if v.__class__ is dict else v)
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "command_id", d.pop("command_id", None))
        _set(self, "conversation_relay_dtmf_detection", d.pop("conversation_relay_dtmf_detection", None))
        v = d.pop("conversation_relay_settings", None)
        _set(self, "conversation_relay_settings", ConversationRelaySettings.from_dict(v) if v.__class__ is dict else v)
        _set(self, "conversation_relay_url", d.pop("conversation_relay_url", None))
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
        _set(self, "transcription", d.pop("transcription", None))
        _set(self, "transcription_engine", d.pop("transcription_engine", None))
        _set(self, "transcription_engine_config", d.pop("transcription_engine_config", None))
        _set(self, "tts_provider", d.pop("tts_provider", None))
        _set(self, "url", d.pop("url", None))
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
            ("assistant", ConversationRelayCustomParameters, 0),
            ("client_state", str, 0),
            ("command_id", str, 0),
            ("conversation_relay_dtmf_detection", bool, 0),
            ("conversation_relay_settings", ConversationRelaySettings, 0),
            ("conversation_relay_url", str, 0),
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
            ("transcription", dict, 0),
            ("transcription_engine", str, 0),
            ("transcription_engine_config", dict, 0),
            ("tts_provider", str, 0),
            ("url", str, 0),
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
from ..models.conversation_relay_custom_parameters import ConversationRelayCustomParameters
from ..models.conversation_relay_interruption_settings import ConversationRelayInterruptionSettings
from ..models.conversation_relay_language import ConversationRelayLanguage
from ..models.conversation_relay_settings import ConversationRelaySettings
from ..models.eleven_labs_voice_settings import ElevenLabsVoiceSettings
from ..models.inworld_voice_settings import InworldVoiceSettings
from ..models.minimax_voice_settings import MinimaxVoiceSettings
from ..models.resemble_voice_settings import ResembleVoiceSettings
from ..models.rime_voice_settings import RimeVoiceSettings
from ..models.telnyx_voice_settings import TelnyxVoiceSettings
from ..models.xai_voice_settings import XAIVoiceSettings
