# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from .._values import ListOf, OneOf, parse_union, read_value
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class AIAssistantStartRequest(BaseModel):
    """
    Attributes:
        assistant (CallAssistantRequest | None): AI Assistant configuration. All fields except `id` are optional — the
            assistant's stored configuration will be used as fallback for any omitted fields.
        client_state (str | None): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | None): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        greeting (str | None): Text that will be played when the assistant starts, if none then nothing will be played
            when the assistant starts. The greeting can be text for any voice or SSML for `AWS.Polly.<voice_id>` voices.
            There is a 3,000 character limit. Example: Hello, can you tell me your age and where you live?.
        interruption_settings (InterruptionSettings | None): Settings for handling user interruptions during assistant
            speech
        message_history (list[AssistantMessage | DeveloperMessage | SystemMessage | ToolMessage | UserMessage] | None):
            A list of messages to seed the conversation history before the assistant starts. Follows the same message format
            as the `ai_assistant_add_messages` command.
        participants (list[AIAssistantJoinParticipant] | None): A list of participants to add to the conversation when
            it starts.
        send_message_history_updates (bool | None): When `true`, a webhook is sent each time the conversation message
            history is updated.
        transcription (TranscriptionConfig | None): The settings associated with speech to text for the voice assistant.
            This is only relevant if the assistant uses a text-to-text language model. Any assistant using a model with
            native audio support (e.g. `fixie-ai/ultravox-v0_4`) will ignore this field.
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

    assistant: CallAssistantRequest | None = None
    client_state: str | None = None
    command_id: str | None = None
    greeting: str | None = None
    interruption_settings: InterruptionSettings | None = None
    message_history: list[AssistantMessage | DeveloperMessage | SystemMessage | ToolMessage | UserMessage] | None = None
    participants: list[AIAssistantJoinParticipant] | None = None
    send_message_history_updates: bool | None = None
    transcription: TranscriptionConfig | None = None
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
        ("assistant", "assistant", False),
        ("client_state", "client_state", False),
        ("command_id", "command_id", False),
        ("greeting", "greeting", False),
        ("interruption_settings", "interruption_settings", False),
        ("message_history", "message_history", False),
        ("participants", "participants", False),
        ("send_message_history_updates", "send_message_history_updates", False),
        ("transcription", "transcription", False),
        ("voice", "voice", False),
        ("voice_settings", "voice_settings", False),
    )

    def __init__(
        self,
        *,
        assistant: CallAssistantRequest | Unset | None = UNSET,
        client_state: str | Unset | None = UNSET,
        command_id: str | Unset | None = UNSET,
        greeting: str | Unset | None = UNSET,
        interruption_settings: InterruptionSettings | Unset | None = UNSET,
        message_history: list[AssistantMessage | DeveloperMessage | SystemMessage | ToolMessage | UserMessage]
        | Unset
        | None = UNSET,
        participants: list[AIAssistantJoinParticipant] | Unset | None = UNSET,
        send_message_history_updates: bool | Unset | None = UNSET,
        transcription: TranscriptionConfig | Unset | None = UNSET,
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
        v = d.pop("assistant", None)
        _set(self, "assistant", CallAssistantRequest.from_dict(v) if v.__class__ is dict else v)
        _set(self, "client_state", d.pop("client_state", None))
        _set(self, "command_id", d.pop("command_id", None))
        _set(self, "greeting", d.pop("greeting", None))
        v = d.pop("interruption_settings", None)
        _set(self, "interruption_settings", InterruptionSettings.from_dict(v) if v.__class__ is dict else v)
        v = d.pop("message_history", None)
        _set(
            self,
            "message_history",
            read_value(
                ListOf(
                    OneOf(
                        (
                            UserMessage,
                            AssistantMessage,
                            ToolMessage,
                            SystemMessage,
                            DeveloperMessage,
                        ),
                        lenient=True,
                        tagged=(
                            ("role", "user", UserMessage),
                            ("role", "assistant", AssistantMessage),
                            ("role", "tool", ToolMessage),
                            ("role", "system", SystemMessage),
                            ("role", "developer", DeveloperMessage),
                        ),
                    )
                ),
                v,
            ),
        )
        v = d.pop("participants", None)
        _set(
            self,
            "participants",
            [AIAssistantJoinParticipant.from_dict(i) if i.__class__ is dict else i for i in v]
            if v.__class__ is list
            else v,
        )
        _set(self, "send_message_history_updates", d.pop("send_message_history_updates", None))
        v = d.pop("transcription", None)
        _set(self, "transcription", TranscriptionConfig.from_dict(v) if v.__class__ is dict else v)
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
            ("assistant", CallAssistantRequest, 0),
            ("client_state", str, 0),
            ("command_id", str, 0),
            ("greeting", str, 0),
            ("interruption_settings", InterruptionSettings, 0),
            (
                "message_history",
                ListOf(
                    OneOf(
                        (
                            UserMessage,
                            AssistantMessage,
                            ToolMessage,
                            SystemMessage,
                            DeveloperMessage,
                        ),
                        tagged=(
                            ("role", "user", UserMessage),
                            ("role", "assistant", AssistantMessage),
                            ("role", "tool", ToolMessage),
                            ("role", "system", SystemMessage),
                            ("role", "developer", DeveloperMessage),
                        ),
                    )
                ),
                0,
            ),
            ("participants", ListOf(AIAssistantJoinParticipant), 0),
            ("send_message_history_updates", bool, 0),
            ("transcription", TranscriptionConfig, 0),
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


from ..models.ai_assistant_join_participant import AIAssistantJoinParticipant
from ..models.assistant_message import AssistantMessage
from ..models.aws_voice_settings import AWSVoiceSettings
from ..models.azure_voice_settings import AzureVoiceSettings
from ..models.call_assistant_request import CallAssistantRequest
from ..models.developer_message import DeveloperMessage
from ..models.eleven_labs_voice_settings import ElevenLabsVoiceSettings
from ..models.interruption_settings import InterruptionSettings
from ..models.resemble_voice_settings import ResembleVoiceSettings
from ..models.rime_voice_settings import RimeVoiceSettings
from ..models.system_message import SystemMessage
from ..models.telnyx_voice_settings import TelnyxVoiceSettings
from ..models.tool_message import ToolMessage
from ..models.transcription_config import TranscriptionConfig
from ..models.user_message import UserMessage
from ..models.xai_voice_settings import XAIVoiceSettings
