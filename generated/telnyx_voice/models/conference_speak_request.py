# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from .._values import ListOf, OneOf, parse_union
from ..models.speak_request_language import SpeakRequestLanguage
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class ConferenceSpeakRequest(BaseModel):
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
        call_control_ids (list[str] | None): Call Control IDs of participants who will hear the spoken text. When empty
            all participants will hear the spoken text.
        command_id (str | None): Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent
            commands with the same `command_id` as one that has already been executed. Example:
            891510ac-f3e4-11e8-af5b-de00688a4901.
        language (SpeakRequestLanguage | None): The language you want spoken. This parameter is ignored when a `Polly.*`
            voice is specified. Example: en-US.
        payload_type (Literal["ssml", "text"] | None): The type of the provided payload. The payload can either be plain
            text, or Speech Synthesis Markup Language (SSML). Example: ssml.
        region (Literal["Australia", "Europe", "Middle East", "US"] | None): Region where the conference data is
            located. Defaults to the region defined in user's data locality settings (Europe or US). Example: US.
        voice_settings (AWSVoiceSettings | AzureVoiceSettings | ElevenLabsVoiceSettings | InworldVoiceSettings |
            MinimaxVoiceSettings | ResembleVoiceSettings | RimeVoiceSettings | TelnyxVoiceSettings | XAIVoiceSettings |
            None): The settings associated with the voice selected
    """

    payload: str
    voice: str
    call_control_ids: list[str] | None = None
    command_id: str | None = None
    language: SpeakRequestLanguage | None = None
    payload_type: Literal["ssml", "text"] | None = None
    region: Literal["Australia", "Europe", "Middle East", "US"] | None = None
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
        ("payload", "payload", True),
        ("voice", "voice", True),
        ("call_control_ids", "call_control_ids", False),
        ("command_id", "command_id", False),
        ("language", "language", False),
        ("payload_type", "payload_type", False),
        ("region", "region", False),
        ("voice_settings", "voice_settings", False),
    )

    def __init__(
        self,
        *,
        payload: str,
        voice: str,
        call_control_ids: list[str] | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        language: SpeakRequestLanguage | Unset | None = UNSET,
        payload_type: Literal["ssml", "text"] | Unset | None = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset | None = UNSET,
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
        _set(self, "payload", d.pop("payload", None))
        _set(self, "voice", d.pop("voice", None))
        _set(self, "call_control_ids", d.pop("call_control_ids", None))
        _set(self, "command_id", d.pop("command_id", None))
        _set(self, "language", d.pop("language", None))
        _set(self, "payload_type", d.pop("payload_type", None))
        _set(self, "region", d.pop("region", None))
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
            ("payload", str, REQUIRED),
            ("voice", str, REQUIRED),
            ("call_control_ids", ListOf(str), 0),
            ("command_id", str, 0),
            ("language", str, 0),
            ("payload_type", str, 0),
            ("region", str, 0),
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
