# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, parse_union
from ..models.conversation_relay_language_transcription_engine import ConversationRelayLanguageTranscriptionEngine
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationRelayEmbeddedConfig")


@_attrs_define(frozen=True)
class ConversationRelayEmbeddedConfig:
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
            custom_parameters (ConversationRelayEmbeddedConfigCustomParameters | Unset): Custom key-value parameters
                forwarded to the relay session as assistant dynamic variables. Example: {'customer_id': '12345'}.
            dtmf_detection (bool | Unset): Enable DTMF detection for the relay session. Example: True.
            greeting (str | Unset): Text played when the relay session starts. Example: Hi! Ask me anything!.
            interruptible (Literal["any", "dtmf", "none", "speech"] | Unset): Controls when caller input can interrupt
                assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows
                speech only; `dtmf` allows DTMF only. Example: speech.
            interruptible_greeting (Literal["any", "dtmf", "none", "speech"] | Unset): Controls when caller input can
                interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech`
                allows speech only; `dtmf` allows DTMF only. Example: speech.
            interruption_settings (ConversationRelayInterruptionSettings | Unset): Settings for handling caller
                interruptions during Conversation Relay speech.
            language (str | Unset): Default language for both text-to-speech and speech recognition. Example: en-US.
            languages (list[ConversationRelayLanguage] | Unset): Per-language TTS and transcription settings.
            provider (str | Unset): Structured voice provider. Must be supplied together with `structured_provider`.
                Example: elevenlabs.
            structured_provider (ConversationRelayStructuredProvider | Unset): Provider-specific structured voice settings.
                Must be supplied together with `provider`; Telnyx sends the value as the nested provider configuration for
                Conversation Relay. Example: {'model_id': 'Default', 'voice_id': 'voice-id'}.
            transcription_engine (ConversationRelayLanguageTranscriptionEngine | Unset): Engine to use for speech
                recognition. Legacy values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility. For
                Conversation Relay, use this field with `transcription_engine_config`; the `transcription` object is not
                supported. Example: Google.
            transcription_engine_config (ConversationRelayTranscriptionEngineConfig | Unset): Engine-specific transcription
                settings for Conversation Relay. This accepts the same provider-specific options used by the Call Transcription
                Start command, such as `transcription_model`, without requiring the engine discriminator to be repeated inside
                this object. Example: {'interim_results': True, 'keywords_boosting': {'telnyx': 2.0}, 'transcription_model':
                'deepgram/nova-3'}.
            tts_provider (str | Unset): Text-to-speech provider. If omitted, Telnyx derives it from `voice` or `provider`.
                Example: telnyx.
            voice (str | Unset): The voice to be used by the voice assistant. Currently we support ElevenLabs, Telnyx and
                AWS voices.

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
                MinimaxVoiceSettings | ResembleVoiceSettings | RimeVoiceSettings | TelnyxVoiceSettings | Unset |
                XAIVoiceSettings): The settings associated with the voice selected
    """

    url: str
    custom_parameters: ConversationRelayEmbeddedConfigCustomParameters | Unset = UNSET
    dtmf_detection: bool | Unset = UNSET
    greeting: str | Unset = UNSET
    interruptible: Literal["any", "dtmf", "none", "speech"] | Unset = UNSET
    interruptible_greeting: Literal["any", "dtmf", "none", "speech"] | Unset = UNSET
    interruption_settings: ConversationRelayInterruptionSettings | Unset = UNSET
    language: str | Unset = UNSET
    languages: list[ConversationRelayLanguage] | Unset = UNSET
    provider: str | Unset = UNSET
    structured_provider: ConversationRelayStructuredProvider | Unset = UNSET
    transcription_engine: ConversationRelayLanguageTranscriptionEngine | Unset = UNSET
    transcription_engine_config: ConversationRelayTranscriptionEngineConfig | Unset = UNSET
    tts_provider: str | Unset = UNSET
    voice: str | Unset = UNSET
    voice_settings: (
        AWSVoiceSettings
        | AzureVoiceSettings
        | ElevenLabsVoiceSettings
        | InworldVoiceSettings
        | MinimaxVoiceSettings
        | ResembleVoiceSettings
        | RimeVoiceSettings
        | TelnyxVoiceSettings
        | Unset
        | XAIVoiceSettings
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        custom_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_parameters, Unset):
            custom_parameters = self.custom_parameters.to_dict()

        dtmf_detection = self.dtmf_detection

        greeting = self.greeting

        interruptible: str | Unset = UNSET
        if not isinstance(self.interruptible, Unset):
            interruptible = self.interruptible

        interruptible_greeting: str | Unset = UNSET
        if not isinstance(self.interruptible_greeting, Unset):
            interruptible_greeting = self.interruptible_greeting

        interruption_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interruption_settings, Unset):
            interruption_settings = self.interruption_settings.to_dict()

        language = self.language

        languages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = []
            for languages_item_data in self.languages:
                languages_item = languages_item_data.to_dict()
                languages.append(languages_item)

        provider = self.provider

        structured_provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.structured_provider, Unset):
            structured_provider = self.structured_provider.to_dict()

        transcription_engine: str | Unset = UNSET
        if not isinstance(self.transcription_engine, Unset):
            transcription_engine = self.transcription_engine

        transcription_engine_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcription_engine_config, Unset):
            transcription_engine_config = self.transcription_engine_config.to_dict()

        tts_provider = self.tts_provider

        voice = self.voice

        voice_settings: dict[str, Any] | Unset
        if isinstance(self.voice_settings, Unset):
            voice_settings = UNSET
        elif isinstance(
            self.voice_settings,
            (
                ElevenLabsVoiceSettings,
                TelnyxVoiceSettings,
                AWSVoiceSettings,
                MinimaxVoiceSettings,
                AzureVoiceSettings,
                RimeVoiceSettings,
                ResembleVoiceSettings,
                InworldVoiceSettings,
            ),
        ):
            voice_settings = self.voice_settings.to_dict()
        else:
            voice_settings = self.voice_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if custom_parameters is not UNSET:
            field_dict["custom_parameters"] = custom_parameters
        if dtmf_detection is not UNSET:
            field_dict["dtmf_detection"] = dtmf_detection
        if greeting is not UNSET:
            field_dict["greeting"] = greeting
        if interruptible is not UNSET:
            field_dict["interruptible"] = interruptible
        if interruptible_greeting is not UNSET:
            field_dict["interruptible_greeting"] = interruptible_greeting
        if interruption_settings is not UNSET:
            field_dict["interruption_settings"] = interruption_settings
        if language is not UNSET:
            field_dict["language"] = language
        if languages is not UNSET:
            field_dict["languages"] = languages
        if provider is not UNSET:
            field_dict["provider"] = provider
        if structured_provider is not UNSET:
            field_dict["structured_provider"] = structured_provider
        if transcription_engine is not UNSET:
            field_dict["transcription_engine"] = transcription_engine
        if transcription_engine_config is not UNSET:
            field_dict["transcription_engine_config"] = transcription_engine_config
        if tts_provider is not UNSET:
            field_dict["tts_provider"] = tts_provider
        if voice is not UNSET:
            field_dict["voice"] = voice
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        _custom_parameters = d.pop("custom_parameters", UNSET)
        custom_parameters: ConversationRelayEmbeddedConfigCustomParameters | Unset
        if isinstance(_custom_parameters, Unset):
            custom_parameters = UNSET
        else:
            custom_parameters = ConversationRelayEmbeddedConfigCustomParameters.from_dict(_custom_parameters)

        dtmf_detection = d.pop("dtmf_detection", UNSET)

        greeting = d.pop("greeting", UNSET)

        _interruptible = d.pop("interruptible", UNSET)
        interruptible: Literal["any", "dtmf", "none", "speech"] | Unset
        interruptible = UNSET if isinstance(_interruptible, Unset) else enum_value(_interruptible, str)

        _interruptible_greeting = d.pop("interruptible_greeting", UNSET)
        interruptible_greeting: Literal["any", "dtmf", "none", "speech"] | Unset
        if isinstance(_interruptible_greeting, Unset):
            interruptible_greeting = UNSET
        else:
            interruptible_greeting = enum_value(_interruptible_greeting, str)

        _interruption_settings = d.pop("interruption_settings", UNSET)
        interruption_settings: ConversationRelayInterruptionSettings | Unset
        if isinstance(_interruption_settings, Unset):
            interruption_settings = UNSET
        else:
            interruption_settings = ConversationRelayInterruptionSettings.from_dict(_interruption_settings)

        language = d.pop("language", UNSET)

        _languages = d.pop("languages", UNSET)
        languages: list[ConversationRelayLanguage] | Unset = UNSET
        if _languages is not UNSET:
            languages = []
            for languages_item_data in _languages:
                languages_item = ConversationRelayLanguage.from_dict(languages_item_data)

                languages.append(languages_item)

        provider = d.pop("provider", UNSET)

        _structured_provider = d.pop("structured_provider", UNSET)
        structured_provider: ConversationRelayStructuredProvider | Unset
        if isinstance(_structured_provider, Unset):
            structured_provider = UNSET
        else:
            structured_provider = ConversationRelayStructuredProvider.from_dict(_structured_provider)

        _transcription_engine = d.pop("transcription_engine", UNSET)
        transcription_engine: ConversationRelayLanguageTranscriptionEngine | Unset
        if isinstance(_transcription_engine, Unset):
            transcription_engine = UNSET
        else:
            transcription_engine = enum_value(_transcription_engine, str)

        _transcription_engine_config = d.pop("transcription_engine_config", UNSET)
        transcription_engine_config: ConversationRelayTranscriptionEngineConfig | Unset
        if isinstance(_transcription_engine_config, Unset):
            transcription_engine_config = UNSET
        else:
            transcription_engine_config = ConversationRelayTranscriptionEngineConfig.from_dict(
                _transcription_engine_config
            )

        tts_provider = d.pop("tts_provider", UNSET)

        voice = d.pop("voice", UNSET)

        voice_settings = parse_union(
            d.pop("voice_settings", UNSET),
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
        )

        additional_properties = d
        return cls(
            url=url,
            custom_parameters=custom_parameters,
            dtmf_detection=dtmf_detection,
            greeting=greeting,
            interruptible=interruptible,
            interruptible_greeting=interruptible_greeting,
            interruption_settings=interruption_settings,
            language=language,
            languages=languages,
            provider=provider,
            structured_provider=structured_provider,
            transcription_engine=transcription_engine,
            transcription_engine_config=transcription_engine_config,
            tts_provider=tts_provider,
            voice=voice,
            voice_settings=voice_settings,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.aws_voice_settings import AWSVoiceSettings
from ..models.azure_voice_settings import AzureVoiceSettings
from ..models.conversation_relay_embedded_config_custom_parameters import (
    ConversationRelayEmbeddedConfigCustomParameters,
)
from ..models.conversation_relay_interruption_settings import ConversationRelayInterruptionSettings
from ..models.conversation_relay_language import ConversationRelayLanguage
from ..models.conversation_relay_structured_provider import ConversationRelayStructuredProvider
from ..models.conversation_relay_transcription_engine_config import ConversationRelayTranscriptionEngineConfig
from ..models.eleven_labs_voice_settings import ElevenLabsVoiceSettings
from ..models.inworld_voice_settings import InworldVoiceSettings
from ..models.minimax_voice_settings import MinimaxVoiceSettings
from ..models.resemble_voice_settings import ResembleVoiceSettings
from ..models.rime_voice_settings import RimeVoiceSettings
from ..models.telnyx_voice_settings import TelnyxVoiceSettings
from ..models.xai_voice_settings import XAIVoiceSettings
