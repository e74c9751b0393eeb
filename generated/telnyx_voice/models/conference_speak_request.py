# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, parse_union
from ..models.speak_request_language import SpeakRequestLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceSpeakRequest")


@_attrs_define(frozen=True)
class ConferenceSpeakRequest:
    """
    Example:
        {'call_control_ids': ['v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg'], 'command_id':
            '891510ac-f3e4-11e8-af5b-de00688a4901', 'language': 'en-US', 'payload': 'Say this to participants',
            'payload_type': 'text', 'voice': 'female'}

    Attributes:
        payload (str): The text or SSML to be converted into speech. There is a 3,000 character limit. Example: Say this
            to participants.
        voice (str): Specifies the voice used in speech synthesis.

            - Define voices using the format `<Provider>.<Model>.<VoiceId>`. Specifying only the provider will give default
            values for voice_id and model_id.

             **Supported Providers:**
            - **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices, which provide more
            realistic, human-like speech, append `-Neural` to the `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the
            [available voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for compatibility.
            - **Azure:** Use `Azure.<VoiceId>` (e.g., `Azure.en-CA-ClaraNeural`, `Azure.en-US-BrianMultilingualNeural`,
            `Azure.en-US-Ava:DragonHDLatestNeural`). For a complete list of voices, go to [Azure Voice
            Gallery](https://speech.microsoft.com/portal/voicegallery). Use `voice_settings` to configure custom
            deployments, regions, or API keys.
            - **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g.,
            `ElevenLabs.eleven_multilingual_v2.21m00Tcm4TlvDq8ikWAM`). The `ModelId` part is optional. To use ElevenLabs,
            you must provide your ElevenLabs API key as an integration identifier secret in `"voice_settings":
            {"api_key_ref": "<secret_identifier>"}`. See [integration secrets
            documentation](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret)
            for details. Check [available voices](https://elevenlabs.io/docs/api-reference/get-voices).
            - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>` (e.g., `Telnyx.KokoroTTS.af`). Use `voice_settings` to
            configure voice_speed and other synthesis parameters. `Bayan` provides Arabic (multiple dialects) and English
            voices (e.g., `Telnyx.Bayan.Ahmed`, `Telnyx.Bayan.Amanda`). `Sukhan` provides Urdu voices (e.g.,
            `Telnyx.Sukhan.urdu-professor`); `voice_speed` is not supported.
            - **Minimax:** Use `Minimax.<ModelId>.<VoiceId>` (e.g., `Minimax.speech-02-hd.Wise_Woman`). Supported models:
            `speech-02-turbo`, `speech-02-hd`, `speech-2.6-turbo`, `speech-2.8-turbo`. Use `voice_settings` to configure
            speed, volume, pitch, and language_boost.
            - **Rime:** Use `Rime.<model_id>.<voice_id>` (e.g., `Rime.Arcana.cove`). Supported model_ids: `Arcana`, `Mist`,
            `ArcanaV3`, `Coda`. Use `voice_settings` to configure voice_speed.
            - **Resemble:** Use `Resemble.Turbo.<voice_id>` (e.g., `Resemble.Turbo.my_voice`). Only `Turbo` model is
            supported. Use `voice_settings` to configure precision, sample_rate, and format.
            - **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`, `Inworld.Max.Oliver`,
            `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`, `TTS2`. Use `voice_settings` to configure
            `delivery_mode` (`STABLE`, `BALANCED`, `CREATIVE`), supported by `TTS2` only.
            - **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g., `FishAudio.s2.1-pro.<reference_id>`). Supported
            models: `s2.1-pro`, `s2-pro`, `s1`. `VoiceId` is a Fish Voice-Library reference ID.
            - **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`, `rex`, `sal`, `leo`.

            For service_level basic, you may define the gender of the speaker (male or female). Example:
            Telnyx.KokoroTTS.af.
        call_control_ids (list[str] | Unset): Call Control IDs of participants who will hear the spoken text. When empty
            all participants will hear the spoken text.
        command_id (str | Unset): Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent
            commands with the same `command_id` as one that has already been executed. Example:
            891510ac-f3e4-11e8-af5b-de00688a4901.
        language (SpeakRequestLanguage | Unset): The language you want spoken. This parameter is ignored when a
            `Polly.*` voice is specified. Example: en-US.
        payload_type (Literal["ssml", "text"] | Unset): The type of the provided payload. The payload can either be
            plain text, or Speech Synthesis Markup Language (SSML). Example: ssml.
        region (Literal["Australia", "Europe", "Middle East", "US"] | Unset): Region where the conference data is
            located. Defaults to the region defined in user's data locality settings (Europe or US). Example: US.
        voice_settings (AWSVoiceSettings | AzureVoiceSettings | ElevenLabsVoiceSettings | InworldVoiceSettings |
            MinimaxVoiceSettings | ResembleVoiceSettings | RimeVoiceSettings | TelnyxVoiceSettings | Unset |
            XAIVoiceSettings): The settings associated with the voice selected
    """

    payload: str
    voice: str
    call_control_ids: list[str] | Unset = UNSET
    command_id: str | Unset = UNSET
    language: SpeakRequestLanguage | Unset = UNSET
    payload_type: Literal["ssml", "text"] | Unset = UNSET
    region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET
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
        payload = self.payload

        voice = self.voice

        call_control_ids: list[str] | Unset = UNSET
        if not isinstance(self.call_control_ids, Unset):
            call_control_ids = self.call_control_ids

        command_id = self.command_id

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        payload_type: str | Unset = UNSET
        if not isinstance(self.payload_type, Unset):
            payload_type = self.payload_type

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region

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
                "payload": payload,
                "voice": voice,
            }
        )
        if call_control_ids is not UNSET:
            field_dict["call_control_ids"] = call_control_ids
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if language is not UNSET:
            field_dict["language"] = language
        if payload_type is not UNSET:
            field_dict["payload_type"] = payload_type
        if region is not UNSET:
            field_dict["region"] = region
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payload = d.pop("payload")

        voice = d.pop("voice")

        call_control_ids = cast(list[str], d.pop("call_control_ids", UNSET))

        command_id = d.pop("command_id", UNSET)

        _language = d.pop("language", UNSET)
        language: SpeakRequestLanguage | Unset
        language = UNSET if isinstance(_language, Unset) else enum_value(_language, str)

        _payload_type = d.pop("payload_type", UNSET)
        payload_type: Literal["ssml", "text"] | Unset
        payload_type = UNSET if isinstance(_payload_type, Unset) else enum_value(_payload_type, str)

        _region = d.pop("region", UNSET)
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset
        region = UNSET if isinstance(_region, Unset) else enum_value(_region, str)

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
            payload=payload,
            voice=voice,
            call_control_ids=call_control_ids,
            command_id=command_id,
            language=language,
            payload_type=payload_type,
            region=region,
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
from ..models.eleven_labs_voice_settings import ElevenLabsVoiceSettings
from ..models.inworld_voice_settings import InworldVoiceSettings
from ..models.minimax_voice_settings import MinimaxVoiceSettings
from ..models.resemble_voice_settings import ResembleVoiceSettings
from ..models.rime_voice_settings import RimeVoiceSettings
from ..models.telnyx_voice_settings import TelnyxVoiceSettings
from ..models.xai_voice_settings import XAIVoiceSettings
