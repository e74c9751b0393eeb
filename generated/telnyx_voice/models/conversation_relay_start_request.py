# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, parse_union
from ..models.conversation_relay_language_transcription_engine import ConversationRelayLanguageTranscriptionEngine
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationRelayStartRequest")


@_attrs_define(frozen=True)
class ConversationRelayStartRequest:
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
            assistant (ConversationRelayCustomParameters | Unset): Custom parameters for the Conversation Relay session.
                Pass key-value data as `assistant.dynamic_variables` to make it available to the relay session.
            client_state (str | Unset): Use this field to add state to subsequent webhooks. It must be a valid Base-64
                encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
            command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
                same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
            conversation_relay_dtmf_detection (bool | Unset): Enable DTMF detection for the relay session. Example: True.
            conversation_relay_settings (ConversationRelaySettings | Unset): Conversation Relay connection settings. This
                object can provide `url`, `dtmf_detection`, `interruptible`, `interruptible_greeting`, and `languages`. Top-
                level aliases override nested values when both are present. Example: {'dtmf_detection': True, 'interruptible':
                'speech', 'interruptible_greeting': 'dtmf', 'languages': [{'language': 'en-US', 'transcription_engine':
                'Deepgram', 'transcription_engine_config': {'transcription_model': 'deepgram/nova-3'}, 'tts_provider': 'telnyx',
                'voice': 'Telnyx.KokoroTTS.af'}], 'url': 'wss://example.com/conversation-relay'}.
            conversation_relay_url (str | Unset): WebSocket URL for your Conversation Relay server. Must start with `ws://`
                or `wss://`. Example: wss://example.com/conversation-relay.
            custom_parameters (ConversationRelayStartRequestCustomParameters | Unset): Custom key-value parameters forwarded
                to the relay session as `assistant.dynamic_variables`. If `assistant.dynamic_variables` is also present, these
                values are merged in. Example: {'customer_id': '12345'}.
            dtmf_detection (bool | Unset): Public alias for `conversation_relay_dtmf_detection`. If both are present, this
                value wins. Example: True.
            greeting (str | Unset): Text played when the relay session starts. Example: Hi! Ask me anything!.
            interruptible (Literal["any", "dtmf", "none", "speech"] | Unset): Controls when caller input can interrupt
                assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows
                speech only; `dtmf` allows DTMF only. Example: speech.
            interruptible_greeting (Literal["any", "dtmf", "none", "speech"] | Unset): Controls when caller input can
                interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech`
                allows speech only; `dtmf` allows DTMF only. Example: speech.
            interruption_settings (ConversationRelayInterruptionSettings | Unset): Settings for handling caller
                interruptions during Conversation Relay speech.
            language (str | Unset): Default language for the relay session. This value is used for both text-to-speech and
                speech recognition. Example: en-US.
            languages (list[ConversationRelayLanguage] | Unset): Per-language TTS and transcription settings.
            provider (str | Unset): Structured voice provider. Must be supplied together with `structured_provider`.
                Example: elevenlabs.
            structured_provider (ConversationRelayStructuredProvider | Unset): Provider-specific structured voice settings.
                Must be supplied together with `provider`; Telnyx sends the value as the nested provider configuration for
                Conversation Relay. Example: {'model_id': 'Default', 'voice_id': 'voice-id'}.
            transcription (ConversationRelayStartRequestTranscription | Unset): Not supported for Conversation Relay start
                requests. Use `transcription_engine` and `transcription_engine_config` instead.
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
            url (str | Unset): Public alias for `conversation_relay_url`. Must start with `ws://` or `wss://`. If both are
                present, this value wins. Example: wss://example.com/conversation-relay.
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

    assistant: ConversationRelayCustomParameters | Unset = UNSET
    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    conversation_relay_dtmf_detection: bool | Unset = UNSET
    conversation_relay_settings: ConversationRelaySettings | Unset = UNSET
    conversation_relay_url: str | Unset = UNSET
    custom_parameters: ConversationRelayStartRequestCustomParameters | Unset = UNSET
    dtmf_detection: bool | Unset = UNSET
    greeting: str | Unset = UNSET
    interruptible: Literal["any", "dtmf", "none", "speech"] | Unset = UNSET
    interruptible_greeting: Literal["any", "dtmf", "none", "speech"] | Unset = UNSET
    interruption_settings: ConversationRelayInterruptionSettings | Unset = UNSET
    language: str | Unset = UNSET
    languages: list[ConversationRelayLanguage] | Unset = UNSET
    provider: str | Unset = UNSET
    structured_provider: ConversationRelayStructuredProvider | Unset = UNSET
    transcription: ConversationRelayStartRequestTranscription | Unset = UNSET
    transcription_engine: ConversationRelayLanguageTranscriptionEngine | Unset = UNSET
    transcription_engine_config: ConversationRelayTranscriptionEngineConfig | Unset = UNSET
    tts_provider: str | Unset = UNSET
    url: str | Unset = UNSET
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
        assistant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assistant, Unset):
            assistant = self.assistant.to_dict()

        client_state = self.client_state

        command_id = self.command_id

        conversation_relay_dtmf_detection = self.conversation_relay_dtmf_detection

        conversation_relay_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_relay_settings, Unset):
            conversation_relay_settings = self.conversation_relay_settings.to_dict()

        conversation_relay_url = self.conversation_relay_url

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

        transcription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcription, Unset):
            transcription = self.transcription.to_dict()

        transcription_engine: str | Unset = UNSET
        if not isinstance(self.transcription_engine, Unset):
            transcription_engine = self.transcription_engine

        transcription_engine_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcription_engine_config, Unset):
            transcription_engine_config = self.transcription_engine_config.to_dict()

        tts_provider = self.tts_provider

        url = self.url

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
        if assistant is not UNSET:
            field_dict["assistant"] = assistant
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if conversation_relay_dtmf_detection is not UNSET:
            field_dict["conversation_relay_dtmf_detection"] = conversation_relay_dtmf_detection
        if conversation_relay_settings is not UNSET:
            field_dict["conversation_relay_settings"] = conversation_relay_settings
        if conversation_relay_url is not UNSET:
            field_dict["conversation_relay_url"] = conversation_relay_url
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
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if transcription_engine is not UNSET:
            field_dict["transcription_engine"] = transcription_engine
        if transcription_engine_config is not UNSET:
            field_dict["transcription_engine_config"] = transcription_engine_config
        if tts_provider is not UNSET:
            field_dict["tts_provider"] = tts_provider
        if url is not UNSET:
            field_dict["url"] = url
        if voice is not UNSET:
            field_dict["voice"] = voice
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _assistant = d.pop("assistant", UNSET)
        assistant: ConversationRelayCustomParameters | Unset
        assistant = UNSET if isinstance(_assistant, Unset) else ConversationRelayCustomParameters.from_dict(_assistant)

        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        conversation_relay_dtmf_detection = d.pop("conversation_relay_dtmf_detection", UNSET)

        _conversation_relay_settings = d.pop("conversation_relay_settings", UNSET)
        conversation_relay_settings: ConversationRelaySettings | Unset
        if isinstance(_conversation_relay_settings, Unset):
            conversation_relay_settings = UNSET
        else:
            conversation_relay_settings = ConversationRelaySettings.from_dict(_conversation_relay_settings)

        conversation_relay_url = d.pop("conversation_relay_url", UNSET)

        _custom_parameters = d.pop("custom_parameters", UNSET)
        custom_parameters: ConversationRelayStartRequestCustomParameters | Unset
        if isinstance(_custom_parameters, Unset):
            custom_parameters = UNSET
        else:
            custom_parameters = ConversationRelayStartRequestCustomParameters.from_dict(_custom_parameters)

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

        _transcription = d.pop("transcription", UNSET)
        transcription: ConversationRelayStartRequestTranscription | Unset
        if isinstance(_transcription, Unset):
            transcription = UNSET
        else:
            transcription = ConversationRelayStartRequestTranscription.from_dict(_transcription)

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

        url = d.pop("url", UNSET)

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
            assistant=assistant,
            client_state=client_state,
            command_id=command_id,
            conversation_relay_dtmf_detection=conversation_relay_dtmf_detection,
            conversation_relay_settings=conversation_relay_settings,
            conversation_relay_url=conversation_relay_url,
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
            transcription=transcription,
            transcription_engine=transcription_engine,
            transcription_engine_config=transcription_engine_config,
            tts_provider=tts_provider,
            url=url,
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
from ..models.conversation_relay_custom_parameters import ConversationRelayCustomParameters
from ..models.conversation_relay_interruption_settings import ConversationRelayInterruptionSettings
from ..models.conversation_relay_language import ConversationRelayLanguage
from ..models.conversation_relay_settings import ConversationRelaySettings
from ..models.conversation_relay_start_request_custom_parameters import ConversationRelayStartRequestCustomParameters
from ..models.conversation_relay_start_request_transcription import ConversationRelayStartRequestTranscription
from ..models.conversation_relay_structured_provider import ConversationRelayStructuredProvider
from ..models.conversation_relay_transcription_engine_config import ConversationRelayTranscriptionEngineConfig
from ..models.eleven_labs_voice_settings import ElevenLabsVoiceSettings
from ..models.inworld_voice_settings import InworldVoiceSettings
from ..models.minimax_voice_settings import MinimaxVoiceSettings
from ..models.resemble_voice_settings import ResembleVoiceSettings
from ..models.rime_voice_settings import RimeVoiceSettings
from ..models.telnyx_voice_settings import TelnyxVoiceSettings
from ..models.xai_voice_settings import XAIVoiceSettings
