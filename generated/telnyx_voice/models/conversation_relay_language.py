# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, parse_union
from ..models.conversation_relay_language_transcription_engine import ConversationRelayLanguageTranscriptionEngine
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationRelayLanguage")


@_attrs_define(frozen=True)
class ConversationRelayLanguage:
    """Language-specific TTS and transcription settings for Conversation Relay.

    Attributes:
        language (str): BCP 47 language tag for this language configuration. Example: en-US.
        speech_model (str | Unset): Conversation Relay speech model. Prefer
            `transcription_engine_config.transcription_model` when configuring speech-to-text. Example: nova-3.
        transcription_engine (ConversationRelayLanguageTranscriptionEngine | Unset): Engine to use for speech
            recognition. Legacy values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility. When
            provided in a Conversation Relay language entry, Telnyx derives `transcription_provider` and `speech_model` for
            that language. Example: Google.
        transcription_engine_config (ConversationRelayTranscriptionEngineConfig | Unset): Engine-specific transcription
            settings for Conversation Relay. This accepts the same provider-specific options used by the Call Transcription
            Start command, such as `transcription_model`, without requiring the engine discriminator to be repeated inside
            this object. Example: {'interim_results': True, 'keywords_boosting': {'telnyx': 2.0}, 'transcription_model':
            'deepgram/nova-3'}.
        transcription_provider (str | Unset): Conversation Relay transcription provider name. Prefer
            `transcription_engine` when configuring speech-to-text. Example: Deepgram.
        tts_provider (str | Unset): Text-to-speech provider for this language. If omitted and `voice` is provided,
            Telnyx derives the provider from the voice identifier. Example: telnyx.
        voice (str | Unset): Voice identifier for this language. Example: Telnyx.KokoroTTS.af.
        voice_settings (AWSVoiceSettings | AzureVoiceSettings | ElevenLabsVoiceSettings | InworldVoiceSettings |
            MinimaxVoiceSettings | ResembleVoiceSettings | RimeVoiceSettings | TelnyxVoiceSettings | Unset |
            XAIVoiceSettings): The settings associated with the voice selected
    """

    language: str
    speech_model: str | Unset = UNSET
    transcription_engine: ConversationRelayLanguageTranscriptionEngine | Unset = UNSET
    transcription_engine_config: ConversationRelayTranscriptionEngineConfig | Unset = UNSET
    transcription_provider: str | Unset = UNSET
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
        language = self.language

        speech_model = self.speech_model

        transcription_engine: str | Unset = UNSET
        if not isinstance(self.transcription_engine, Unset):
            transcription_engine = self.transcription_engine

        transcription_engine_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcription_engine_config, Unset):
            transcription_engine_config = self.transcription_engine_config.to_dict()

        transcription_provider = self.transcription_provider

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
                "language": language,
            }
        )
        if speech_model is not UNSET:
            field_dict["speech_model"] = speech_model
        if transcription_engine is not UNSET:
            field_dict["transcription_engine"] = transcription_engine
        if transcription_engine_config is not UNSET:
            field_dict["transcription_engine_config"] = transcription_engine_config
        if transcription_provider is not UNSET:
            field_dict["transcription_provider"] = transcription_provider
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
        language = d.pop("language")

        speech_model = d.pop("speech_model", UNSET)

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

        transcription_provider = d.pop("transcription_provider", UNSET)

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
            language=language,
            speech_model=speech_model,
            transcription_engine=transcription_engine,
            transcription_engine_config=transcription_engine_config,
            transcription_provider=transcription_provider,
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
from ..models.conversation_relay_transcription_engine_config import ConversationRelayTranscriptionEngineConfig
from ..models.eleven_labs_voice_settings import ElevenLabsVoiceSettings
from ..models.inworld_voice_settings import InworldVoiceSettings
from ..models.minimax_voice_settings import MinimaxVoiceSettings
from ..models.resemble_voice_settings import ResembleVoiceSettings
from ..models.rime_voice_settings import RimeVoiceSettings
from ..models.telnyx_voice_settings import TelnyxVoiceSettings
from ..models.xai_voice_settings import XAIVoiceSettings
