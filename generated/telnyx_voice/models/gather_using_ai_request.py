# ruff: noqa: E402  (the imports at the end break import cycles between models)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, parse_union
from ..models.google_transcription_engine_list_of_languages import GoogleTranscriptionEngineListOfLanguages
from ..types import UNSET, Unset

T = TypeVar("T", bound="GatherUsingAIRequest")


@_attrs_define(frozen=True)
class GatherUsingAIRequest:
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
        parameters (GatherUsingAIRequestParameters): The parameters described as a JSON Schema object that needs to be
            gathered by the voice assistant. See the [JSON Schema reference](https://json-schema.org/understanding-json-
            schema) for documentation about the format Example: {'properties': {'age': {'description': 'The age of the
            customer.', 'type': 'integer'}, 'location': {'description': 'The location of the customer.', 'type': 'string'}},
            'required': ['age', 'location'], 'type': 'object'}.
        assistant (Assistant | Unset): Assistant configuration including choice of LLM, custom instructions, and tools.
        client_state (str | Unset): Use this field to add state to every subsequent webhook. It must be a valid Base-64
            encoded string. Example: aGF2ZSBhIG5pY2UgZGF5ID1d.
        command_id (str | Unset): Use this field to avoid duplicate commands. Telnyx will ignore any command with the
            same `command_id` for the same `call_control_id`. Example: 891510ac-f3e4-11e8-af5b-de00688a4901.
        gather_ended_speech (str | Unset): Text that will be played when the gathering has finished. There is a 3,000
            character limit. Example: Thank you for providing the information..
        greeting (str | Unset): Text that will be played when the gathering starts, if none then nothing will be played
            when the gathering starts. The greeting can be text for any voice or SSML for `AWS.Polly.<voice_id>` voices.
            There is a 3,000 character limit. Example: Hello, can you tell me your age and where you live?.
        interruption_settings (InterruptionSettings | Unset): Settings for handling user interruptions during assistant
            speech
        language (GoogleTranscriptionEngineListOfLanguages | Unset): Language to use for speech recognition Example: en.
        message_history (list[GatherUsingAIRequestMessageHistoryItem] | Unset): The message history you want the voice
            assistant to be aware of, this can be useful to keep the context of the conversation, or to pass additional
            information to the voice assistant.
        send_message_history_updates (bool | Unset): Default is `false`. If set to `true`, the voice assistant will send
            updates to the message history via the `call.ai_gather.message_history_updated` callback in real time as the
            message history is updated. Example: False.
        send_partial_results (bool | Unset): Default is `false`. If set to `true`, the voice assistant will send partial
            results via the `call.ai_gather.partial_results` callback in real time as individual fields are gathered. If set
            to `false`, the voice assistant will only send the final result via the `call.ai_gather.ended` callback.
            Example: False.
        transcription (TranscriptionConfig | Unset): The settings associated with speech to text for the voice
            assistant. This is only relevant if the assistant uses a text-to-text language model. Any assistant using a
            model with native audio support (e.g. `fixie-ai/ultravox-v0_4`) will ignore this field.
        user_response_timeout_ms (int | Unset): The maximum time in milliseconds to wait for user response before timing
            out. Example: 15000.
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

    parameters: GatherUsingAIRequestParameters
    assistant: Assistant | Unset = UNSET
    client_state: str | Unset = UNSET
    command_id: str | Unset = UNSET
    gather_ended_speech: str | Unset = UNSET
    greeting: str | Unset = UNSET
    interruption_settings: InterruptionSettings | Unset = UNSET
    language: GoogleTranscriptionEngineListOfLanguages | Unset = UNSET
    message_history: list[GatherUsingAIRequestMessageHistoryItem] | Unset = UNSET
    send_message_history_updates: bool | Unset = UNSET
    send_partial_results: bool | Unset = UNSET
    transcription: TranscriptionConfig | Unset = UNSET
    user_response_timeout_ms: int | Unset = UNSET
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
        parameters = self.parameters.to_dict()

        assistant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assistant, Unset):
            assistant = self.assistant.to_dict()

        client_state = self.client_state

        command_id = self.command_id

        gather_ended_speech = self.gather_ended_speech

        greeting = self.greeting

        interruption_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interruption_settings, Unset):
            interruption_settings = self.interruption_settings.to_dict()

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        message_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.message_history, Unset):
            message_history = []
            for message_history_item_data in self.message_history:
                message_history_item = message_history_item_data.to_dict()
                message_history.append(message_history_item)

        send_message_history_updates = self.send_message_history_updates

        send_partial_results = self.send_partial_results

        transcription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcription, Unset):
            transcription = self.transcription.to_dict()

        user_response_timeout_ms = self.user_response_timeout_ms

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
        field_dict.update(
            {
                "parameters": parameters,
            }
        )
        if assistant is not UNSET:
            field_dict["assistant"] = assistant
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if gather_ended_speech is not UNSET:
            field_dict["gather_ended_speech"] = gather_ended_speech
        if greeting is not UNSET:
            field_dict["greeting"] = greeting
        if interruption_settings is not UNSET:
            field_dict["interruption_settings"] = interruption_settings
        if language is not UNSET:
            field_dict["language"] = language
        if message_history is not UNSET:
            field_dict["message_history"] = message_history
        if send_message_history_updates is not UNSET:
            field_dict["send_message_history_updates"] = send_message_history_updates
        if send_partial_results is not UNSET:
            field_dict["send_partial_results"] = send_partial_results
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if user_response_timeout_ms is not UNSET:
            field_dict["user_response_timeout_ms"] = user_response_timeout_ms
        if voice is not UNSET:
            field_dict["voice"] = voice
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parameters = GatherUsingAIRequestParameters.from_dict(d.pop("parameters"))

        _assistant = d.pop("assistant", UNSET)
        assistant: Assistant | Unset
        assistant = UNSET if isinstance(_assistant, Unset) else Assistant.from_dict(_assistant)

        client_state = d.pop("client_state", UNSET)

        command_id = d.pop("command_id", UNSET)

        gather_ended_speech = d.pop("gather_ended_speech", UNSET)

        greeting = d.pop("greeting", UNSET)

        _interruption_settings = d.pop("interruption_settings", UNSET)
        interruption_settings: InterruptionSettings | Unset
        if isinstance(_interruption_settings, Unset):
            interruption_settings = UNSET
        else:
            interruption_settings = InterruptionSettings.from_dict(_interruption_settings)

        _language = d.pop("language", UNSET)
        language: GoogleTranscriptionEngineListOfLanguages | Unset
        language = UNSET if isinstance(_language, Unset) else enum_value(_language, str)

        _message_history = d.pop("message_history", UNSET)
        message_history: list[GatherUsingAIRequestMessageHistoryItem] | Unset = UNSET
        if _message_history is not UNSET:
            message_history = []
            for message_history_item_data in _message_history:
                message_history_item = GatherUsingAIRequestMessageHistoryItem.from_dict(message_history_item_data)

                message_history.append(message_history_item)

        send_message_history_updates = d.pop("send_message_history_updates", UNSET)

        send_partial_results = d.pop("send_partial_results", UNSET)

        _transcription = d.pop("transcription", UNSET)
        transcription: TranscriptionConfig | Unset
        transcription = UNSET if isinstance(_transcription, Unset) else TranscriptionConfig.from_dict(_transcription)

        user_response_timeout_ms = d.pop("user_response_timeout_ms", UNSET)

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
            parameters=parameters,
            assistant=assistant,
            client_state=client_state,
            command_id=command_id,
            gather_ended_speech=gather_ended_speech,
            greeting=greeting,
            interruption_settings=interruption_settings,
            language=language,
            message_history=message_history,
            send_message_history_updates=send_message_history_updates,
            send_partial_results=send_partial_results,
            transcription=transcription,
            user_response_timeout_ms=user_response_timeout_ms,
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


from ..models.assistant import Assistant
from ..models.aws_voice_settings import AWSVoiceSettings
from ..models.azure_voice_settings import AzureVoiceSettings
from ..models.eleven_labs_voice_settings import ElevenLabsVoiceSettings
from ..models.gather_using_ai_request_message_history_item import GatherUsingAIRequestMessageHistoryItem
from ..models.gather_using_ai_request_parameters import GatherUsingAIRequestParameters
from ..models.interruption_settings import InterruptionSettings
from ..models.resemble_voice_settings import ResembleVoiceSettings
from ..models.rime_voice_settings import RimeVoiceSettings
from ..models.telnyx_voice_settings import TelnyxVoiceSettings
from ..models.transcription_config import TranscriptionConfig
from ..models.xai_voice_settings import XAIVoiceSettings
