# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from .._values import ListOf, OneOf, parse_union
from ..models.google_transcription_engine_list_of_languages import GoogleTranscriptionEngineListOfLanguages
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class GatherUsingAIRequest(BaseModel):
    """
    Example:
        {'client_state': 'aGF2ZSBhIG5pY2UgZGF5ID1d', 'command_id': '891510ac-f3e4-11e8-af5b-de00688a4901', 'greeting':
            'Hello, can you tell me your age and where you live?', 'message_history': [{'content': "Hello, what's your
            name?", 'role': 'assistant'}, {'content': "Hello, I'm John.", 'role': 'user'}], 'parameters': {'properties':
            {'age': {'description': 'The age of the customer.', 'type': 'integer'}, 'location': {'description': 'The
            location of the customer.', 'type': 'string'}}, 'required': ['age', 'location'], 'type': 'object'},
            'send_message_history_updates': True, 'send_partial_results': True, 'user_response_timeout_ms': 5000, 'voice':
            'Telnyx.KokoroTTS.af'}

    Attributes:
        parameters (dict[str, Any]): The parameters described as a JSON Schema object that needs to be gathered by the
            voice assistant. See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for
            documentation about the format Example: {'properties': {'age': {'description': 'The age of the customer.',
            'type': 'integer'}, 'location': {'description': 'The location of the customer.', 'type': 'string'}}, 'required':
            ['age', 'location'], 'type': 'object'}.
        assistant (Assistant | None): Assistant configuration including choice of LLM, custom instructions, and tools.
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | None): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        gather_ended_speech (str | None): Text that will be played when the gathering has finished. There is a 3,000
            character limit. Example: Thank you for providing the information..
        greeting (str | None): Text that will be played when the gathering starts, if none then nothing will be played
            when the gathering starts. The greeting can be text for any voice or SSML for `AWS.Polly.<voice_id>` voices.
            There is a 3,000 character limit. Example: Hello, can you tell me your age and where you live?.
        interruption_settings (InterruptionSettings | None): Settings for handling user interruptions during assistant
            speech
        language (GoogleTranscriptionEngineListOfLanguages | None): Language to use for speech recognition Example: en.
        message_history (list[GatherUsingAIRequestMessageHistoryItem] | None): The message history you want the voice
            assistant to be aware of, this can be useful to keep the context of the conversation, or to pass additional
            information to the voice assistant.
        send_message_history_updates (bool | None): Default is `false`. If set to `true`, the voice assistant will send
            updates to the message history via the `call.ai_gather.message_history_updated` callback in real time as the
            message history is updated. Example: False.
        send_partial_results (bool | None): Default is `false`. If set to `true`, the voice assistant will send partial
            results via the `call.ai_gather.partial_results` callback in real time as individual fields are gathered. If set
            to `false`, the voice assistant will only send the final result via the `call.ai_gather.ended` callback.
            Example: False.
        transcription (TranscriptionConfig | None): The settings associated with speech to text for the voice assistant.
            This is only relevant if the assistant uses a text-to-text language model. Any assistant using a model with
            native audio support (e.g. `fixie-ai/ultravox-v0_4`) will ignore this field.
        user_response_timeout_ms (int | None): The maximum time in milliseconds to wait for user response before timing
            out. Example: 15000.
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
        voice_settings (AWSVoiceSettings | AzureVoiceSettings | ElevenLabsVoiceSettings | ResembleVoiceSettings |
            RimeVoiceSettings | TelnyxVoiceSettings | XAIVoiceSettings | None): The settings associated with the voice
            selected
    """

    parameters: dict[str, Any]
    assistant: Assistant | None = None
    client_state: str | None = None
    command_id: str | None = None
    gather_ended_speech: str | None = None
    greeting: str | None = None
    interruption_settings: InterruptionSettings | None = None
    language: GoogleTranscriptionEngineListOfLanguages | None = None
    message_history: list[GatherUsingAIRequestMessageHistoryItem] | None = None
    send_message_history_updates: bool | None = None
    send_partial_results: bool | None = None
    transcription: TranscriptionConfig | None = None
    user_response_timeout_ms: int | None = None
    voice: str | None = None
    voice_settings: (
        AWSVoiceSettings
        | AzureVoiceSettings
        | ElevenLabsVoiceSettings
        | ResembleVoiceSettings
        | RimeVoiceSettings
        | TelnyxVoiceSettings
        | XAIVoiceSettings
        | None
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("parameters", "parameters", True),
        ("assistant", "assistant", False),
        ("client_state", "client_state", False),
        ("command_id", "command_id", False),
        ("gather_ended_speech", "gather_ended_speech", False),
        ("greeting", "greeting", False),
        ("interruption_settings", "interruption_settings", False),
        ("language", "language", False),
        ("message_history", "message_history", False),
        ("send_message_history_updates", "send_message_history_updates", False),
        ("send_partial_results", "send_partial_results", False),
        ("transcription", "transcription", False),
        ("user_response_timeout_ms", "user_response_timeout_ms", False),
        ("voice", "voice", False),
        ("voice_settings", "voice_settings", False),
    )

    def __init__(
        self,
        *,
        parameters: dict[str, Any],
        assistant: Assistant | Unset | None = UNSET,
        client_state: str | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        gather_ended_speech: str | Unset | None = UNSET,
        greeting: str | Unset | None = UNSET,
        interruption_settings: InterruptionSettings | Unset | None = UNSET,
        language: GoogleTranscriptionEngineListOfLanguages | Unset | None = UNSET,
        message_history: list[GatherUsingAIRequestMessageHistoryItem] | Unset | None = UNSET,
        send_message_history_updates: bool | Unset | None = UNSET,
        send_partial_results: bool | Unset | None = UNSET,
        transcription: TranscriptionConfig | Unset | None = UNSET,
        user_response_timeout_ms: int | Unset | None = UNSET,
        voice: str | Unset | None = UNSET,
        voice_settings: AWSVoiceSettings
        | AzureVoiceSettings
        | ElevenLabsVoiceSettings
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
        _set(self, "parameters", d.pop("parameters", None))
        v = d.pop("assistant", None)
        _set(self, "assistant", Assistant.from_dict(v) if v.__class__ is dict else v)
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "command_id", d.pop("command_id", None))
        _set(self, "gather_ended_speech", d.pop("gather_ended_speech", None))
        _set(self, "greeting", d.pop("greeting", None))
        v = d.pop("interruption_settings", None)
        _set(self, "interruption_settings", InterruptionSettings.from_dict(v) if v.__class__ is dict else v)
        _set(self, "language", d.pop("language", None))
        v = d.pop("message_history", None)
        _set(
            self,
            "message_history",
            [GatherUsingAIRequestMessageHistoryItem.from_dict(i) if i.__class__ is dict else i for i in v]
            if v.__class__ is list
            else v,
        )
        _set(self, "send_message_history_updates", d.pop("send_message_history_updates", None))
        _set(self, "send_partial_results", d.pop("send_partial_results", None))
        v = d.pop("transcription", None)
        _set(self, "transcription", TranscriptionConfig.from_dict(v) if v.__class__ is dict else v)
        _set(self, "user_response_timeout_ms", d.pop("user_response_timeout_ms", None))
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
                    AzureVoiceSettings,
                    RimeVoiceSettings,
                    ResembleVoiceSettings,
                    XAIVoiceSettings,
                ),
                lenient=True,
                tagged=(
                    ("type", "elevenlabs", ElevenLabsVoiceSettings),
                    ("type", "telnyx", TelnyxVoiceSettings),
                    ("type", "aws", AWSVoiceSettings),
                    ("type", "azure", AzureVoiceSettings),
                    ("type", "rime", RimeVoiceSettings),
                    ("type", "resemble", ResembleVoiceSettings),
                    ("type", "xai", XAIVoiceSettings),
                ),
            ),
        )
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("parameters", dict, REQUIRED),
            ("assistant", Assistant, 0),
            ("client_state", str, 0),
            ("command_id", str, 0),
            ("gather_ended_speech", str, 0),
            ("greeting", str, 0),
            ("interruption_settings", InterruptionSettings, 0),
            ("language", str, 0),
            ("message_history", ListOf(GatherUsingAIRequestMessageHistoryItem), 0),
            ("send_message_history_updates", bool, 0),
            ("send_partial_results", bool, 0),
            ("transcription", TranscriptionConfig, 0),
            ("user_response_timeout_ms", int, 0),
            ("voice", str, 0),
            (
                "voice_settings",
                OneOf(
                    (
                        ElevenLabsVoiceSettings,
                        TelnyxVoiceSettings,
                        AWSVoiceSettings,
                        AzureVoiceSettings,
                        RimeVoiceSettings,
                        ResembleVoiceSettings,
                        XAIVoiceSettings,
                    ),
                    tagged=(
                        ("type", "elevenlabs", ElevenLabsVoiceSettings),
                        ("type", "telnyx", TelnyxVoiceSettings),
                        ("type", "aws", AWSVoiceSettings),
                        ("type", "azure", AzureVoiceSettings),
                        ("type", "rime", RimeVoiceSettings),
                        ("type", "resemble", ResembleVoiceSettings),
                        ("type", "xai", XAIVoiceSettings),
                    ),
                ),
                0,
            ),
        )


from ..models.assistant import Assistant
from ..models.aws_voice_settings import AWSVoiceSettings
from ..models.azure_voice_settings import AzureVoiceSettings
from ..models.eleven_labs_voice_settings import ElevenLabsVoiceSettings
from ..models.gather_using_ai_request_message_history_item import GatherUsingAIRequestMessageHistoryItem
from ..models.interruption_settings import InterruptionSettings
from ..models.resemble_voice_settings import ResembleVoiceSettings
from ..models.rime_voice_settings import RimeVoiceSettings
from ..models.telnyx_voice_settings import TelnyxVoiceSettings
from ..models.transcription_config import TranscriptionConfig
from ..models.xai_voice_settings import XAIVoiceSettings
