# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from .._values import OneOf, parse_union
from ..models.speak_request_language import SpeakRequestLanguage
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class GatherUsingSpeakRequest(BaseModel):
    """
    Example:
        {'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901',
            'inter_digit_timeout_millis': 10000, 'invalid_payload': 'say this on call', 'language': 'arb', 'maximum_digits':
            10, 'minimum_digits': 1, 'payload': 'say this on call', 'payload_type': 'text', 'service_level': 'premium',
            'terminating_digit': '#', 'valid_digits': '123', 'voice': 'male'}

    Attributes:
        payload (str): The text or SSML to be converted into speech. There is a 3,000 character limit. Example: Say this
            on the call.
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
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | None): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        inter_digit_timeout_millis (int | None): The number of milliseconds to wait for input between digits. Example:
            10000.
        invalid_payload (str | None): The text or SSML to be converted into speech when digits don't match the
            `valid_digits` parameter or the number of digits is not between `min` and `max`. There is a 3,000 character
            limit. Example: Say this on the call.
        language (SpeakRequestLanguage | None): The language you want spoken. This parameter is ignored when a `Polly.*`
            voice is specified. Example: en-US.
        maximum_digits (int | None): The maximum number of digits to fetch. This parameter has a maximum value of 128.
            Example: 10.
        maximum_tries (int | None): The maximum number of times that a file should be played back if there is no input
            from the user on the call. Example: 3.
        minimum_digits (int | None): The minimum number of digits to fetch. This parameter has a minimum value of 1.
            Example: 1.
        payload_type (Literal["ssml", "text"] | None): The type of the provided payload. The payload can either be plain
            text, or Speech Synthesis Markup Language (SSML). Example: ssml.
        service_level (Literal["basic", "premium"] | None): This parameter impacts speech quality, language options and
            payload types. When using `basic`, only the `en-US` language and payload type `text` are allowed. Example:
            premium.
        terminating_digit (str | None): The digit used to terminate input if fewer than `maximum_digits` digits have
            been gathered. Example: #.
        timeout_millis (int | None): The number of milliseconds to wait for a DTMF response after speak ends before a
            replaying the sound file. Example: 60000.
        valid_digits (str | None): A list of all digits accepted as valid. Example: 123.
        voice_settings (AWSVoiceSettings | AzureVoiceSettings | ElevenLabsVoiceSettings | InworldVoiceSettings |
            MinimaxVoiceSettings | ResembleVoiceSettings | RimeVoiceSettings | TelnyxVoiceSettings | XAIVoiceSettings |
            None): The settings associated with the voice selected
    """

    payload: str
    voice: str
    client_state: str | None = None
    command_id: str | None = None
    inter_digit_timeout_millis: int | None = None
    invalid_payload: str | None = None
    language: SpeakRequestLanguage | None = None
    maximum_digits: int | None = None
    maximum_tries: int | None = None
    minimum_digits: int | None = None
    payload_type: Literal["ssml", "text"] | None = None
    service_level: Literal["basic", "premium"] | None = None
    terminating_digit: str | None = None
    timeout_millis: int | None = None
    valid_digits: str | None = None
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
        ("client_state", "client_state", False),
        ("command_id", "command_id", False),
        ("inter_digit_timeout_millis", "inter_digit_timeout_millis", False),
        ("invalid_payload", "invalid_payload", False),
        ("language", "language", False),
        ("maximum_digits", "maximum_digits", False),
        ("maximum_tries", "maximum_tries", False),
        ("minimum_digits", "minimum_digits", False),
        ("payload_type", "payload_type", False),
        ("service_level", "service_level", False),
        ("terminating_digit", "terminating_digit", False),
        ("timeout_millis", "timeout_millis", False),
        ("valid_digits", "valid_digits", False),
        ("voice_settings", "voice_settings", False),
    )

    def __init__(
        self,
        *,
        payload: str,
        voice: str,
        client_state: str | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        inter_digit_timeout_millis: int | Unset | None = UNSET,
        invalid_payload: str | Unset | None = UNSET,
        language: SpeakRequestLanguage | Unset | None = UNSET,
        maximum_digits: int | Unset | None = UNSET,
        maximum_tries: int | Unset | None = UNSET,
        minimum_digits: int | Unset | None = UNSET,
        payload_type: Literal["ssml", "text"] | Unset | None = UNSET,
        service_level: Literal["basic", "premium"] | Unset | None = UNSET,
        terminating_digit: str | Unset | None = UNSET,
        timeout_millis: int | Unset | None = UNSET,
        valid_digits: str | Unset | None = UNSET,
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
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "command_id", d.pop("command_id", None))
        _set(self, "inter_digit_timeout_millis", d.pop("inter_digit_timeout_millis", None))
        _set(self, "invalid_payload", d.pop("invalid_payload", None))
        _set(self, "language", d.pop("language", None))
        _set(self, "maximum_digits", d.pop("maximum_digits", None))
        _set(self, "maximum_tries", d.pop("maximum_tries", None))
        _set(self, "minimum_digits", d.pop("minimum_digits", None))
        _set(self, "payload_type", d.pop("payload_type", None))
        _set(self, "service_level", d.pop("service_level", None))
        _set(self, "terminating_digit", d.pop("terminating_digit", None))
        _set(self, "timeout_millis", d.pop("timeout_millis", None))
        _set(self, "valid_digits", d.pop("valid_digits", None))
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
            ("client_state", str, 0),
            ("command_id", str, 0),
            ("inter_digit_timeout_millis", int, 0),
            ("invalid_payload", str, 0),
            ("language", str, 0),
            ("maximum_digits", int, 0),
            ("maximum_tries", int, 0),
            ("minimum_digits", int, 0),
            ("payload_type", str, 0),
            ("service_level", str, 0),
            ("terminating_digit", str, 0),
            ("timeout_millis", int, 0),
            ("valid_digits", str, 0),
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
