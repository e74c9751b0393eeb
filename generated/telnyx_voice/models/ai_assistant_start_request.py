# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_union
from ..types import UNSET, Unset

T = TypeVar("T", bound="AIAssistantStartRequest")


@_attrs_define(frozen=True)
class AIAssistantStartRequest:
    """
    Attributes:
        assistant (CallAssistantRequest | Unset): AI Assistant configuration. All fields except `id` are optional — the
            assistant's stored configuration will be used as fallback for any omitted fields.
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        greeting (str | Unset): Text that will be played when the assistant starts, if none then nothing will be played
            when the assistant starts. The greeting can be text for any voice or SSML for `AWS.Polly.<voice_id>` voices.
            There is a 3,000 character limit. Example: Hello, can you tell me your age and where you live?.
        interruption_settings (InterruptionSettings | Unset): Settings for handling user interruptions during assistant
            speech
        message_history (list[AssistantMessage | DeveloperMessage | SystemMessage | ToolMessage | UserMessage] | Unset):
            A list of messages to seed the conversation history before the assistant starts. Follows the same message format
            as the `ai_assistant_add_messages` command.
        participants (list[AIAssistantJoinParticipant] | Unset): A list of participants to add to the conversation when
            it starts.
        send_message_history_updates (bool | Unset): When `true`, a webhook is sent each time the conversation message
            history is updated.
        transcription (TranscriptionConfig | Unset): The settings associated with speech to text for the voice
            assistant. This is only relevant if the assistant uses a text-to-text language model. Any assistant using a
            model with native audio support (e.g. `fixie-ai/ultravox-v0_4`) will ignore this field.
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
        voice_settings (AWSVoiceSettings | AzureVoiceSettings | ElevenLabsVoiceSettings | ResembleVoiceSettings |
            RimeVoiceSettings | TelnyxVoiceSettings | Unset | XAIVoiceSettings): The settings associated with the voice
            selected
    """

    assistant: CallAssistantRequest | Unset = UNSET
    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    greeting: str | Unset = UNSET
    interruption_settings: InterruptionSettings | Unset = UNSET
    message_history: list[AssistantMessage | DeveloperMessage | SystemMessage | ToolMessage | UserMessage] | Unset = (
        UNSET
    )
    participants: list[AIAssistantJoinParticipant] | Unset = UNSET
    send_message_history_updates: bool | Unset = UNSET
    transcription: TranscriptionConfig | Unset = UNSET
    voice: str | Unset = UNSET
    voice_settings: (
        AWSVoiceSettings
        | AzureVoiceSettings
        | ElevenLabsVoiceSettings
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

        greeting = self.greeting

        interruption_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interruption_settings, Unset):
            interruption_settings = self.interruption_settings.to_dict()

        message_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.message_history, Unset):
            message_history = []
            for message_history_item_data in self.message_history:
                message_history_item: dict[str, Any]
                if isinstance(message_history_item_data, (UserMessage, AssistantMessage, ToolMessage, SystemMessage)):
                    message_history_item = message_history_item_data.to_dict()
                else:
                    message_history_item = message_history_item_data.to_dict()

                message_history.append(message_history_item)

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        send_message_history_updates = self.send_message_history_updates

        transcription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcription, Unset):
            transcription = self.transcription.to_dict()

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
                AzureVoiceSettings,
                RimeVoiceSettings,
                ResembleVoiceSettings,
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
        if greeting is not UNSET:
            field_dict["greeting"] = greeting
        if interruption_settings is not UNSET:
            field_dict["interruption_settings"] = interruption_settings
        if message_history is not UNSET:
            field_dict["message_history"] = message_history
        if participants is not UNSET:
            field_dict["participants"] = participants
        if send_message_history_updates is not UNSET:
            field_dict["send_message_history_updates"] = send_message_history_updates
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if voice is not UNSET:
            field_dict["voice"] = voice
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _assistant = d.pop("assistant", UNSET)
        assistant: CallAssistantRequest | Unset
        assistant = UNSET if isinstance(_assistant, Unset) else CallAssistantRequest.from_dict(_assistant)

        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        greeting = d.pop("greeting", UNSET)

        _interruption_settings = d.pop("interruption_settings", UNSET)
        interruption_settings: InterruptionSettings | Unset
        if isinstance(_interruption_settings, Unset):
            interruption_settings = UNSET
        else:
            interruption_settings = InterruptionSettings.from_dict(_interruption_settings)

        _message_history = d.pop("message_history", UNSET)
        message_history: (
            list[AssistantMessage | DeveloperMessage | SystemMessage | ToolMessage | UserMessage] | Unset
        ) = UNSET
        if _message_history is not UNSET:
            message_history = []
            for message_history_item_data in _message_history:
                message_history_item = parse_union(
                    message_history_item_data,
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

                message_history.append(message_history_item)

        _participants = d.pop("participants", UNSET)
        participants: list[AIAssistantJoinParticipant] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = AIAssistantJoinParticipant.from_dict(participants_item_data)

                participants.append(participants_item)

        send_message_history_updates = d.pop("send_message_history_updates", UNSET)

        _transcription = d.pop("transcription", UNSET)
        transcription: TranscriptionConfig | Unset
        transcription = UNSET if isinstance(_transcription, Unset) else TranscriptionConfig.from_dict(_transcription)

        voice = d.pop("voice", UNSET)

        voice_settings = parse_union(
            d.pop("voice_settings", UNSET),
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
        )

        additional_properties = d
        return cls(
            assistant=assistant,
            client_state=client_state,
            command_id=command_id,
            greeting=greeting,
            interruption_settings=interruption_settings,
            message_history=message_history,
            participants=participants,
            send_message_history_updates=send_message_history_updates,
            transcription=transcription,
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
