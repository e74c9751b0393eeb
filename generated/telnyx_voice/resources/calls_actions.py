"""`client.calls.actions`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import Timeout, request_options
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Literal
    from uuid import UUID

    from ..models.ai_assistant_join_participant import AIAssistantJoinParticipant
    from ..models.answer_request_deepfake_detection import AnswerRequestDeepfakeDetection
    from ..models.answer_request_webhook_retries_policies import AnswerRequestWebhookRetriesPolicies
    from ..models.assistant import Assistant
    from ..models.assistant_message import AssistantMessage
    from ..models.aws_voice_settings import AWSVoiceSettings
    from ..models.azure_voice_settings import AzureVoiceSettings
    from ..models.bridge_request_ringtone import BridgeRequestRingtone
    from ..models.call_assistant_request import CallAssistantRequest
    from ..models.call_control_command_response import CallControlCommandResponse
    from ..models.call_control_command_response_with_conversation_id import CallControlCommandResponseWithConversationID
    from ..models.call_control_command_response_with_conversation_relay_id import (
        CallControlCommandResponseWithConversationRelayID,
    )
    from ..models.call_control_command_response_with_recording_id import CallControlCommandResponseWithRecordingID
    from ..models.conversation_relay_custom_parameters import ConversationRelayCustomParameters
    from ..models.conversation_relay_embedded_config import ConversationRelayEmbeddedConfig
    from ..models.conversation_relay_interruption_settings import ConversationRelayInterruptionSettings
    from ..models.conversation_relay_language import ConversationRelayLanguage
    from ..models.conversation_relay_language_transcription_engine import ConversationRelayLanguageTranscriptionEngine
    from ..models.conversation_relay_settings import ConversationRelaySettings
    from ..models.custom_sip_header import CustomSIPHeader
    from ..models.deepgram_nova_2_config import DeepgramNova2Config
    from ..models.deepgram_nova_3_config import DeepgramNova3Config
    from ..models.developer_message import DeveloperMessage
    from ..models.dial_request_answering_machine_detection import DialRequestAnsweringMachineDetection
    from ..models.dialogflow_config import DialogflowConfig
    from ..models.eleven_labs_voice_settings import ElevenLabsVoiceSettings
    from ..models.gather_using_ai_request_message_history_item import GatherUsingAIRequestMessageHistoryItem
    from ..models.google_transcription_engine_list_of_languages import GoogleTranscriptionEngineListOfLanguages
    from ..models.interruption_settings import InterruptionSettings
    from ..models.inworld_voice_settings import InworldVoiceSettings
    from ..models.minimax_voice_settings import MinimaxVoiceSettings
    from ..models.noise_suppression_engine import NoiseSuppressionEngine
    from ..models.noise_suppression_engine_configuration import NoiseSuppressionEngineConfiguration
    from ..models.resemble_voice_settings import ResembleVoiceSettings
    from ..models.rime_voice_settings import RimeVoiceSettings
    from ..models.sip_header import SIPHeader
    from ..models.sound_modifications import SoundModifications
    from ..models.speak_request_language import SpeakRequestLanguage
    from ..models.start_streaming_request_custom_parameters_item import StartStreamingRequestCustomParametersItem
    from ..models.system_message import SystemMessage
    from ..models.telnyx_voice_settings import TelnyxVoiceSettings
    from ..models.tool_message import ToolMessage
    from ..models.transcription_config import TranscriptionConfig
    from ..models.transcription_engine_a_config import TranscriptionEngineAConfig
    from ..models.transcription_engine_assembly_ai_config import TranscriptionEngineAssemblyAIConfig
    from ..models.transcription_engine_azure_config import TranscriptionEngineAzureConfig
    from ..models.transcription_engine_b_config import TranscriptionEngineBConfig
    from ..models.transcription_engine_google_config import TranscriptionEngineGoogleConfig
    from ..models.transcription_engine_parakeet_config import TranscriptionEngineParakeetConfig
    from ..models.transcription_engine_soniox_config import TranscriptionEngineSonioxConfig
    from ..models.transcription_engine_speechmatics_config import TranscriptionEngineSpeechmaticsConfig
    from ..models.transcription_engine_telnyx_config import TranscriptionEngineTelnyxConfig
    from ..models.transcription_engine_xai_config import TranscriptionEngineXAIConfig
    from ..models.transcription_language import TranscriptionLanguage
    from ..models.transcription_start_request import TranscriptionStartRequest
    from ..models.transcription_start_request_transcription_engine import TranscriptionStartRequestTranscriptionEngine
    from ..models.transfer_call_request_answering_machine_detection_config import (
        TransferCallRequestAnsweringMachineDetectionConfig,
    )
    from ..models.transfer_call_request_webhook_retries_policies import TransferCallRequestWebhookRetriesPolicies
    from ..models.user_message import UserMessage
    from ..models.xai_voice_settings import XAIVoiceSettings


class CallsActions(SyncAPIResource):
    """`client.calls.actions`."""

    def add_ai_assistant_messages(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        messages: list[UserMessage | AssistantMessage | ToolMessage | SystemMessage | DeveloperMessage | dict[str, Any]]
        | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Add messages to AI Assistant.

        Add messages to the conversation started by an AI assistant on the call.

        `POST /calls/{call_control_id}/actions/ai_assistant_add_messages` (operationId `CallAddMessagesToAIAssistant`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            messages: The messages to add to the conversation.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.CALL_ADD_MESSAGES_TO_AI_ASSISTANT,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "messages": messages,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def join_ai_assistant(
        self,
        call_control_id: str,
        *,
        conversation_id: str,
        participant: AIAssistantJoinParticipant | dict[str, Any],
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponseWithConversationID:
        """Join AI Assistant Conversation.

        Add a participant to an existing AI assistant conversation.

        `POST /calls/{call_control_id}/actions/ai_assistant_join` (operationId `CallJoinAIAssistant`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            conversation_id: The ID of the AI assistant conversation to join.
            participant: See the Telnyx API reference.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.CALL_JOIN_AI_ASSISTANT,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "conversation_id": conversation_id,
                "participant": participant,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def start_ai_assistant(
        self,
        call_control_id: str,
        *,
        assistant: CallAssistantRequest | dict[str, Any] | Unset = UNSET,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        greeting: str | Unset = UNSET,
        interruption_settings: InterruptionSettings | dict[str, Any] | Unset = UNSET,
        message_history: list[
            UserMessage | AssistantMessage | ToolMessage | SystemMessage | DeveloperMessage | dict[str, Any]
        ]
        | Unset = UNSET,
        participants: list[AIAssistantJoinParticipant | dict[str, Any]] | Unset = UNSET,
        send_message_history_updates: bool | Unset = UNSET,
        transcription: TranscriptionConfig | dict[str, Any] | Unset = UNSET,
        voice: str | Unset = UNSET,
        voice_settings: ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | XAIVoiceSettings
        | dict[str, Any]
        | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponseWithConversationID:
        """Start AI Assistant.

        Start an AI assistant on the call.

        `POST /calls/{call_control_id}/actions/ai_assistant_start` (operationId `CallStartAIAssistant`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            assistant: AI Assistant configuration.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            greeting: Text that will be played when the assistant starts, if none then nothing will be
                played when the assistant starts.
            interruption_settings: Settings for handling user interruptions during assistant speech
            message_history: A list of messages to seed the conversation history before the assistant
                starts.
            participants: A list of participants to add to the conversation when it starts.
            send_message_history_updates: When `true`, a webhook is sent each time the conversation message
                history is updated.
            transcription: The settings associated with speech to text for the voice assistant.
            voice: The voice to be used by the voice assistant.
            voice_settings: The settings associated with the voice selected
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.CALL_START_AI_ASSISTANT,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "assistant": assistant,
                "client_state": client_state,
                "command_id": command_id,
                "greeting": greeting,
                "interruption_settings": interruption_settings,
                "message_history": message_history,
                "participants": participants,
                "send_message_history_updates": send_message_history_updates,
                "transcription": transcription,
                "voice": voice,
                "voice_settings": voice_settings,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def stop_ai_assistant(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Stop AI Assistant.

        Stop an AI assistant on the call.

        `POST /calls/{call_control_id}/actions/ai_assistant_stop` (operationId `CallStopAIAssistant`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.CALL_STOP_AI_ASSISTANT,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def answer(
        self,
        call_control_id: str,
        *,
        assistant: CallAssistantRequest | dict[str, Any] | Unset = UNSET,
        billing_group_id: str | UUID | Unset = UNSET,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        conversation_relay_config: ConversationRelayEmbeddedConfig | dict[str, Any] | Unset = UNSET,
        custom_headers: list[CustomSIPHeader | dict[str, Any]] | Unset = UNSET,
        deepfake_detection: AnswerRequestDeepfakeDetection | dict[str, Any] | Unset = UNSET,
        preferred_codecs: Literal["G722,PCMU,PCMA,G729,OPUS,VP8,H264"] | Unset = UNSET,
        record: Literal["record-from-answer"] | Unset = UNSET,
        record_channels: Literal["dual", "single"] | Unset = UNSET,
        record_custom_file_name: str | Unset = UNSET,
        record_format: Literal["mp3", "wav"] | Unset = UNSET,
        record_max_length: int | Unset = UNSET,
        record_timeout_secs: int | Unset = UNSET,
        record_track: Literal["both", "inbound", "outbound"] | Unset = UNSET,
        record_trim: Literal["trim-silence"] | Unset = UNSET,
        send_silence_when_idle: bool | Unset = UNSET,
        sip_headers: list[SIPHeader | dict[str, Any]] | Unset = UNSET,
        sound_modifications: SoundModifications | dict[str, Any] | Unset = UNSET,
        stream_bidirectional_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | Unset = UNSET,
        stream_bidirectional_mode: Literal["mp3", "rtp"] | Unset = UNSET,
        stream_bidirectional_target_legs: Literal["both", "opposite", "self"] | Unset = UNSET,
        stream_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | Unset = UNSET,
        stream_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset = UNSET,
        stream_url: str | Unset = UNSET,
        transcription: bool | Unset = UNSET,
        transcription_config: TranscriptionStartRequest | dict[str, Any] | Unset = UNSET,
        webhook_retries_policies: AnswerRequestWebhookRetriesPolicies | dict[str, Any] | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        webhook_url_method: Literal["GET", "POST"] | Unset = UNSET,
        webhook_urls: dict[str, str] | Unset = UNSET,
        webhook_urls_method: Literal["GET", "POST"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponseWithRecordingID:
        """Answer call.

        Answer an incoming call.

        `POST /calls/{call_control_id}/actions/answer` (operationId `AnswerCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            assistant: AI Assistant configuration.
            billing_group_id: Use this field to set the Billing Group ID for the call.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            conversation_relay_config: Starts a Conversation Relay session automatically when the
                answered/dialed call is answered.
            custom_headers: Custom headers to be added to the SIP INVITE response.
            deepfake_detection: Enables deepfake detection on the call.
            preferred_codecs: The list of comma-separated codecs in a preferred order for the forked media
                to be received.
            record: Start recording automatically after an event.
            record_channels: Defines which channel should be recorded ('single' or 'dual') when `record` is
                specified.
            record_custom_file_name: The custom recording file name to be used instead of the default
                `call_leg_id`.
            record_format: Defines the format of the recording ('wav' or 'mp3') when `record` is specified.
            record_max_length: Defines the maximum length for the recording in seconds when `record` is
                specified.
            record_timeout_secs: The number of seconds that Telnyx will wait for the recording to be stopped
                if silence is detected when `record` is specified.
            record_track: The audio track to be recorded.
            record_trim: When set to `trim-silence`, silence will be removed from the beginning and end of
                the recording.
            send_silence_when_idle: Generate silence RTP packets when no transmission available.
            sip_headers: SIP headers to be added to the SIP INVITE response.
            sound_modifications: Use this field to modify sound effects, for example adjust the pitch.
            stream_bidirectional_codec: Indicates codec for bidirectional streaming RTP payloads.
            stream_bidirectional_mode: Configures method of bidirectional streaming (mp3, rtp).
            stream_bidirectional_target_legs: Specifies which call legs should receive the bidirectional
                stream audio.
            stream_codec: Specifies the codec to be used for the streamed audio.
            stream_track: Specifies which track should be streamed.
            stream_url: The destination WebSocket address where the stream is going to be delivered.
            transcription: Enable transcription upon call answer.
            transcription_config: See the Telnyx API reference.
            webhook_retries_policies: A map of event types to retry policies.
            webhook_url: Use this field to override the URL for which Telnyx will send subsequent webhooks
                to for this call.
            webhook_url_method: HTTP request type used for `webhook_url`.
            webhook_urls: A map of event types to webhook URLs.
            webhook_urls_method: HTTP request method to invoke `webhook_urls`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.ANSWER_CALL,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "assistant": assistant,
                "billing_group_id": billing_group_id,
                "client_state": client_state,
                "command_id": command_id,
                "conversation_relay_config": conversation_relay_config,
                "custom_headers": custom_headers,
                "deepfake_detection": deepfake_detection,
                "preferred_codecs": preferred_codecs,
                "record": record,
                "record_channels": record_channels,
                "record_custom_file_name": record_custom_file_name,
                "record_format": record_format,
                "record_max_length": record_max_length,
                "record_timeout_secs": record_timeout_secs,
                "record_track": record_track,
                "record_trim": record_trim,
                "send_silence_when_idle": send_silence_when_idle,
                "sip_headers": sip_headers,
                "sound_modifications": sound_modifications,
                "stream_bidirectional_codec": stream_bidirectional_codec,
                "stream_bidirectional_mode": stream_bidirectional_mode,
                "stream_bidirectional_target_legs": stream_bidirectional_target_legs,
                "stream_codec": stream_codec,
                "stream_track": stream_track,
                "stream_url": stream_url,
                "transcription": transcription,
                "transcription_config": transcription_config,
                "webhook_retries_policies": webhook_retries_policies,
                "webhook_url": webhook_url,
                "webhook_url_method": webhook_url_method,
                "webhook_urls": webhook_urls,
                "webhook_urls_method": webhook_urls_method,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def bridge(
        self,
        call_control_id_to_bridge: str,
        *,
        call_control_id_to_bridge_with: str,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        hold_after_unbridge: bool | Unset = UNSET,
        mute_dtmf: Literal["both", "none", "opposite", "self"] | Unset = UNSET,
        park_after_unbridge: str | Unset = UNSET,
        play_ringtone: bool | Unset = UNSET,
        prevent_double_bridge: bool | Unset = UNSET,
        queue: str | Unset = UNSET,
        record: Literal["record-from-answer"] | Unset = UNSET,
        record_channels: Literal["dual", "single"] | Unset = UNSET,
        record_custom_file_name: str | Unset = UNSET,
        record_format: Literal["mp3", "wav"] | Unset = UNSET,
        record_max_length: int | Unset = UNSET,
        record_timeout_secs: int | Unset = UNSET,
        record_track: Literal["both", "inbound", "outbound"] | Unset = UNSET,
        record_trim: Literal["trim-silence"] | Unset = UNSET,
        ringtone: BridgeRequestRingtone | Unset = UNSET,
        video_room_context: str | Unset = UNSET,
        video_room_id: str | UUID | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Bridge calls.

        Bridge two call control calls.

        `POST /calls/{call_control_id}/actions/bridge` (operationId `BridgeCall`)

        Args:
            call_control_id_to_bridge: Unique identifier and token for controlling the call
            call_control_id_to_bridge_with: The Call Control ID of the call you want to bridge with, can't
                be used together with queue parameter or video_room_id parameter.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            hold_after_unbridge: Specifies behavior after the bridge ends.
            mute_dtmf: When enabled, DTMF tones are not passed to the call participant.
            park_after_unbridge: Specifies behavior after the bridge ends (i.e.
            play_ringtone: Specifies whether to play a ringtone if the call you want to bridge with has not
                yet been answered.
            prevent_double_bridge: When set to `true`, it prevents bridging if the target call is already
                bridged to another call.
            queue: The name of the queue you want to bridge with, can't be used together with
                call_control_id parameter or video_room_id parameter.
            record: Start recording automatically after an event.
            record_channels: Defines which channel should be recorded ('single' or 'dual') when `record` is
                specified.
            record_custom_file_name: The custom recording file name to be used instead of the default
                `call_leg_id`.
            record_format: Defines the format of the recording ('wav' or 'mp3') when `record` is specified.
            record_max_length: Defines the maximum length for the recording in seconds when `record` is
                specified.
            record_timeout_secs: The number of seconds that Telnyx will wait for the recording to be stopped
                if silence is detected when `record` is specified.
            record_track: The audio track to be recorded.
            record_trim: When set to `trim-silence`, silence will be removed from the beginning and end of
                the recording.
            ringtone: Specifies which country ringtone to play when `play_ringtone` is set to `true`.
            video_room_context: The additional parameter that will be passed to the video conference.
            video_room_id: The ID of the video room you want to bridge with, can't be used together with
                call_control_id parameter or queue parameter.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.BRIDGE_CALL,
            path={
                "call_control_id": call_control_id_to_bridge,
            },
            query=None,
            body={
                "call_control_id": call_control_id_to_bridge_with,
                "client_state": client_state,
                "command_id": command_id,
                "hold_after_unbridge": hold_after_unbridge,
                "mute_dtmf": mute_dtmf,
                "park_after_unbridge": park_after_unbridge,
                "play_ringtone": play_ringtone,
                "prevent_double_bridge": prevent_double_bridge,
                "queue": queue,
                "record": record,
                "record_channels": record_channels,
                "record_custom_file_name": record_custom_file_name,
                "record_format": record_format,
                "record_max_length": record_max_length,
                "record_timeout_secs": record_timeout_secs,
                "record_track": record_track,
                "record_trim": record_trim,
                "ringtone": ringtone,
                "video_room_context": video_room_context,
                "video_room_id": video_room_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def update_client_state(
        self,
        call_control_id: str,
        *,
        client_state: str,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Update client state.

        Updates client state

        `PUT /calls/{call_control_id}/actions/client_state_update` (operationId `UpdateClientState`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.UPDATE_CLIENT_STATE,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def start_conversation_relay(
        self,
        call_control_id: str,
        *,
        assistant: ConversationRelayCustomParameters | dict[str, Any] | Unset = UNSET,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        conversation_relay_dtmf_detection: bool | Unset = UNSET,
        conversation_relay_settings: ConversationRelaySettings | dict[str, Any] | Unset = UNSET,
        conversation_relay_url: str | Unset = UNSET,
        custom_parameters: dict[str, Any] | Unset = UNSET,
        dtmf_detection: bool | Unset = UNSET,
        greeting: str | Unset = UNSET,
        interruptible: Literal["any", "dtmf", "none", "speech"] | Unset = UNSET,
        interruptible_greeting: Literal["any", "dtmf", "none", "speech"] | Unset = UNSET,
        interruption_settings: ConversationRelayInterruptionSettings | dict[str, Any] | Unset = UNSET,
        language: str | Unset = UNSET,
        languages: list[ConversationRelayLanguage | dict[str, Any]] | Unset = UNSET,
        provider: str | Unset = UNSET,
        structured_provider: dict[str, Any] | Unset = UNSET,
        transcription: dict[str, Any] | Unset = UNSET,
        transcription_engine: ConversationRelayLanguageTranscriptionEngine | Unset = UNSET,
        transcription_engine_config: dict[str, Any] | Unset = UNSET,
        tts_provider: str | Unset = UNSET,
        url: str | Unset = UNSET,
        voice: str | Unset = UNSET,
        voice_settings: ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | MinimaxVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | InworldVoiceSettings
        | XAIVoiceSettings
        | dict[str, Any]
        | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponseWithConversationRelayID:
        """Start Conversation Relay.

        Start a Conversation Relay session on an active call.

        `POST /calls/{call_control_id}/actions/conversation_relay_start` (operationId `CallStartConversationRelay`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            assistant: Custom parameters for the Conversation Relay session.
            client_state: Use this field to add state to subsequent webhooks.
            command_id: Use this field to avoid duplicate commands.
            conversation_relay_dtmf_detection: Enable DTMF detection for the relay session.
            conversation_relay_settings: Conversation Relay connection settings.
            conversation_relay_url: WebSocket URL for your Conversation Relay server.
            custom_parameters: Custom key-value parameters forwarded to the relay session as
                `assistant.dynamic_variables`.
            dtmf_detection: Public alias for `conversation_relay_dtmf_detection`.
            greeting: Text played when the relay session starts.
            interruptible: Controls when caller input can interrupt assistant speech.
            interruptible_greeting: Controls when caller input can interrupt assistant speech.
            interruption_settings: Settings for handling caller interruptions during Conversation Relay
                speech.
            language: Default language for the relay session.
            languages: Per-language TTS and transcription settings.
            provider: Structured voice provider.
            structured_provider: Provider-specific structured voice settings.
            transcription: Not supported for Conversation Relay start requests.
            transcription_engine: Engine to use for speech recognition.
            transcription_engine_config: Engine-specific transcription settings for Conversation Relay.
            tts_provider: Text-to-speech provider.
            url: Public alias for `conversation_relay_url`.
            voice: The voice to be used by the voice assistant.
            voice_settings: The settings associated with the voice selected
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.CALL_START_CONVERSATION_RELAY,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "assistant": assistant,
                "client_state": client_state,
                "command_id": command_id,
                "conversation_relay_dtmf_detection": conversation_relay_dtmf_detection,
                "conversation_relay_settings": conversation_relay_settings,
                "conversation_relay_url": conversation_relay_url,
                "custom_parameters": custom_parameters,
                "dtmf_detection": dtmf_detection,
                "greeting": greeting,
                "interruptible": interruptible,
                "interruptible_greeting": interruptible_greeting,
                "interruption_settings": interruption_settings,
                "language": language,
                "languages": languages,
                "provider": provider,
                "structured_provider": structured_provider,
                "transcription": transcription,
                "transcription_engine": transcription_engine,
                "transcription_engine_config": transcription_engine_config,
                "tts_provider": tts_provider,
                "url": url,
                "voice": voice,
                "voice_settings": voice_settings,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def stop_conversation_relay(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Stop Conversation Relay.

        Stop the active Conversation Relay session on a call.

        `POST /calls/{call_control_id}/actions/conversation_relay_stop` (operationId `CallStopConversationRelay`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to subsequent webhooks.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.CALL_STOP_CONVERSATION_RELAY,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def enqueue(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        keep_after_hangup: bool | Unset = UNSET,
        max_size: int | Unset = UNSET,
        max_wait_time_secs: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Enqueue call.

        Put the call in a queue.

        `POST /calls/{call_control_id}/actions/enqueue` (operationId `EnqueueCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            queue_name: The name of the queue the call should be put in.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            keep_after_hangup: If set to true, the call will remain in the queue after hangup.
            max_size: The maximum number of calls allowed in the queue at a given time.
            max_wait_time_secs: The number of seconds after which the call will be removed from the queue.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.ENQUEUE_CALL,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "keep_after_hangup": keep_after_hangup,
                "max_size": max_size,
                "max_wait_time_secs": max_wait_time_secs,
                "queue_name": queue_name,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def start_forking(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        rx: str | Unset = UNSET,
        stream_type: Literal["decrypted"] | Unset = UNSET,
        tx: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Forking start.

        Call forking allows you to stream the media from a call to a specific target in realtime.

        `POST /calls/{call_control_id}/actions/fork_start` (operationId `StartCallFork`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            rx: The network target, <udp:ip_address:port>, where the call's incoming RTP media packets
                should be forwarded.
            stream_type: Optionally specify a media type to stream.
            tx: The network target, <udp:ip_address:port>, where the call's outgoing RTP media packets
                should be forwarded.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.START_CALL_FORK,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "rx": rx,
                "stream_type": stream_type,
                "tx": tx,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def stop_forking(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        stream_type: Literal["decrypted", "raw"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Forking stop.

        Stop forking a call.

        `POST /calls/{call_control_id}/actions/fork_stop` (operationId `StopCallFork`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            stream_type: Optionally specify a `stream_type`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.STOP_CALL_FORK,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "stream_type": stream_type,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def gather(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        gather_id: str | Unset = UNSET,
        initial_timeout_millis: int | Unset = UNSET,
        inter_digit_timeout_millis: int | Unset = UNSET,
        maximum_digits: int | Unset = UNSET,
        minimum_digits: int | Unset = UNSET,
        terminating_digit: str | Unset = UNSET,
        timeout_millis: int | Unset = UNSET,
        valid_digits: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Gather.

        Gather DTMF signals to build interactive menus.

        `POST /calls/{call_control_id}/actions/gather` (operationId `GatherCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            gather_id: An id that will be sent back in the corresponding `call.gather.ended` webhook.
            initial_timeout_millis: The number of milliseconds to wait for the first DTMF.
            inter_digit_timeout_millis: The number of milliseconds to wait for input between digits.
            maximum_digits: The maximum number of digits to fetch.
            minimum_digits: The minimum number of digits to fetch.
            terminating_digit: The digit used to terminate input if fewer than `maximum_digits` digits have
                been gathered.
            timeout_millis: The number of milliseconds to wait to complete the request.
            valid_digits: A list of all digits accepted as valid.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.GATHER_CALL,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "gather_id": gather_id,
                "initial_timeout_millis": initial_timeout_millis,
                "inter_digit_timeout_millis": inter_digit_timeout_millis,
                "maximum_digits": maximum_digits,
                "minimum_digits": minimum_digits,
                "terminating_digit": terminating_digit,
                "timeout_millis": timeout_millis,
                "valid_digits": valid_digits,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def stop_gather(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Gather stop.

        Stop current gather.

        `POST /calls/{call_control_id}/actions/gather_stop` (operationId `StopCallGather`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.STOP_CALL_GATHER,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def gather_using_ai(
        self,
        call_control_id: str,
        *,
        parameters: dict[str, Any],
        assistant: Assistant | dict[str, Any] | Unset = UNSET,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        gather_ended_speech: str | Unset = UNSET,
        greeting: str | Unset = UNSET,
        interruption_settings: InterruptionSettings | dict[str, Any] | Unset = UNSET,
        language: GoogleTranscriptionEngineListOfLanguages | Unset = UNSET,
        message_history: list[GatherUsingAIRequestMessageHistoryItem | dict[str, Any]] | Unset = UNSET,
        send_message_history_updates: bool | Unset = UNSET,
        send_partial_results: bool | Unset = UNSET,
        transcription: TranscriptionConfig | dict[str, Any] | Unset = UNSET,
        user_response_timeout_ms: int | Unset = UNSET,
        voice: str | Unset = UNSET,
        voice_settings: ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | XAIVoiceSettings
        | dict[str, Any]
        | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponseWithConversationID:
        """Gather using AI.

        Gather parameters defined in the request payload using a voice assistant.

        `POST /calls/{call_control_id}/actions/gather_using_ai` (operationId `callGatherUsingAI`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            parameters: The parameters described as a JSON Schema object that needs to be gathered by the
                voice assistant.
            assistant: Assistant configuration including choice of LLM, custom instructions, and tools.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            gather_ended_speech: Text that will be played when the gathering has finished.
            greeting: Text that will be played when the gathering starts, if none then nothing will be
                played when the gathering starts.
            interruption_settings: Settings for handling user interruptions during assistant speech
            language: See the Telnyx API reference.
            message_history: The message history you want the voice assistant to be aware of, this can be
                useful to keep the context of the conversation, or to pass additional information to the voice
                assistant.
            send_message_history_updates: Default is `false`.
            send_partial_results: Default is `false`.
            transcription: The settings associated with speech to text for the voice assistant.
            user_response_timeout_ms: The maximum time in milliseconds to wait for user response before
                timing out.
            voice: The voice to be used by the voice assistant.
            voice_settings: The settings associated with the voice selected
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.CALL_GATHER_USING_AI,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "assistant": assistant,
                "client_state": client_state,
                "command_id": command_id,
                "gather_ended_speech": gather_ended_speech,
                "greeting": greeting,
                "interruption_settings": interruption_settings,
                "language": language,
                "message_history": message_history,
                "parameters": parameters,
                "send_message_history_updates": send_message_history_updates,
                "send_partial_results": send_partial_results,
                "transcription": transcription,
                "user_response_timeout_ms": user_response_timeout_ms,
                "voice": voice,
                "voice_settings": voice_settings,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def gather_using_audio(
        self,
        call_control_id: str,
        *,
        audio_url: str | Unset = UNSET,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        inter_digit_timeout_millis: int | Unset = UNSET,
        invalid_audio_url: str | Unset = UNSET,
        invalid_media_name: str | Unset = UNSET,
        maximum_digits: int | Unset = UNSET,
        maximum_tries: int | Unset = UNSET,
        media_name: str | Unset = UNSET,
        minimum_digits: int | Unset = UNSET,
        terminating_digit: str | Unset = UNSET,
        timeout_millis: int | Unset = UNSET,
        valid_digits: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Gather using audio.

        Play an audio file on the call until the required DTMF signals are gathered to build interactive
        menus.

        `POST /calls/{call_control_id}/actions/gather_using_audio` (operationId `GatherUsingAudio`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            audio_url: The URL of a file to be played back at the beginning of each prompt.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            inter_digit_timeout_millis: The number of milliseconds to wait for input between digits.
            invalid_audio_url: The URL of a file to play when digits don't match the `valid_digits`
                parameter or the number of digits is not between `min` and `max`.
            invalid_media_name: The media_name of a file to be played back when digits don't match the
                `valid_digits` parameter or the number of digits is not between `min` and `max`.
            maximum_digits: The maximum number of digits to fetch.
            maximum_tries: The maximum number of times the file should be played if there is no input from
                the user on the call.
            media_name: The media_name of a file to be played back at the beginning of each prompt.
            minimum_digits: The minimum number of digits to fetch.
            terminating_digit: The digit used to terminate input if fewer than `maximum_digits` digits have
                been gathered.
            timeout_millis: The number of milliseconds to wait for a DTMF response after file playback ends
                before a replaying the sound file.
            valid_digits: A list of all digits accepted as valid.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.GATHER_USING_AUDIO,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "audio_url": audio_url,
                "client_state": client_state,
                "command_id": command_id,
                "inter_digit_timeout_millis": inter_digit_timeout_millis,
                "invalid_audio_url": invalid_audio_url,
                "invalid_media_name": invalid_media_name,
                "maximum_digits": maximum_digits,
                "maximum_tries": maximum_tries,
                "media_name": media_name,
                "minimum_digits": minimum_digits,
                "terminating_digit": terminating_digit,
                "timeout_millis": timeout_millis,
                "valid_digits": valid_digits,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def gather_using_speak(
        self,
        call_control_id: str,
        *,
        payload: str,
        voice: str,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        inter_digit_timeout_millis: int | Unset = UNSET,
        invalid_payload: str | Unset = UNSET,
        language: SpeakRequestLanguage | Unset = UNSET,
        maximum_digits: int | Unset = UNSET,
        maximum_tries: int | Unset = UNSET,
        minimum_digits: int | Unset = UNSET,
        payload_type: Literal["ssml", "text"] | Unset = UNSET,
        service_level: Literal["basic", "premium"] | Unset = UNSET,
        terminating_digit: str | Unset = UNSET,
        timeout_millis: int | Unset = UNSET,
        valid_digits: str | Unset = UNSET,
        voice_settings: ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | MinimaxVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | InworldVoiceSettings
        | XAIVoiceSettings
        | dict[str, Any]
        | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Gather using speak.

        Convert text to speech and play it on the call until the required DTMF signals are gathered to build
        interactive menus.

        `POST /calls/{call_control_id}/actions/gather_using_speak` (operationId `GatherUsingSpeak`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            payload: The text or SSML to be converted into speech.
            voice: Specifies the voice used in speech synthesis.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            inter_digit_timeout_millis: The number of milliseconds to wait for input between digits.
            invalid_payload: The text or SSML to be converted into speech when digits don't match the
                `valid_digits` parameter or the number of digits is not between `min` and `max`.
            language: The language you want spoken.
            maximum_digits: The maximum number of digits to fetch.
            maximum_tries: The maximum number of times that a file should be played back if there is no
                input from the user on the call.
            minimum_digits: The minimum number of digits to fetch.
            payload_type: The type of the provided payload.
            service_level: This parameter impacts speech quality, language options and payload types.
            terminating_digit: The digit used to terminate input if fewer than `maximum_digits` digits have
                been gathered.
            timeout_millis: The number of milliseconds to wait for a DTMF response after speak ends before a
                replaying the sound file.
            valid_digits: A list of all digits accepted as valid.
            voice_settings: The settings associated with the voice selected
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.GATHER_USING_SPEAK,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "inter_digit_timeout_millis": inter_digit_timeout_millis,
                "invalid_payload": invalid_payload,
                "language": language,
                "maximum_digits": maximum_digits,
                "maximum_tries": maximum_tries,
                "minimum_digits": minimum_digits,
                "payload": payload,
                "payload_type": payload_type,
                "service_level": service_level,
                "terminating_digit": terminating_digit,
                "timeout_millis": timeout_millis,
                "valid_digits": valid_digits,
                "voice": voice,
                "voice_settings": voice_settings,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def hangup(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        custom_headers: list[CustomSIPHeader | dict[str, Any]] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Hangup call.

        Hang up the call.

        `POST /calls/{call_control_id}/actions/hangup` (operationId `HangupCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            custom_headers: Custom headers to be added to the SIP BYE message.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.HANGUP_CALL,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "custom_headers": custom_headers,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def leave_queue(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Remove call from a queue.

        Removes the call from a queue.

        `POST /calls/{call_control_id}/actions/leave_queue` (operationId `LeaveQueue`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.LEAVE_QUEUE,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def start_playback(
        self,
        call_control_id: str,
        *,
        audio_type: Literal["mp3", "wav"] | Unset = UNSET,
        audio_url: str | Unset = UNSET,
        cache_audio: bool | Unset = UNSET,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        loop: str | int | Unset = UNSET,
        media_name: str | Unset = UNSET,
        overlay: bool | Unset = UNSET,
        playback_content: str | Unset = UNSET,
        stop: str | Unset = UNSET,
        target_legs: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Play audio URL.

        Play an audio file on the call.

        `POST /calls/{call_control_id}/actions/playback_start` (operationId `StartCallPlayback`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            audio_type: Specifies the type of audio provided in `audio_url` or `playback_content`.
            audio_url: The URL of a file to be played back on the call.
            cache_audio: Caches the audio file.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            loop: See the Telnyx API reference.
            media_name: The media_name of a file to be played back on the call.
            overlay: When enabled, audio will be mixed on top of any other audio that is actively being
                played back.
            playback_content: Allows a user to provide base64 encoded mp3 or wav.
            stop: When specified, it stops the current audio being played.
            target_legs: Specifies the leg or legs on which audio will be played.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.START_CALL_PLAYBACK,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "audio_type": audio_type,
                "audio_url": audio_url,
                "cache_audio": cache_audio,
                "client_state": client_state,
                "command_id": command_id,
                "loop": loop,
                "media_name": media_name,
                "overlay": overlay,
                "playback_content": playback_content,
                "stop": stop,
                "target_legs": target_legs,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def stop_playback(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        overlay: bool | Unset = UNSET,
        stop: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Stop audio playback.

        Stop audio being played on the call.

        `POST /calls/{call_control_id}/actions/playback_stop` (operationId `StopCallPlayback`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            overlay: When enabled, it stops the audio being played in the overlay queue.
            stop: Use `current` to stop the current audio being played.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.STOP_CALL_PLAYBACK,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "overlay": overlay,
                "stop": stop,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def pause_recording(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        recording_id: str | UUID | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Record pause.

        Pause recording the call.

        `POST /calls/{call_control_id}/actions/record_pause` (operationId `PauseCallRecording`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            recording_id: Uniquely identifies the resource.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.PAUSE_CALL_RECORDING,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "recording_id": recording_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def resume_recording(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        recording_id: str | UUID | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Record resume.

        Resume recording the call.

        `POST /calls/{call_control_id}/actions/record_resume` (operationId `ResumeCallRecording`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            recording_id: Uniquely identifies the resource.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.RESUME_CALL_RECORDING,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "recording_id": recording_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def start_recording(
        self,
        call_control_id: str,
        *,
        channels: Literal["dual", "single"],
        format: Literal["mp3", "wav"],
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        custom_file_name: str | Unset = UNSET,
        max_length: int | Unset = UNSET,
        play_beep: bool | Unset = UNSET,
        recording_track: Literal["both", "inbound", "outbound"] | Unset = UNSET,
        timeout_secs: int | Unset = UNSET,
        transcription: bool | Unset = UNSET,
        transcription_engine: Literal["A", "B", "deepgram/nova-3"] | Unset = UNSET,
        transcription_language: TranscriptionLanguage | Unset = UNSET,
        transcription_max_speaker_count: int | Unset = UNSET,
        transcription_min_speaker_count: int | Unset = UNSET,
        transcription_profanity_filter: bool | Unset = UNSET,
        transcription_speaker_diarization: bool | Unset = UNSET,
        trim: Literal["trim-silence"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Recording start.

        Start recording the call.

        `POST /calls/{call_control_id}/actions/record_start` (operationId `StartCallRecord`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            channels: When `dual`, final audio file will be stereo recorded with the first leg on channel A,
                and the rest on channel B.
            format: The audio file format used when storing the call recording.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            custom_file_name: The custom recording file name to be used instead of the default
                `call_leg_id`.
            max_length: Defines the maximum length for the recording in seconds.
            play_beep: If enabled, a beep sound will be played at the start of a recording.
            recording_track: The audio track to be recorded.
            timeout_secs: The number of seconds that Telnyx will wait for the recording to be stopped if
                silence is detected.
            transcription: Enable post recording transcription.
            transcription_engine: Engine to use for speech recognition.
            transcription_language: Language code for transcription.
            transcription_max_speaker_count: Defines maximum number of speakers in the conversation.
            transcription_min_speaker_count: Defines minimum number of speakers in the conversation.
            transcription_profanity_filter: Enables profanity_filter.
            transcription_speaker_diarization: Enables speaker diarization.
            trim: When set to `trim-silence`, silence will be removed from the beginning and end of the
                recording.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.START_CALL_RECORD,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "channels": channels,
                "client_state": client_state,
                "command_id": command_id,
                "custom_file_name": custom_file_name,
                "format": format,
                "max_length": max_length,
                "play_beep": play_beep,
                "recording_track": recording_track,
                "timeout_secs": timeout_secs,
                "transcription": transcription,
                "transcription_engine": transcription_engine,
                "transcription_language": transcription_language,
                "transcription_max_speaker_count": transcription_max_speaker_count,
                "transcription_min_speaker_count": transcription_min_speaker_count,
                "transcription_profanity_filter": transcription_profanity_filter,
                "transcription_speaker_diarization": transcription_speaker_diarization,
                "trim": trim,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def stop_recording(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        recording_id: str | UUID | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Recording stop.

        Stop recording the call.

        `POST /calls/{call_control_id}/actions/record_stop` (operationId `StopCallRecording`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            recording_id: Uniquely identifies the resource.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.STOP_CALL_RECORDING,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "recording_id": recording_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def refer(
        self,
        call_control_id: str,
        *,
        sip_address: str,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        custom_headers: list[CustomSIPHeader | dict[str, Any]] | Unset = UNSET,
        sip_auth_password: str | Unset = UNSET,
        sip_auth_username: str | Unset = UNSET,
        sip_headers: list[SIPHeader | dict[str, Any]] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """SIP Refer a call.

        Initiate a SIP Refer on a Call Control call.

        `POST /calls/{call_control_id}/actions/refer` (operationId `ReferCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            sip_address: The SIP URI to which the call will be referred to.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid execution of duplicate commands.
            custom_headers: Custom headers to be added to the SIP INVITE.
            sip_auth_password: SIP Authentication password used for SIP challenges.
            sip_auth_username: SIP Authentication username used for SIP challenges.
            sip_headers: SIP headers to be added to the request.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.REFER_CALL,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "custom_headers": custom_headers,
                "sip_address": sip_address,
                "sip_auth_password": sip_auth_password,
                "sip_auth_username": sip_auth_username,
                "sip_headers": sip_headers,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def reject(
        self,
        call_control_id: str,
        *,
        cause: Literal["CALL_REJECTED", "USER_BUSY"],
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Reject a call.

        Reject an incoming call.

        `POST /calls/{call_control_id}/actions/reject` (operationId `RejectCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            cause: Cause for call rejection.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.REJECT_CALL,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "cause": cause,
                "client_state": client_state,
                "command_id": command_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def send_dtmf(
        self,
        call_control_id: str,
        *,
        digits: str,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        duration_millis: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Send DTMF.

        Sends DTMF tones from this leg.

        `POST /calls/{call_control_id}/actions/send_dtmf` (operationId `SendDTMF`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            digits: DTMF digits to send.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            duration_millis: Specifies for how many milliseconds each digit will be played in the audio
                stream.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.SEND_DTMF,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "digits": digits,
                "duration_millis": duration_millis,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def send_sip_info(
        self,
        call_control_id: str,
        *,
        body: str,
        content_type: str,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Send SIP info.

        Sends SIP info from this leg.

        `POST /calls/{call_control_id}/actions/send_sip_info` (operationId `SendSIPInfo`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            body: Content of the SIP INFO
            content_type: Content type of the INFO body.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.SEND_SIP_INFO,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "body": body,
                "client_state": client_state,
                "command_id": command_id,
                "content_type": content_type,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def start_siprec(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        connector_name: str | Unset = UNSET,
        include_metadata_custom_headers: bool | Unset = UNSET,
        secure: bool | Unset = UNSET,
        session_timeout_secs: int | Unset = UNSET,
        sip_transport: Literal["tcp", "tls", "udp"] | Unset = UNSET,
        siprec_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """SIPREC start.

        Start siprec session to configured in SIPREC connector SRS.

        `POST /calls/{call_control_id}/actions/siprec_start` (operationId `StartSiprecSession`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            connector_name: Name of configured SIPREC connector to be used.
            include_metadata_custom_headers: When set, custom parameters will be added as metadata
                (recording.session.ExtensionParameters).
            secure: Controls whether to encrypt media sent to your SRS using SRTP and TLS.
            session_timeout_secs: Sets `Session-Expires` header to the INVITE.
            sip_transport: Specifies SIP transport protocol.
            siprec_track: Specifies which track should be sent on siprec session.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.START_SIPREC_SESSION,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "connector_name": connector_name,
                "include_metadata_custom_headers": include_metadata_custom_headers,
                "secure": secure,
                "session_timeout_secs": session_timeout_secs,
                "sip_transport": sip_transport,
                "siprec_track": siprec_track,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def stop_siprec(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """SIPREC stop.

        Stop SIPREC session.

        `POST /calls/{call_control_id}/actions/siprec_stop` (operationId `StopSiprecSession`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.STOP_SIPREC_SESSION,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def speak(
        self,
        call_control_id: str,
        *,
        payload: str,
        voice: str,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        language: SpeakRequestLanguage | Unset = UNSET,
        loop: str | int | Unset = UNSET,
        payload_type: Literal["ssml", "text"] | Unset = UNSET,
        service_level: Literal["basic", "premium"] | Unset = UNSET,
        stop: str | Unset = UNSET,
        target_legs: Literal["both", "opposite", "self"] | Unset = UNSET,
        voice_settings: ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | MinimaxVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | InworldVoiceSettings
        | XAIVoiceSettings
        | dict[str, Any]
        | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Speak text.

        Convert text to speech and play it back on the call.

        `POST /calls/{call_control_id}/actions/speak` (operationId `SpeakCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            payload: The text or SSML to be converted into speech.
            voice: Specifies the voice used in speech synthesis.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            language: The language you want spoken.
            loop: See the Telnyx API reference.
            payload_type: The type of the provided payload.
            service_level: This parameter impacts speech quality, language options and payload types.
            stop: When specified, it stops the current audio being played.
            target_legs: Specifies which legs of the call should receive the spoken audio.
            voice_settings: The settings associated with the voice selected
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.SPEAK_CALL,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "language": language,
                "loop": loop,
                "payload": payload,
                "payload_type": payload_type,
                "service_level": service_level,
                "stop": stop,
                "target_legs": target_legs,
                "voice": voice,
                "voice_settings": voice_settings,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def start_streaming(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        custom_parameters: list[StartStreamingRequestCustomParametersItem | dict[str, Any]] | Unset = UNSET,
        dialogflow_config: DialogflowConfig | dict[str, Any] | Unset = UNSET,
        enable_dialogflow: bool | Unset = UNSET,
        stream_auth_token: str | Unset = UNSET,
        stream_bidirectional_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | Unset = UNSET,
        stream_bidirectional_mode: Literal["mp3", "rtp"] | Unset = UNSET,
        stream_bidirectional_sampling_rate: Literal[8000, 16000, 22050, 24000, 48000] | Unset = UNSET,
        stream_bidirectional_target_legs: Literal["both", "opposite", "self"] | Unset = UNSET,
        stream_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | Unset = UNSET,
        stream_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset = UNSET,
        stream_url: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Streaming start.

        Start streaming the media from a call to a specific WebSocket address or Dialogflow connection in
        near-realtime.

        `POST /calls/{call_control_id}/actions/streaming_start` (operationId `StartCallStreaming`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            custom_parameters: Custom parameters to be sent as part of the WebSocket connection.
            dialogflow_config: See the Telnyx API reference.
            enable_dialogflow: Enables Dialogflow for the current call.
            stream_auth_token: An authentication token to be sent as part of the WebSocket connection.
            stream_bidirectional_codec: Indicates codec for bidirectional streaming RTP payloads.
            stream_bidirectional_mode: Configures method of bidirectional streaming (mp3, rtp).
            stream_bidirectional_sampling_rate: Audio sampling rate.
            stream_bidirectional_target_legs: Specifies which call legs should receive the bidirectional
                stream audio.
            stream_codec: Specifies the codec to be used for the streamed audio.
            stream_track: Specifies which track should be streamed.
            stream_url: The destination WebSocket address where the stream is going to be delivered.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.START_CALL_STREAMING,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "custom_parameters": custom_parameters,
                "dialogflow_config": dialogflow_config,
                "enable_dialogflow": enable_dialogflow,
                "stream_auth_token": stream_auth_token,
                "stream_bidirectional_codec": stream_bidirectional_codec,
                "stream_bidirectional_mode": stream_bidirectional_mode,
                "stream_bidirectional_sampling_rate": stream_bidirectional_sampling_rate,
                "stream_bidirectional_target_legs": stream_bidirectional_target_legs,
                "stream_codec": stream_codec,
                "stream_track": stream_track,
                "stream_url": stream_url,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def stop_streaming(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        stream_id: str | UUID | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Streaming stop.

        Stop streaming a call to a WebSocket.

        `POST /calls/{call_control_id}/actions/streaming_stop` (operationId `StopCallStreaming`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            stream_id: Identifies the stream.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.STOP_CALL_STREAMING,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "stream_id": stream_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def start_noise_suppression(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        direction: Literal["both", "inbound", "outbound"] | Unset = UNSET,
        noise_suppression_engine: NoiseSuppressionEngine | Unset = UNSET,
        noise_suppression_engine_config: NoiseSuppressionEngineConfiguration | dict[str, Any] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Noise Suppression Start (BETA).

        `POST /calls/{call_control_id}/actions/suppression_start` (operationId `noiseSuppressionStart`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            direction: The direction of the audio stream to be noise suppressed.
            noise_suppression_engine: The engine to use for noise suppression.
            noise_suppression_engine_config: Configuration parameters for noise suppression engines.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.NOISE_SUPPRESSION_START,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "direction": direction,
                "noise_suppression_engine": noise_suppression_engine,
                "noise_suppression_engine_config": noise_suppression_engine_config,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def stop_noise_suppression(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Noise Suppression Stop (BETA).

        `POST /calls/{call_control_id}/actions/suppression_stop` (operationId `noiseSuppressionStop`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.NOISE_SUPPRESSION_STOP,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def switch_supervisor_role(
        self,
        call_control_id: str,
        *,
        role: Literal["barge", "monitor", "whisper"],
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Switch supervisor role.

        Switch the supervisor role for a bridged call.

        `POST /calls/{call_control_id}/actions/switch_supervisor_role` (operationId `SwitchSupervisorRole`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            role: The supervisor role to switch to.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.SWITCH_SUPERVISOR_ROLE,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "role": role,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def start_transcription(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        transcription_engine: TranscriptionStartRequestTranscriptionEngine | Unset = UNSET,
        transcription_engine_config: TranscriptionEngineGoogleConfig
        | TranscriptionEngineTelnyxConfig
        | DeepgramNova2Config
        | DeepgramNova3Config
        | TranscriptionEngineAzureConfig
        | TranscriptionEngineXAIConfig
        | TranscriptionEngineAssemblyAIConfig
        | TranscriptionEngineSpeechmaticsConfig
        | TranscriptionEngineSonioxConfig
        | TranscriptionEngineParakeetConfig
        | TranscriptionEngineAConfig
        | TranscriptionEngineBConfig
        | dict[str, Any]
        | Unset = UNSET,
        transcription_tracks: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Transcription start.

        Start real-time transcription.

        `POST /calls/{call_control_id}/actions/transcription_start` (operationId `StartCallTranscription`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            transcription_engine: Engine to use for speech recognition.
            transcription_engine_config: See the Telnyx API reference.
            transcription_tracks: Indicates which leg of the call will be transcribed.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.START_CALL_TRANSCRIPTION,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "transcription_engine": transcription_engine,
                "transcription_engine_config": transcription_engine_config,
                "transcription_tracks": transcription_tracks,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def stop_transcription(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Transcription stop.

        Stop real-time transcription.

        `POST /calls/{call_control_id}/actions/transcription_stop` (operationId `StopCallTranscription`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.STOP_CALL_TRANSCRIPTION,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def transfer(
        self,
        call_control_id: str,
        *,
        to: str,
        answering_machine_detection: DialRequestAnsweringMachineDetection | Unset = UNSET,
        answering_machine_detection_config: TransferCallRequestAnsweringMachineDetectionConfig
        | dict[str, Any]
        | Unset = UNSET,
        audio_url: str | Unset = UNSET,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        custom_headers: list[CustomSIPHeader | dict[str, Any]] | Unset = UNSET,
        early_media: bool | Unset = UNSET,
        from_: str | Unset = UNSET,
        from_display_name: str | Unset = UNSET,
        media_encryption: Literal["DTLS", "SRTP", "disabled"] | Unset = UNSET,
        media_name: str | Unset = UNSET,
        mute_dtmf: Literal["both", "none", "opposite", "self"] | Unset = UNSET,
        park_after_unbridge: str | Unset = UNSET,
        preferred_codecs: str | Unset = UNSET,
        privacy: Literal["id", "none"] | Unset = UNSET,
        record: Literal["record-from-answer"] | Unset = UNSET,
        record_channels: Literal["dual", "single"] | Unset = UNSET,
        record_custom_file_name: str | Unset = UNSET,
        record_format: Literal["mp3", "wav"] | Unset = UNSET,
        record_max_length: int | Unset = UNSET,
        record_timeout_secs: int | Unset = UNSET,
        record_track: Literal["both", "inbound", "outbound"] | Unset = UNSET,
        record_trim: Literal["trim-silence"] | Unset = UNSET,
        send_digits_on_answer: str | Unset = UNSET,
        sip_auth_password: str | Unset = UNSET,
        sip_auth_username: str | Unset = UNSET,
        sip_headers: list[SIPHeader | dict[str, Any]] | Unset = UNSET,
        sip_region: Literal["Australia", "Canada", "Europe", "Middle East", "US"] | Unset = UNSET,
        sip_transport_protocol: Literal["TCP", "TLS", "UDP"] | Unset = UNSET,
        sound_modifications: SoundModifications | dict[str, Any] | Unset = UNSET,
        target_leg_client_state: str | Unset = UNSET,
        time_limit_secs: int | Unset = UNSET,
        timeout_secs: int | Unset = UNSET,
        webhook_retries_policies: TransferCallRequestWebhookRetriesPolicies | dict[str, Any] | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        webhook_url_method: Literal["GET", "POST"] | Unset = UNSET,
        webhook_urls: dict[str, str] | Unset = UNSET,
        webhook_urls_method: Literal["GET", "POST"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Transfer call.

        Transfer a call to a new destination.

        `POST /calls/{call_control_id}/actions/transfer` (operationId `TransferCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            to: The DID or SIP URI to dial out to.
            answering_machine_detection: Enables Answering Machine Detection.
            answering_machine_detection_config: Optional configuration parameters to modify
                'answering_machine_detection' performance.
            audio_url: The URL of a file to be played back when the transfer destination answers before
                bridging the call.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            custom_headers: Custom headers to be added to the SIP INVITE.
            early_media: If set to false, early media will not be passed to the originating leg.
            from_: The `from` number to be used as the caller id presented to the destination (`to` number).
            from_display_name: The `from_display_name` string to be used as the caller id name (SIP From
                Display Name) presented to the destination (`to` number).
            media_encryption: Defines whether media should be encrypted on the new call leg.
            media_name: The media_name of a file to be played back when the transfer destination answers
                before bridging the call.
            mute_dtmf: When enabled, DTMF tones are not passed to the call participant.
            park_after_unbridge: Specifies behavior after the bridge ends (i.e.
            preferred_codecs: The list of comma-separated codecs in order of preference to be used during
                the call.
            privacy: Indicates the privacy level to be used for the call.
            record: Start recording automatically after an event.
            record_channels: Defines which channel should be recorded ('single' or 'dual') when `record` is
                specified.
            record_custom_file_name: The custom recording file name to be used instead of the default
                `call_leg_id`.
            record_format: Defines the format of the recording ('wav' or 'mp3') when `record` is specified.
            record_max_length: Defines the maximum length for the recording in seconds when `record` is
                specified.
            record_timeout_secs: The number of seconds that Telnyx will wait for the recording to be stopped
                if silence is detected when `record` is specified.
            record_track: The audio track to be recorded.
            record_trim: When set to `trim-silence`, silence will be removed from the beginning and end of
                the recording.
            send_digits_on_answer: DTMF digits to send automatically after the transfer destination answers.
            sip_auth_password: SIP Authentication password used for SIP challenges.
            sip_auth_username: SIP Authentication username used for SIP challenges.
            sip_headers: SIP headers to be added to the SIP INVITE.
            sip_region: Defines the SIP region to be used for the call.
            sip_transport_protocol: Defines SIP transport protocol to be used on the call.
            sound_modifications: Use this field to modify sound effects, for example adjust the pitch.
            target_leg_client_state: Use this field to add state to every subsequent webhook for the new
                leg.
            time_limit_secs: Sets the maximum duration of a Call Control Leg in seconds.
            timeout_secs: The number of seconds that Telnyx will wait for the call to be answered by the
                destination to which it is being transferred.
            webhook_retries_policies: A map of event types to retry policies.
            webhook_url: Use this field to override the URL for which Telnyx will send subsequent webhooks
                to for this call.
            webhook_url_method: HTTP request type used for `webhook_url`.
            webhook_urls: A map of event types to webhook URLs.
            webhook_urls_method: HTTP request method to invoke `webhook_urls`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.TRANSFER_CALL,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "answering_machine_detection": answering_machine_detection,
                "answering_machine_detection_config": answering_machine_detection_config,
                "audio_url": audio_url,
                "client_state": client_state,
                "command_id": command_id,
                "custom_headers": custom_headers,
                "early_media": early_media,
                "from": from_,
                "from_display_name": from_display_name,
                "media_encryption": media_encryption,
                "media_name": media_name,
                "mute_dtmf": mute_dtmf,
                "park_after_unbridge": park_after_unbridge,
                "preferred_codecs": preferred_codecs,
                "privacy": privacy,
                "record": record,
                "record_channels": record_channels,
                "record_custom_file_name": record_custom_file_name,
                "record_format": record_format,
                "record_max_length": record_max_length,
                "record_timeout_secs": record_timeout_secs,
                "record_track": record_track,
                "record_trim": record_trim,
                "send_digits_on_answer": send_digits_on_answer,
                "sip_auth_password": sip_auth_password,
                "sip_auth_username": sip_auth_username,
                "sip_headers": sip_headers,
                "sip_region": sip_region,
                "sip_transport_protocol": sip_transport_protocol,
                "sound_modifications": sound_modifications,
                "target_leg_client_state": target_leg_client_state,
                "time_limit_secs": time_limit_secs,
                "timeout_secs": timeout_secs,
                "to": to,
                "webhook_retries_policies": webhook_retries_policies,
                "webhook_url": webhook_url,
                "webhook_url_method": webhook_url_method,
                "webhook_urls": webhook_urls,
                "webhook_urls_method": webhook_urls_method,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )


class AsyncCallsActions(AsyncAPIResource):
    """`client.calls.actions` (async)."""

    async def add_ai_assistant_messages(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        messages: list[UserMessage | AssistantMessage | ToolMessage | SystemMessage | DeveloperMessage | dict[str, Any]]
        | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Add messages to AI Assistant.

        Add messages to the conversation started by an AI assistant on the call.

        `POST /calls/{call_control_id}/actions/ai_assistant_add_messages` (operationId `CallAddMessagesToAIAssistant`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            messages: The messages to add to the conversation.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.CALL_ADD_MESSAGES_TO_AI_ASSISTANT,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "messages": messages,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def join_ai_assistant(
        self,
        call_control_id: str,
        *,
        conversation_id: str,
        participant: AIAssistantJoinParticipant | dict[str, Any],
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponseWithConversationID:
        """Join AI Assistant Conversation.

        Add a participant to an existing AI assistant conversation.

        `POST /calls/{call_control_id}/actions/ai_assistant_join` (operationId `CallJoinAIAssistant`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            conversation_id: The ID of the AI assistant conversation to join.
            participant: See the Telnyx API reference.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.CALL_JOIN_AI_ASSISTANT,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "conversation_id": conversation_id,
                "participant": participant,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def start_ai_assistant(
        self,
        call_control_id: str,
        *,
        assistant: CallAssistantRequest | dict[str, Any] | Unset = UNSET,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        greeting: str | Unset = UNSET,
        interruption_settings: InterruptionSettings | dict[str, Any] | Unset = UNSET,
        message_history: list[
            UserMessage | AssistantMessage | ToolMessage | SystemMessage | DeveloperMessage | dict[str, Any]
        ]
        | Unset = UNSET,
        participants: list[AIAssistantJoinParticipant | dict[str, Any]] | Unset = UNSET,
        send_message_history_updates: bool | Unset = UNSET,
        transcription: TranscriptionConfig | dict[str, Any] | Unset = UNSET,
        voice: str | Unset = UNSET,
        voice_settings: ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | XAIVoiceSettings
        | dict[str, Any]
        | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponseWithConversationID:
        """Start AI Assistant.

        Start an AI assistant on the call.

        `POST /calls/{call_control_id}/actions/ai_assistant_start` (operationId `CallStartAIAssistant`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            assistant: AI Assistant configuration.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            greeting: Text that will be played when the assistant starts, if none then nothing will be
                played when the assistant starts.
            interruption_settings: Settings for handling user interruptions during assistant speech
            message_history: A list of messages to seed the conversation history before the assistant
                starts.
            participants: A list of participants to add to the conversation when it starts.
            send_message_history_updates: When `true`, a webhook is sent each time the conversation message
                history is updated.
            transcription: The settings associated with speech to text for the voice assistant.
            voice: The voice to be used by the voice assistant.
            voice_settings: The settings associated with the voice selected
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.CALL_START_AI_ASSISTANT,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "assistant": assistant,
                "client_state": client_state,
                "command_id": command_id,
                "greeting": greeting,
                "interruption_settings": interruption_settings,
                "message_history": message_history,
                "participants": participants,
                "send_message_history_updates": send_message_history_updates,
                "transcription": transcription,
                "voice": voice,
                "voice_settings": voice_settings,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def stop_ai_assistant(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Stop AI Assistant.

        Stop an AI assistant on the call.

        `POST /calls/{call_control_id}/actions/ai_assistant_stop` (operationId `CallStopAIAssistant`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.CALL_STOP_AI_ASSISTANT,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def answer(
        self,
        call_control_id: str,
        *,
        assistant: CallAssistantRequest | dict[str, Any] | Unset = UNSET,
        billing_group_id: str | UUID | Unset = UNSET,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        conversation_relay_config: ConversationRelayEmbeddedConfig | dict[str, Any] | Unset = UNSET,
        custom_headers: list[CustomSIPHeader | dict[str, Any]] | Unset = UNSET,
        deepfake_detection: AnswerRequestDeepfakeDetection | dict[str, Any] | Unset = UNSET,
        preferred_codecs: Literal["G722,PCMU,PCMA,G729,OPUS,VP8,H264"] | Unset = UNSET,
        record: Literal["record-from-answer"] | Unset = UNSET,
        record_channels: Literal["dual", "single"] | Unset = UNSET,
        record_custom_file_name: str | Unset = UNSET,
        record_format: Literal["mp3", "wav"] | Unset = UNSET,
        record_max_length: int | Unset = UNSET,
        record_timeout_secs: int | Unset = UNSET,
        record_track: Literal["both", "inbound", "outbound"] | Unset = UNSET,
        record_trim: Literal["trim-silence"] | Unset = UNSET,
        send_silence_when_idle: bool | Unset = UNSET,
        sip_headers: list[SIPHeader | dict[str, Any]] | Unset = UNSET,
        sound_modifications: SoundModifications | dict[str, Any] | Unset = UNSET,
        stream_bidirectional_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | Unset = UNSET,
        stream_bidirectional_mode: Literal["mp3", "rtp"] | Unset = UNSET,
        stream_bidirectional_target_legs: Literal["both", "opposite", "self"] | Unset = UNSET,
        stream_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | Unset = UNSET,
        stream_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset = UNSET,
        stream_url: str | Unset = UNSET,
        transcription: bool | Unset = UNSET,
        transcription_config: TranscriptionStartRequest | dict[str, Any] | Unset = UNSET,
        webhook_retries_policies: AnswerRequestWebhookRetriesPolicies | dict[str, Any] | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        webhook_url_method: Literal["GET", "POST"] | Unset = UNSET,
        webhook_urls: dict[str, str] | Unset = UNSET,
        webhook_urls_method: Literal["GET", "POST"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponseWithRecordingID:
        """Answer call.

        Answer an incoming call.

        `POST /calls/{call_control_id}/actions/answer` (operationId `AnswerCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            assistant: AI Assistant configuration.
            billing_group_id: Use this field to set the Billing Group ID for the call.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            conversation_relay_config: Starts a Conversation Relay session automatically when the
                answered/dialed call is answered.
            custom_headers: Custom headers to be added to the SIP INVITE response.
            deepfake_detection: Enables deepfake detection on the call.
            preferred_codecs: The list of comma-separated codecs in a preferred order for the forked media
                to be received.
            record: Start recording automatically after an event.
            record_channels: Defines which channel should be recorded ('single' or 'dual') when `record` is
                specified.
            record_custom_file_name: The custom recording file name to be used instead of the default
                `call_leg_id`.
            record_format: Defines the format of the recording ('wav' or 'mp3') when `record` is specified.
            record_max_length: Defines the maximum length for the recording in seconds when `record` is
                specified.
            record_timeout_secs: The number of seconds that Telnyx will wait for the recording to be stopped
                if silence is detected when `record` is specified.
            record_track: The audio track to be recorded.
            record_trim: When set to `trim-silence`, silence will be removed from the beginning and end of
                the recording.
            send_silence_when_idle: Generate silence RTP packets when no transmission available.
            sip_headers: SIP headers to be added to the SIP INVITE response.
            sound_modifications: Use this field to modify sound effects, for example adjust the pitch.
            stream_bidirectional_codec: Indicates codec for bidirectional streaming RTP payloads.
            stream_bidirectional_mode: Configures method of bidirectional streaming (mp3, rtp).
            stream_bidirectional_target_legs: Specifies which call legs should receive the bidirectional
                stream audio.
            stream_codec: Specifies the codec to be used for the streamed audio.
            stream_track: Specifies which track should be streamed.
            stream_url: The destination WebSocket address where the stream is going to be delivered.
            transcription: Enable transcription upon call answer.
            transcription_config: See the Telnyx API reference.
            webhook_retries_policies: A map of event types to retry policies.
            webhook_url: Use this field to override the URL for which Telnyx will send subsequent webhooks
                to for this call.
            webhook_url_method: HTTP request type used for `webhook_url`.
            webhook_urls: A map of event types to webhook URLs.
            webhook_urls_method: HTTP request method to invoke `webhook_urls`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.ANSWER_CALL,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "assistant": assistant,
                "billing_group_id": billing_group_id,
                "client_state": client_state,
                "command_id": command_id,
                "conversation_relay_config": conversation_relay_config,
                "custom_headers": custom_headers,
                "deepfake_detection": deepfake_detection,
                "preferred_codecs": preferred_codecs,
                "record": record,
                "record_channels": record_channels,
                "record_custom_file_name": record_custom_file_name,
                "record_format": record_format,
                "record_max_length": record_max_length,
                "record_timeout_secs": record_timeout_secs,
                "record_track": record_track,
                "record_trim": record_trim,
                "send_silence_when_idle": send_silence_when_idle,
                "sip_headers": sip_headers,
                "sound_modifications": sound_modifications,
                "stream_bidirectional_codec": stream_bidirectional_codec,
                "stream_bidirectional_mode": stream_bidirectional_mode,
                "stream_bidirectional_target_legs": stream_bidirectional_target_legs,
                "stream_codec": stream_codec,
                "stream_track": stream_track,
                "stream_url": stream_url,
                "transcription": transcription,
                "transcription_config": transcription_config,
                "webhook_retries_policies": webhook_retries_policies,
                "webhook_url": webhook_url,
                "webhook_url_method": webhook_url_method,
                "webhook_urls": webhook_urls,
                "webhook_urls_method": webhook_urls_method,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def bridge(
        self,
        call_control_id_to_bridge: str,
        *,
        call_control_id_to_bridge_with: str,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        hold_after_unbridge: bool | Unset = UNSET,
        mute_dtmf: Literal["both", "none", "opposite", "self"] | Unset = UNSET,
        park_after_unbridge: str | Unset = UNSET,
        play_ringtone: bool | Unset = UNSET,
        prevent_double_bridge: bool | Unset = UNSET,
        queue: str | Unset = UNSET,
        record: Literal["record-from-answer"] | Unset = UNSET,
        record_channels: Literal["dual", "single"] | Unset = UNSET,
        record_custom_file_name: str | Unset = UNSET,
        record_format: Literal["mp3", "wav"] | Unset = UNSET,
        record_max_length: int | Unset = UNSET,
        record_timeout_secs: int | Unset = UNSET,
        record_track: Literal["both", "inbound", "outbound"] | Unset = UNSET,
        record_trim: Literal["trim-silence"] | Unset = UNSET,
        ringtone: BridgeRequestRingtone | Unset = UNSET,
        video_room_context: str | Unset = UNSET,
        video_room_id: str | UUID | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Bridge calls.

        Bridge two call control calls.

        `POST /calls/{call_control_id}/actions/bridge` (operationId `BridgeCall`)

        Args:
            call_control_id_to_bridge: Unique identifier and token for controlling the call
            call_control_id_to_bridge_with: The Call Control ID of the call you want to bridge with, can't
                be used together with queue parameter or video_room_id parameter.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            hold_after_unbridge: Specifies behavior after the bridge ends.
            mute_dtmf: When enabled, DTMF tones are not passed to the call participant.
            park_after_unbridge: Specifies behavior after the bridge ends (i.e.
            play_ringtone: Specifies whether to play a ringtone if the call you want to bridge with has not
                yet been answered.
            prevent_double_bridge: When set to `true`, it prevents bridging if the target call is already
                bridged to another call.
            queue: The name of the queue you want to bridge with, can't be used together with
                call_control_id parameter or video_room_id parameter.
            record: Start recording automatically after an event.
            record_channels: Defines which channel should be recorded ('single' or 'dual') when `record` is
                specified.
            record_custom_file_name: The custom recording file name to be used instead of the default
                `call_leg_id`.
            record_format: Defines the format of the recording ('wav' or 'mp3') when `record` is specified.
            record_max_length: Defines the maximum length for the recording in seconds when `record` is
                specified.
            record_timeout_secs: The number of seconds that Telnyx will wait for the recording to be stopped
                if silence is detected when `record` is specified.
            record_track: The audio track to be recorded.
            record_trim: When set to `trim-silence`, silence will be removed from the beginning and end of
                the recording.
            ringtone: Specifies which country ringtone to play when `play_ringtone` is set to `true`.
            video_room_context: The additional parameter that will be passed to the video conference.
            video_room_id: The ID of the video room you want to bridge with, can't be used together with
                call_control_id parameter or queue parameter.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.BRIDGE_CALL,
            path={
                "call_control_id": call_control_id_to_bridge,
            },
            query=None,
            body={
                "call_control_id": call_control_id_to_bridge_with,
                "client_state": client_state,
                "command_id": command_id,
                "hold_after_unbridge": hold_after_unbridge,
                "mute_dtmf": mute_dtmf,
                "park_after_unbridge": park_after_unbridge,
                "play_ringtone": play_ringtone,
                "prevent_double_bridge": prevent_double_bridge,
                "queue": queue,
                "record": record,
                "record_channels": record_channels,
                "record_custom_file_name": record_custom_file_name,
                "record_format": record_format,
                "record_max_length": record_max_length,
                "record_timeout_secs": record_timeout_secs,
                "record_track": record_track,
                "record_trim": record_trim,
                "ringtone": ringtone,
                "video_room_context": video_room_context,
                "video_room_id": video_room_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def update_client_state(
        self,
        call_control_id: str,
        *,
        client_state: str,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Update client state.

        Updates client state

        `PUT /calls/{call_control_id}/actions/client_state_update` (operationId `UpdateClientState`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.UPDATE_CLIENT_STATE,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def start_conversation_relay(
        self,
        call_control_id: str,
        *,
        assistant: ConversationRelayCustomParameters | dict[str, Any] | Unset = UNSET,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        conversation_relay_dtmf_detection: bool | Unset = UNSET,
        conversation_relay_settings: ConversationRelaySettings | dict[str, Any] | Unset = UNSET,
        conversation_relay_url: str | Unset = UNSET,
        custom_parameters: dict[str, Any] | Unset = UNSET,
        dtmf_detection: bool | Unset = UNSET,
        greeting: str | Unset = UNSET,
        interruptible: Literal["any", "dtmf", "none", "speech"] | Unset = UNSET,
        interruptible_greeting: Literal["any", "dtmf", "none", "speech"] | Unset = UNSET,
        interruption_settings: ConversationRelayInterruptionSettings | dict[str, Any] | Unset = UNSET,
        language: str | Unset = UNSET,
        languages: list[ConversationRelayLanguage | dict[str, Any]] | Unset = UNSET,
        provider: str | Unset = UNSET,
        structured_provider: dict[str, Any] | Unset = UNSET,
        transcription: dict[str, Any] | Unset = UNSET,
        transcription_engine: ConversationRelayLanguageTranscriptionEngine | Unset = UNSET,
        transcription_engine_config: dict[str, Any] | Unset = UNSET,
        tts_provider: str | Unset = UNSET,
        url: str | Unset = UNSET,
        voice: str | Unset = UNSET,
        voice_settings: ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | MinimaxVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | InworldVoiceSettings
        | XAIVoiceSettings
        | dict[str, Any]
        | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponseWithConversationRelayID:
        """Start Conversation Relay.

        Start a Conversation Relay session on an active call.

        `POST /calls/{call_control_id}/actions/conversation_relay_start` (operationId `CallStartConversationRelay`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            assistant: Custom parameters for the Conversation Relay session.
            client_state: Use this field to add state to subsequent webhooks.
            command_id: Use this field to avoid duplicate commands.
            conversation_relay_dtmf_detection: Enable DTMF detection for the relay session.
            conversation_relay_settings: Conversation Relay connection settings.
            conversation_relay_url: WebSocket URL for your Conversation Relay server.
            custom_parameters: Custom key-value parameters forwarded to the relay session as
                `assistant.dynamic_variables`.
            dtmf_detection: Public alias for `conversation_relay_dtmf_detection`.
            greeting: Text played when the relay session starts.
            interruptible: Controls when caller input can interrupt assistant speech.
            interruptible_greeting: Controls when caller input can interrupt assistant speech.
            interruption_settings: Settings for handling caller interruptions during Conversation Relay
                speech.
            language: Default language for the relay session.
            languages: Per-language TTS and transcription settings.
            provider: Structured voice provider.
            structured_provider: Provider-specific structured voice settings.
            transcription: Not supported for Conversation Relay start requests.
            transcription_engine: Engine to use for speech recognition.
            transcription_engine_config: Engine-specific transcription settings for Conversation Relay.
            tts_provider: Text-to-speech provider.
            url: Public alias for `conversation_relay_url`.
            voice: The voice to be used by the voice assistant.
            voice_settings: The settings associated with the voice selected
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.CALL_START_CONVERSATION_RELAY,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "assistant": assistant,
                "client_state": client_state,
                "command_id": command_id,
                "conversation_relay_dtmf_detection": conversation_relay_dtmf_detection,
                "conversation_relay_settings": conversation_relay_settings,
                "conversation_relay_url": conversation_relay_url,
                "custom_parameters": custom_parameters,
                "dtmf_detection": dtmf_detection,
                "greeting": greeting,
                "interruptible": interruptible,
                "interruptible_greeting": interruptible_greeting,
                "interruption_settings": interruption_settings,
                "language": language,
                "languages": languages,
                "provider": provider,
                "structured_provider": structured_provider,
                "transcription": transcription,
                "transcription_engine": transcription_engine,
                "transcription_engine_config": transcription_engine_config,
                "tts_provider": tts_provider,
                "url": url,
                "voice": voice,
                "voice_settings": voice_settings,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def stop_conversation_relay(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Stop Conversation Relay.

        Stop the active Conversation Relay session on a call.

        `POST /calls/{call_control_id}/actions/conversation_relay_stop` (operationId `CallStopConversationRelay`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to subsequent webhooks.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.CALL_STOP_CONVERSATION_RELAY,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def enqueue(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        keep_after_hangup: bool | Unset = UNSET,
        max_size: int | Unset = UNSET,
        max_wait_time_secs: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Enqueue call.

        Put the call in a queue.

        `POST /calls/{call_control_id}/actions/enqueue` (operationId `EnqueueCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            queue_name: The name of the queue the call should be put in.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            keep_after_hangup: If set to true, the call will remain in the queue after hangup.
            max_size: The maximum number of calls allowed in the queue at a given time.
            max_wait_time_secs: The number of seconds after which the call will be removed from the queue.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.ENQUEUE_CALL,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "keep_after_hangup": keep_after_hangup,
                "max_size": max_size,
                "max_wait_time_secs": max_wait_time_secs,
                "queue_name": queue_name,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def start_forking(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        rx: str | Unset = UNSET,
        stream_type: Literal["decrypted"] | Unset = UNSET,
        tx: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Forking start.

        Call forking allows you to stream the media from a call to a specific target in realtime.

        `POST /calls/{call_control_id}/actions/fork_start` (operationId `StartCallFork`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            rx: The network target, <udp:ip_address:port>, where the call's incoming RTP media packets
                should be forwarded.
            stream_type: Optionally specify a media type to stream.
            tx: The network target, <udp:ip_address:port>, where the call's outgoing RTP media packets
                should be forwarded.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.START_CALL_FORK,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "rx": rx,
                "stream_type": stream_type,
                "tx": tx,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def stop_forking(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        stream_type: Literal["decrypted", "raw"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Forking stop.

        Stop forking a call.

        `POST /calls/{call_control_id}/actions/fork_stop` (operationId `StopCallFork`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            stream_type: Optionally specify a `stream_type`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.STOP_CALL_FORK,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "stream_type": stream_type,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def gather(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        gather_id: str | Unset = UNSET,
        initial_timeout_millis: int | Unset = UNSET,
        inter_digit_timeout_millis: int | Unset = UNSET,
        maximum_digits: int | Unset = UNSET,
        minimum_digits: int | Unset = UNSET,
        terminating_digit: str | Unset = UNSET,
        timeout_millis: int | Unset = UNSET,
        valid_digits: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Gather.

        Gather DTMF signals to build interactive menus.

        `POST /calls/{call_control_id}/actions/gather` (operationId `GatherCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            gather_id: An id that will be sent back in the corresponding `call.gather.ended` webhook.
            initial_timeout_millis: The number of milliseconds to wait for the first DTMF.
            inter_digit_timeout_millis: The number of milliseconds to wait for input between digits.
            maximum_digits: The maximum number of digits to fetch.
            minimum_digits: The minimum number of digits to fetch.
            terminating_digit: The digit used to terminate input if fewer than `maximum_digits` digits have
                been gathered.
            timeout_millis: The number of milliseconds to wait to complete the request.
            valid_digits: A list of all digits accepted as valid.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.GATHER_CALL,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "gather_id": gather_id,
                "initial_timeout_millis": initial_timeout_millis,
                "inter_digit_timeout_millis": inter_digit_timeout_millis,
                "maximum_digits": maximum_digits,
                "minimum_digits": minimum_digits,
                "terminating_digit": terminating_digit,
                "timeout_millis": timeout_millis,
                "valid_digits": valid_digits,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def stop_gather(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Gather stop.

        Stop current gather.

        `POST /calls/{call_control_id}/actions/gather_stop` (operationId `StopCallGather`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.STOP_CALL_GATHER,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def gather_using_ai(
        self,
        call_control_id: str,
        *,
        parameters: dict[str, Any],
        assistant: Assistant | dict[str, Any] | Unset = UNSET,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        gather_ended_speech: str | Unset = UNSET,
        greeting: str | Unset = UNSET,
        interruption_settings: InterruptionSettings | dict[str, Any] | Unset = UNSET,
        language: GoogleTranscriptionEngineListOfLanguages | Unset = UNSET,
        message_history: list[GatherUsingAIRequestMessageHistoryItem | dict[str, Any]] | Unset = UNSET,
        send_message_history_updates: bool | Unset = UNSET,
        send_partial_results: bool | Unset = UNSET,
        transcription: TranscriptionConfig | dict[str, Any] | Unset = UNSET,
        user_response_timeout_ms: int | Unset = UNSET,
        voice: str | Unset = UNSET,
        voice_settings: ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | XAIVoiceSettings
        | dict[str, Any]
        | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponseWithConversationID:
        """Gather using AI.

        Gather parameters defined in the request payload using a voice assistant.

        `POST /calls/{call_control_id}/actions/gather_using_ai` (operationId `callGatherUsingAI`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            parameters: The parameters described as a JSON Schema object that needs to be gathered by the
                voice assistant.
            assistant: Assistant configuration including choice of LLM, custom instructions, and tools.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            gather_ended_speech: Text that will be played when the gathering has finished.
            greeting: Text that will be played when the gathering starts, if none then nothing will be
                played when the gathering starts.
            interruption_settings: Settings for handling user interruptions during assistant speech
            language: See the Telnyx API reference.
            message_history: The message history you want the voice assistant to be aware of, this can be
                useful to keep the context of the conversation, or to pass additional information to the voice
                assistant.
            send_message_history_updates: Default is `false`.
            send_partial_results: Default is `false`.
            transcription: The settings associated with speech to text for the voice assistant.
            user_response_timeout_ms: The maximum time in milliseconds to wait for user response before
                timing out.
            voice: The voice to be used by the voice assistant.
            voice_settings: The settings associated with the voice selected
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.CALL_GATHER_USING_AI,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "assistant": assistant,
                "client_state": client_state,
                "command_id": command_id,
                "gather_ended_speech": gather_ended_speech,
                "greeting": greeting,
                "interruption_settings": interruption_settings,
                "language": language,
                "message_history": message_history,
                "parameters": parameters,
                "send_message_history_updates": send_message_history_updates,
                "send_partial_results": send_partial_results,
                "transcription": transcription,
                "user_response_timeout_ms": user_response_timeout_ms,
                "voice": voice,
                "voice_settings": voice_settings,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def gather_using_audio(
        self,
        call_control_id: str,
        *,
        audio_url: str | Unset = UNSET,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        inter_digit_timeout_millis: int | Unset = UNSET,
        invalid_audio_url: str | Unset = UNSET,
        invalid_media_name: str | Unset = UNSET,
        maximum_digits: int | Unset = UNSET,
        maximum_tries: int | Unset = UNSET,
        media_name: str | Unset = UNSET,
        minimum_digits: int | Unset = UNSET,
        terminating_digit: str | Unset = UNSET,
        timeout_millis: int | Unset = UNSET,
        valid_digits: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Gather using audio.

        Play an audio file on the call until the required DTMF signals are gathered to build interactive
        menus.

        `POST /calls/{call_control_id}/actions/gather_using_audio` (operationId `GatherUsingAudio`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            audio_url: The URL of a file to be played back at the beginning of each prompt.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            inter_digit_timeout_millis: The number of milliseconds to wait for input between digits.
            invalid_audio_url: The URL of a file to play when digits don't match the `valid_digits`
                parameter or the number of digits is not between `min` and `max`.
            invalid_media_name: The media_name of a file to be played back when digits don't match the
                `valid_digits` parameter or the number of digits is not between `min` and `max`.
            maximum_digits: The maximum number of digits to fetch.
            maximum_tries: The maximum number of times the file should be played if there is no input from
                the user on the call.
            media_name: The media_name of a file to be played back at the beginning of each prompt.
            minimum_digits: The minimum number of digits to fetch.
            terminating_digit: The digit used to terminate input if fewer than `maximum_digits` digits have
                been gathered.
            timeout_millis: The number of milliseconds to wait for a DTMF response after file playback ends
                before a replaying the sound file.
            valid_digits: A list of all digits accepted as valid.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.GATHER_USING_AUDIO,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "audio_url": audio_url,
                "client_state": client_state,
                "command_id": command_id,
                "inter_digit_timeout_millis": inter_digit_timeout_millis,
                "invalid_audio_url": invalid_audio_url,
                "invalid_media_name": invalid_media_name,
                "maximum_digits": maximum_digits,
                "maximum_tries": maximum_tries,
                "media_name": media_name,
                "minimum_digits": minimum_digits,
                "terminating_digit": terminating_digit,
                "timeout_millis": timeout_millis,
                "valid_digits": valid_digits,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def gather_using_speak(
        self,
        call_control_id: str,
        *,
        payload: str,
        voice: str,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        inter_digit_timeout_millis: int | Unset = UNSET,
        invalid_payload: str | Unset = UNSET,
        language: SpeakRequestLanguage | Unset = UNSET,
        maximum_digits: int | Unset = UNSET,
        maximum_tries: int | Unset = UNSET,
        minimum_digits: int | Unset = UNSET,
        payload_type: Literal["ssml", "text"] | Unset = UNSET,
        service_level: Literal["basic", "premium"] | Unset = UNSET,
        terminating_digit: str | Unset = UNSET,
        timeout_millis: int | Unset = UNSET,
        valid_digits: str | Unset = UNSET,
        voice_settings: ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | MinimaxVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | InworldVoiceSettings
        | XAIVoiceSettings
        | dict[str, Any]
        | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Gather using speak.

        Convert text to speech and play it on the call until the required DTMF signals are gathered to build
        interactive menus.

        `POST /calls/{call_control_id}/actions/gather_using_speak` (operationId `GatherUsingSpeak`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            payload: The text or SSML to be converted into speech.
            voice: Specifies the voice used in speech synthesis.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            inter_digit_timeout_millis: The number of milliseconds to wait for input between digits.
            invalid_payload: The text or SSML to be converted into speech when digits don't match the
                `valid_digits` parameter or the number of digits is not between `min` and `max`.
            language: The language you want spoken.
            maximum_digits: The maximum number of digits to fetch.
            maximum_tries: The maximum number of times that a file should be played back if there is no
                input from the user on the call.
            minimum_digits: The minimum number of digits to fetch.
            payload_type: The type of the provided payload.
            service_level: This parameter impacts speech quality, language options and payload types.
            terminating_digit: The digit used to terminate input if fewer than `maximum_digits` digits have
                been gathered.
            timeout_millis: The number of milliseconds to wait for a DTMF response after speak ends before a
                replaying the sound file.
            valid_digits: A list of all digits accepted as valid.
            voice_settings: The settings associated with the voice selected
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.GATHER_USING_SPEAK,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "inter_digit_timeout_millis": inter_digit_timeout_millis,
                "invalid_payload": invalid_payload,
                "language": language,
                "maximum_digits": maximum_digits,
                "maximum_tries": maximum_tries,
                "minimum_digits": minimum_digits,
                "payload": payload,
                "payload_type": payload_type,
                "service_level": service_level,
                "terminating_digit": terminating_digit,
                "timeout_millis": timeout_millis,
                "valid_digits": valid_digits,
                "voice": voice,
                "voice_settings": voice_settings,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def hangup(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        custom_headers: list[CustomSIPHeader | dict[str, Any]] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Hangup call.

        Hang up the call.

        `POST /calls/{call_control_id}/actions/hangup` (operationId `HangupCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            custom_headers: Custom headers to be added to the SIP BYE message.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.HANGUP_CALL,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "custom_headers": custom_headers,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def leave_queue(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Remove call from a queue.

        Removes the call from a queue.

        `POST /calls/{call_control_id}/actions/leave_queue` (operationId `LeaveQueue`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.LEAVE_QUEUE,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def start_playback(
        self,
        call_control_id: str,
        *,
        audio_type: Literal["mp3", "wav"] | Unset = UNSET,
        audio_url: str | Unset = UNSET,
        cache_audio: bool | Unset = UNSET,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        loop: str | int | Unset = UNSET,
        media_name: str | Unset = UNSET,
        overlay: bool | Unset = UNSET,
        playback_content: str | Unset = UNSET,
        stop: str | Unset = UNSET,
        target_legs: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Play audio URL.

        Play an audio file on the call.

        `POST /calls/{call_control_id}/actions/playback_start` (operationId `StartCallPlayback`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            audio_type: Specifies the type of audio provided in `audio_url` or `playback_content`.
            audio_url: The URL of a file to be played back on the call.
            cache_audio: Caches the audio file.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            loop: See the Telnyx API reference.
            media_name: The media_name of a file to be played back on the call.
            overlay: When enabled, audio will be mixed on top of any other audio that is actively being
                played back.
            playback_content: Allows a user to provide base64 encoded mp3 or wav.
            stop: When specified, it stops the current audio being played.
            target_legs: Specifies the leg or legs on which audio will be played.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.START_CALL_PLAYBACK,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "audio_type": audio_type,
                "audio_url": audio_url,
                "cache_audio": cache_audio,
                "client_state": client_state,
                "command_id": command_id,
                "loop": loop,
                "media_name": media_name,
                "overlay": overlay,
                "playback_content": playback_content,
                "stop": stop,
                "target_legs": target_legs,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def stop_playback(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        overlay: bool | Unset = UNSET,
        stop: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Stop audio playback.

        Stop audio being played on the call.

        `POST /calls/{call_control_id}/actions/playback_stop` (operationId `StopCallPlayback`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            overlay: When enabled, it stops the audio being played in the overlay queue.
            stop: Use `current` to stop the current audio being played.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.STOP_CALL_PLAYBACK,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "overlay": overlay,
                "stop": stop,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def pause_recording(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        recording_id: str | UUID | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Record pause.

        Pause recording the call.

        `POST /calls/{call_control_id}/actions/record_pause` (operationId `PauseCallRecording`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            recording_id: Uniquely identifies the resource.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.PAUSE_CALL_RECORDING,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "recording_id": recording_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def resume_recording(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        recording_id: str | UUID | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Record resume.

        Resume recording the call.

        `POST /calls/{call_control_id}/actions/record_resume` (operationId `ResumeCallRecording`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            recording_id: Uniquely identifies the resource.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.RESUME_CALL_RECORDING,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "recording_id": recording_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def start_recording(
        self,
        call_control_id: str,
        *,
        channels: Literal["dual", "single"],
        format: Literal["mp3", "wav"],
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        custom_file_name: str | Unset = UNSET,
        max_length: int | Unset = UNSET,
        play_beep: bool | Unset = UNSET,
        recording_track: Literal["both", "inbound", "outbound"] | Unset = UNSET,
        timeout_secs: int | Unset = UNSET,
        transcription: bool | Unset = UNSET,
        transcription_engine: Literal["A", "B", "deepgram/nova-3"] | Unset = UNSET,
        transcription_language: TranscriptionLanguage | Unset = UNSET,
        transcription_max_speaker_count: int | Unset = UNSET,
        transcription_min_speaker_count: int | Unset = UNSET,
        transcription_profanity_filter: bool | Unset = UNSET,
        transcription_speaker_diarization: bool | Unset = UNSET,
        trim: Literal["trim-silence"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Recording start.

        Start recording the call.

        `POST /calls/{call_control_id}/actions/record_start` (operationId `StartCallRecord`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            channels: When `dual`, final audio file will be stereo recorded with the first leg on channel A,
                and the rest on channel B.
            format: The audio file format used when storing the call recording.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            custom_file_name: The custom recording file name to be used instead of the default
                `call_leg_id`.
            max_length: Defines the maximum length for the recording in seconds.
            play_beep: If enabled, a beep sound will be played at the start of a recording.
            recording_track: The audio track to be recorded.
            timeout_secs: The number of seconds that Telnyx will wait for the recording to be stopped if
                silence is detected.
            transcription: Enable post recording transcription.
            transcription_engine: Engine to use for speech recognition.
            transcription_language: Language code for transcription.
            transcription_max_speaker_count: Defines maximum number of speakers in the conversation.
            transcription_min_speaker_count: Defines minimum number of speakers in the conversation.
            transcription_profanity_filter: Enables profanity_filter.
            transcription_speaker_diarization: Enables speaker diarization.
            trim: When set to `trim-silence`, silence will be removed from the beginning and end of the
                recording.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.START_CALL_RECORD,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "channels": channels,
                "client_state": client_state,
                "command_id": command_id,
                "custom_file_name": custom_file_name,
                "format": format,
                "max_length": max_length,
                "play_beep": play_beep,
                "recording_track": recording_track,
                "timeout_secs": timeout_secs,
                "transcription": transcription,
                "transcription_engine": transcription_engine,
                "transcription_language": transcription_language,
                "transcription_max_speaker_count": transcription_max_speaker_count,
                "transcription_min_speaker_count": transcription_min_speaker_count,
                "transcription_profanity_filter": transcription_profanity_filter,
                "transcription_speaker_diarization": transcription_speaker_diarization,
                "trim": trim,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def stop_recording(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        recording_id: str | UUID | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Recording stop.

        Stop recording the call.

        `POST /calls/{call_control_id}/actions/record_stop` (operationId `StopCallRecording`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            recording_id: Uniquely identifies the resource.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.STOP_CALL_RECORDING,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "recording_id": recording_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def refer(
        self,
        call_control_id: str,
        *,
        sip_address: str,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        custom_headers: list[CustomSIPHeader | dict[str, Any]] | Unset = UNSET,
        sip_auth_password: str | Unset = UNSET,
        sip_auth_username: str | Unset = UNSET,
        sip_headers: list[SIPHeader | dict[str, Any]] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """SIP Refer a call.

        Initiate a SIP Refer on a Call Control call.

        `POST /calls/{call_control_id}/actions/refer` (operationId `ReferCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            sip_address: The SIP URI to which the call will be referred to.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid execution of duplicate commands.
            custom_headers: Custom headers to be added to the SIP INVITE.
            sip_auth_password: SIP Authentication password used for SIP challenges.
            sip_auth_username: SIP Authentication username used for SIP challenges.
            sip_headers: SIP headers to be added to the request.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.REFER_CALL,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "custom_headers": custom_headers,
                "sip_address": sip_address,
                "sip_auth_password": sip_auth_password,
                "sip_auth_username": sip_auth_username,
                "sip_headers": sip_headers,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def reject(
        self,
        call_control_id: str,
        *,
        cause: Literal["CALL_REJECTED", "USER_BUSY"],
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Reject a call.

        Reject an incoming call.

        `POST /calls/{call_control_id}/actions/reject` (operationId `RejectCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            cause: Cause for call rejection.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.REJECT_CALL,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "cause": cause,
                "client_state": client_state,
                "command_id": command_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def send_dtmf(
        self,
        call_control_id: str,
        *,
        digits: str,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        duration_millis: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Send DTMF.

        Sends DTMF tones from this leg.

        `POST /calls/{call_control_id}/actions/send_dtmf` (operationId `SendDTMF`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            digits: DTMF digits to send.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            duration_millis: Specifies for how many milliseconds each digit will be played in the audio
                stream.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.SEND_DTMF,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "digits": digits,
                "duration_millis": duration_millis,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def send_sip_info(
        self,
        call_control_id: str,
        *,
        body: str,
        content_type: str,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Send SIP info.

        Sends SIP info from this leg.

        `POST /calls/{call_control_id}/actions/send_sip_info` (operationId `SendSIPInfo`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            body: Content of the SIP INFO
            content_type: Content type of the INFO body.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.SEND_SIP_INFO,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "body": body,
                "client_state": client_state,
                "command_id": command_id,
                "content_type": content_type,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def start_siprec(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        connector_name: str | Unset = UNSET,
        include_metadata_custom_headers: bool | Unset = UNSET,
        secure: bool | Unset = UNSET,
        session_timeout_secs: int | Unset = UNSET,
        sip_transport: Literal["tcp", "tls", "udp"] | Unset = UNSET,
        siprec_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """SIPREC start.

        Start siprec session to configured in SIPREC connector SRS.

        `POST /calls/{call_control_id}/actions/siprec_start` (operationId `StartSiprecSession`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            connector_name: Name of configured SIPREC connector to be used.
            include_metadata_custom_headers: When set, custom parameters will be added as metadata
                (recording.session.ExtensionParameters).
            secure: Controls whether to encrypt media sent to your SRS using SRTP and TLS.
            session_timeout_secs: Sets `Session-Expires` header to the INVITE.
            sip_transport: Specifies SIP transport protocol.
            siprec_track: Specifies which track should be sent on siprec session.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.START_SIPREC_SESSION,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "connector_name": connector_name,
                "include_metadata_custom_headers": include_metadata_custom_headers,
                "secure": secure,
                "session_timeout_secs": session_timeout_secs,
                "sip_transport": sip_transport,
                "siprec_track": siprec_track,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def stop_siprec(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """SIPREC stop.

        Stop SIPREC session.

        `POST /calls/{call_control_id}/actions/siprec_stop` (operationId `StopSiprecSession`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.STOP_SIPREC_SESSION,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def speak(
        self,
        call_control_id: str,
        *,
        payload: str,
        voice: str,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        language: SpeakRequestLanguage | Unset = UNSET,
        loop: str | int | Unset = UNSET,
        payload_type: Literal["ssml", "text"] | Unset = UNSET,
        service_level: Literal["basic", "premium"] | Unset = UNSET,
        stop: str | Unset = UNSET,
        target_legs: Literal["both", "opposite", "self"] | Unset = UNSET,
        voice_settings: ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | MinimaxVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | InworldVoiceSettings
        | XAIVoiceSettings
        | dict[str, Any]
        | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Speak text.

        Convert text to speech and play it back on the call.

        `POST /calls/{call_control_id}/actions/speak` (operationId `SpeakCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            payload: The text or SSML to be converted into speech.
            voice: Specifies the voice used in speech synthesis.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            language: The language you want spoken.
            loop: See the Telnyx API reference.
            payload_type: The type of the provided payload.
            service_level: This parameter impacts speech quality, language options and payload types.
            stop: When specified, it stops the current audio being played.
            target_legs: Specifies which legs of the call should receive the spoken audio.
            voice_settings: The settings associated with the voice selected
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.SPEAK_CALL,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "language": language,
                "loop": loop,
                "payload": payload,
                "payload_type": payload_type,
                "service_level": service_level,
                "stop": stop,
                "target_legs": target_legs,
                "voice": voice,
                "voice_settings": voice_settings,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def start_streaming(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        custom_parameters: list[StartStreamingRequestCustomParametersItem | dict[str, Any]] | Unset = UNSET,
        dialogflow_config: DialogflowConfig | dict[str, Any] | Unset = UNSET,
        enable_dialogflow: bool | Unset = UNSET,
        stream_auth_token: str | Unset = UNSET,
        stream_bidirectional_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"] | Unset = UNSET,
        stream_bidirectional_mode: Literal["mp3", "rtp"] | Unset = UNSET,
        stream_bidirectional_sampling_rate: Literal[8000, 16000, 22050, 24000, 48000] | Unset = UNSET,
        stream_bidirectional_target_legs: Literal["both", "opposite", "self"] | Unset = UNSET,
        stream_codec: Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU", "default"] | Unset = UNSET,
        stream_track: Literal["both_tracks", "inbound_track", "outbound_track"] | Unset = UNSET,
        stream_url: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Streaming start.

        Start streaming the media from a call to a specific WebSocket address or Dialogflow connection in
        near-realtime.

        `POST /calls/{call_control_id}/actions/streaming_start` (operationId `StartCallStreaming`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            custom_parameters: Custom parameters to be sent as part of the WebSocket connection.
            dialogflow_config: See the Telnyx API reference.
            enable_dialogflow: Enables Dialogflow for the current call.
            stream_auth_token: An authentication token to be sent as part of the WebSocket connection.
            stream_bidirectional_codec: Indicates codec for bidirectional streaming RTP payloads.
            stream_bidirectional_mode: Configures method of bidirectional streaming (mp3, rtp).
            stream_bidirectional_sampling_rate: Audio sampling rate.
            stream_bidirectional_target_legs: Specifies which call legs should receive the bidirectional
                stream audio.
            stream_codec: Specifies the codec to be used for the streamed audio.
            stream_track: Specifies which track should be streamed.
            stream_url: The destination WebSocket address where the stream is going to be delivered.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.START_CALL_STREAMING,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "custom_parameters": custom_parameters,
                "dialogflow_config": dialogflow_config,
                "enable_dialogflow": enable_dialogflow,
                "stream_auth_token": stream_auth_token,
                "stream_bidirectional_codec": stream_bidirectional_codec,
                "stream_bidirectional_mode": stream_bidirectional_mode,
                "stream_bidirectional_sampling_rate": stream_bidirectional_sampling_rate,
                "stream_bidirectional_target_legs": stream_bidirectional_target_legs,
                "stream_codec": stream_codec,
                "stream_track": stream_track,
                "stream_url": stream_url,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def stop_streaming(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        stream_id: str | UUID | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Streaming stop.

        Stop streaming a call to a WebSocket.

        `POST /calls/{call_control_id}/actions/streaming_stop` (operationId `StopCallStreaming`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            stream_id: Identifies the stream.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.STOP_CALL_STREAMING,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "stream_id": stream_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def start_noise_suppression(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        direction: Literal["both", "inbound", "outbound"] | Unset = UNSET,
        noise_suppression_engine: NoiseSuppressionEngine | Unset = UNSET,
        noise_suppression_engine_config: NoiseSuppressionEngineConfiguration | dict[str, Any] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Noise Suppression Start (BETA).

        `POST /calls/{call_control_id}/actions/suppression_start` (operationId `noiseSuppressionStart`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            direction: The direction of the audio stream to be noise suppressed.
            noise_suppression_engine: The engine to use for noise suppression.
            noise_suppression_engine_config: Configuration parameters for noise suppression engines.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.NOISE_SUPPRESSION_START,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "direction": direction,
                "noise_suppression_engine": noise_suppression_engine,
                "noise_suppression_engine_config": noise_suppression_engine_config,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def stop_noise_suppression(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Noise Suppression Stop (BETA).

        `POST /calls/{call_control_id}/actions/suppression_stop` (operationId `noiseSuppressionStop`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.NOISE_SUPPRESSION_STOP,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def switch_supervisor_role(
        self,
        call_control_id: str,
        *,
        role: Literal["barge", "monitor", "whisper"],
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Switch supervisor role.

        Switch the supervisor role for a bridged call.

        `POST /calls/{call_control_id}/actions/switch_supervisor_role` (operationId `SwitchSupervisorRole`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            role: The supervisor role to switch to.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.SWITCH_SUPERVISOR_ROLE,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "role": role,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def start_transcription(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        transcription_engine: TranscriptionStartRequestTranscriptionEngine | Unset = UNSET,
        transcription_engine_config: TranscriptionEngineGoogleConfig
        | TranscriptionEngineTelnyxConfig
        | DeepgramNova2Config
        | DeepgramNova3Config
        | TranscriptionEngineAzureConfig
        | TranscriptionEngineXAIConfig
        | TranscriptionEngineAssemblyAIConfig
        | TranscriptionEngineSpeechmaticsConfig
        | TranscriptionEngineSonioxConfig
        | TranscriptionEngineParakeetConfig
        | TranscriptionEngineAConfig
        | TranscriptionEngineBConfig
        | dict[str, Any]
        | Unset = UNSET,
        transcription_tracks: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Transcription start.

        Start real-time transcription.

        `POST /calls/{call_control_id}/actions/transcription_start` (operationId `StartCallTranscription`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            transcription_engine: Engine to use for speech recognition.
            transcription_engine_config: See the Telnyx API reference.
            transcription_tracks: Indicates which leg of the call will be transcribed.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.START_CALL_TRANSCRIPTION,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
                "transcription_engine": transcription_engine,
                "transcription_engine_config": transcription_engine_config,
                "transcription_tracks": transcription_tracks,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def stop_transcription(
        self,
        call_control_id: str,
        *,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Transcription stop.

        Stop real-time transcription.

        `POST /calls/{call_control_id}/actions/transcription_stop` (operationId `StopCallTranscription`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.STOP_CALL_TRANSCRIPTION,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def transfer(
        self,
        call_control_id: str,
        *,
        to: str,
        answering_machine_detection: DialRequestAnsweringMachineDetection | Unset = UNSET,
        answering_machine_detection_config: TransferCallRequestAnsweringMachineDetectionConfig
        | dict[str, Any]
        | Unset = UNSET,
        audio_url: str | Unset = UNSET,
        client_state: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        custom_headers: list[CustomSIPHeader | dict[str, Any]] | Unset = UNSET,
        early_media: bool | Unset = UNSET,
        from_: str | Unset = UNSET,
        from_display_name: str | Unset = UNSET,
        media_encryption: Literal["DTLS", "SRTP", "disabled"] | Unset = UNSET,
        media_name: str | Unset = UNSET,
        mute_dtmf: Literal["both", "none", "opposite", "self"] | Unset = UNSET,
        park_after_unbridge: str | Unset = UNSET,
        preferred_codecs: str | Unset = UNSET,
        privacy: Literal["id", "none"] | Unset = UNSET,
        record: Literal["record-from-answer"] | Unset = UNSET,
        record_channels: Literal["dual", "single"] | Unset = UNSET,
        record_custom_file_name: str | Unset = UNSET,
        record_format: Literal["mp3", "wav"] | Unset = UNSET,
        record_max_length: int | Unset = UNSET,
        record_timeout_secs: int | Unset = UNSET,
        record_track: Literal["both", "inbound", "outbound"] | Unset = UNSET,
        record_trim: Literal["trim-silence"] | Unset = UNSET,
        send_digits_on_answer: str | Unset = UNSET,
        sip_auth_password: str | Unset = UNSET,
        sip_auth_username: str | Unset = UNSET,
        sip_headers: list[SIPHeader | dict[str, Any]] | Unset = UNSET,
        sip_region: Literal["Australia", "Canada", "Europe", "Middle East", "US"] | Unset = UNSET,
        sip_transport_protocol: Literal["TCP", "TLS", "UDP"] | Unset = UNSET,
        sound_modifications: SoundModifications | dict[str, Any] | Unset = UNSET,
        target_leg_client_state: str | Unset = UNSET,
        time_limit_secs: int | Unset = UNSET,
        timeout_secs: int | Unset = UNSET,
        webhook_retries_policies: TransferCallRequestWebhookRetriesPolicies | dict[str, Any] | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        webhook_url_method: Literal["GET", "POST"] | Unset = UNSET,
        webhook_urls: dict[str, str] | Unset = UNSET,
        webhook_urls_method: Literal["GET", "POST"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlCommandResponse:
        """Transfer call.

        Transfer a call to a new destination.

        `POST /calls/{call_control_id}/actions/transfer` (operationId `TransferCall`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            to: The DID or SIP URI to dial out to.
            answering_machine_detection: Enables Answering Machine Detection.
            answering_machine_detection_config: Optional configuration parameters to modify
                'answering_machine_detection' performance.
            audio_url: The URL of a file to be played back when the transfer destination answers before
                bridging the call.
            client_state: Use this field to add state to every subsequent webhook.
            command_id: Use this field to avoid duplicate commands.
            custom_headers: Custom headers to be added to the SIP INVITE.
            early_media: If set to false, early media will not be passed to the originating leg.
            from_: The `from` number to be used as the caller id presented to the destination (`to` number).
            from_display_name: The `from_display_name` string to be used as the caller id name (SIP From
                Display Name) presented to the destination (`to` number).
            media_encryption: Defines whether media should be encrypted on the new call leg.
            media_name: The media_name of a file to be played back when the transfer destination answers
                before bridging the call.
            mute_dtmf: When enabled, DTMF tones are not passed to the call participant.
            park_after_unbridge: Specifies behavior after the bridge ends (i.e.
            preferred_codecs: The list of comma-separated codecs in order of preference to be used during
                the call.
            privacy: Indicates the privacy level to be used for the call.
            record: Start recording automatically after an event.
            record_channels: Defines which channel should be recorded ('single' or 'dual') when `record` is
                specified.
            record_custom_file_name: The custom recording file name to be used instead of the default
                `call_leg_id`.
            record_format: Defines the format of the recording ('wav' or 'mp3') when `record` is specified.
            record_max_length: Defines the maximum length for the recording in seconds when `record` is
                specified.
            record_timeout_secs: The number of seconds that Telnyx will wait for the recording to be stopped
                if silence is detected when `record` is specified.
            record_track: The audio track to be recorded.
            record_trim: When set to `trim-silence`, silence will be removed from the beginning and end of
                the recording.
            send_digits_on_answer: DTMF digits to send automatically after the transfer destination answers.
            sip_auth_password: SIP Authentication password used for SIP challenges.
            sip_auth_username: SIP Authentication username used for SIP challenges.
            sip_headers: SIP headers to be added to the SIP INVITE.
            sip_region: Defines the SIP region to be used for the call.
            sip_transport_protocol: Defines SIP transport protocol to be used on the call.
            sound_modifications: Use this field to modify sound effects, for example adjust the pitch.
            target_leg_client_state: Use this field to add state to every subsequent webhook for the new
                leg.
            time_limit_secs: Sets the maximum duration of a Call Control Leg in seconds.
            timeout_secs: The number of seconds that Telnyx will wait for the call to be answered by the
                destination to which it is being transferred.
            webhook_retries_policies: A map of event types to retry policies.
            webhook_url: Use this field to override the URL for which Telnyx will send subsequent webhooks
                to for this call.
            webhook_url_method: HTTP request type used for `webhook_url`.
            webhook_urls: A map of event types to webhook URLs.
            webhook_urls_method: HTTP request method to invoke `webhook_urls`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.TRANSFER_CALL,
            path={
                "call_control_id": call_control_id,
            },
            query=None,
            body={
                "answering_machine_detection": answering_machine_detection,
                "answering_machine_detection_config": answering_machine_detection_config,
                "audio_url": audio_url,
                "client_state": client_state,
                "command_id": command_id,
                "custom_headers": custom_headers,
                "early_media": early_media,
                "from": from_,
                "from_display_name": from_display_name,
                "media_encryption": media_encryption,
                "media_name": media_name,
                "mute_dtmf": mute_dtmf,
                "park_after_unbridge": park_after_unbridge,
                "preferred_codecs": preferred_codecs,
                "privacy": privacy,
                "record": record,
                "record_channels": record_channels,
                "record_custom_file_name": record_custom_file_name,
                "record_format": record_format,
                "record_max_length": record_max_length,
                "record_timeout_secs": record_timeout_secs,
                "record_track": record_track,
                "record_trim": record_trim,
                "send_digits_on_answer": send_digits_on_answer,
                "sip_auth_password": sip_auth_password,
                "sip_auth_username": sip_auth_username,
                "sip_headers": sip_headers,
                "sip_region": sip_region,
                "sip_transport_protocol": sip_transport_protocol,
                "sound_modifications": sound_modifications,
                "target_leg_client_state": target_leg_client_state,
                "time_limit_secs": time_limit_secs,
                "timeout_secs": timeout_secs,
                "to": to,
                "webhook_retries_policies": webhook_retries_policies,
                "webhook_url": webhook_url,
                "webhook_url_method": webhook_url_method,
                "webhook_urls": webhook_urls,
                "webhook_urls_method": webhook_urls_method,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )
