"""The data models of requests and responses, each imported on first use."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_call import ActiveCall
    from .active_calls_response import ActiveCallsResponse
    from .ai_assistant_add_messages_request import AIAssistantAddMessagesRequest
    from .ai_assistant_join_participant import AIAssistantJoinParticipant
    from .ai_assistant_join_request import AIAssistantJoinRequest
    from .ai_assistant_start_request import AIAssistantStartRequest
    from .ai_assistant_stop_request import AIAssistantStopRequest
    from .anchorsite_override import AnchorsiteOverride
    from .anonymous_response import AnonymousResponse
    from .answer_request import AnswerRequest
    from .answer_request_deepfake_detection import AnswerRequestDeepfakeDetection
    from .answer_request_webhook_retries_policies import AnswerRequestWebhookRetriesPolicies
    from .answer_request_webhook_retries_policies_additional_property import (
        AnswerRequestWebhookRetriesPoliciesAdditionalProperty,
    )
    from .assistant import Assistant
    from .assistant_message import AssistantMessage
    from .aws_voice_settings import AWSVoiceSettings
    from .azure_transcription_engine_list_of_languages import AzureTranscriptionEngineListOfLanguages
    from .azure_transcription_engine_list_of_regions import AzureTranscriptionEngineListOfRegions
    from .azure_voice_settings import AzureVoiceSettings
    from .book_appointment_tool import BookAppointmentTool
    from .book_appointment_tool_params import BookAppointmentToolParams
    from .bridge_request import BridgeRequest
    from .bridge_request_ringtone import BridgeRequestRingtone
    from .bucket_ids import BucketIds
    from .call import Call
    from .call_ai_gather_ended import CallAIGatherEnded
    from .call_ai_gather_ended_event import CallAIGatherEndedEvent
    from .call_ai_gather_ended_payload import CallAIGatherEndedPayload
    from .call_ai_gather_ended_payload_message_history_item import CallAIGatherEndedPayloadMessageHistoryItem
    from .call_ai_gather_message_history_updated import CallAIGatherMessageHistoryUpdated
    from .call_ai_gather_message_history_updated_event import CallAIGatherMessageHistoryUpdatedEvent
    from .call_ai_gather_message_history_updated_payload import CallAIGatherMessageHistoryUpdatedPayload
    from .call_ai_gather_message_history_updated_payload_message_history_item import (
        CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItem,
    )
    from .call_ai_gather_partial_results import CallAIGatherPartialResults
    from .call_ai_gather_partial_results_event import CallAIGatherPartialResultsEvent
    from .call_ai_gather_partial_results_payload import CallAIGatherPartialResultsPayload
    from .call_ai_gather_partial_results_payload_message_history_item import (
        CallAIGatherPartialResultsPayloadMessageHistoryItem,
    )
    from .call_answered import CallAnswered
    from .call_answered_event import CallAnsweredEvent
    from .call_answered_payload import CallAnsweredPayload
    from .call_assistant_request import CallAssistantRequest
    from .call_assistant_request_external_llm import CallAssistantRequestExternalLlm
    from .call_assistant_request_fallback_config import CallAssistantRequestFallbackConfig
    from .call_assistant_request_fallback_config_external_llm import CallAssistantRequestFallbackConfigExternalLlm
    from .call_bridged import CallBridged
    from .call_bridged_event import CallBridgedEvent
    from .call_bridged_payload import CallBridgedPayload
    from .call_control_application import CallControlApplication
    from .call_control_application_anchorsite_override import CallControlApplicationAnchorsiteOverride
    from .call_control_application_inbound import CallControlApplicationInbound
    from .call_control_application_outbound import CallControlApplicationOutbound
    from .call_control_application_response import CallControlApplicationResponse
    from .call_control_command_response import CallControlCommandResponse
    from .call_control_command_response_with_conversation_id import CallControlCommandResponseWithConversationID
    from .call_control_command_response_with_conversation_relay_id import (
        CallControlCommandResponseWithConversationRelayID,
    )
    from .call_control_command_response_with_recording_id import CallControlCommandResponseWithRecordingID
    from .call_control_command_result import CallControlCommandResult
    from .call_control_command_result_with_conversation_id import CallControlCommandResultWithConversationID
    from .call_control_command_result_with_conversation_relay_id import CallControlCommandResultWithConversationRelayID
    from .call_control_command_result_with_recording_id import CallControlCommandResultWithRecordingID
    from .call_control_error import CallControlError
    from .call_control_error_source import CallControlErrorSource
    from .call_control_errors import CallControlErrors
    from .call_conversation_ended import CallConversationEnded
    from .call_conversation_ended_event import CallConversationEndedEvent
    from .call_conversation_ended_payload import CallConversationEndedPayload
    from .call_conversation_insights_generated import CallConversationInsightsGenerated
    from .call_conversation_insights_generated_event import CallConversationInsightsGeneratedEvent
    from .call_conversation_insights_generated_payload import CallConversationInsightsGeneratedPayload
    from .call_conversation_insights_generated_payload_results_item import (
        CallConversationInsightsGeneratedPayloadResultsItem,
    )
    from .call_cost import CallCost
    from .call_cost_event import CallCostEvent
    from .call_cost_part import CallCostPart
    from .call_cost_payload import CallCostPayload
    from .call_deepfake_detection_error import CallDeepfakeDetectionError
    from .call_deepfake_detection_error_event import CallDeepfakeDetectionErrorEvent
    from .call_deepfake_detection_error_payload import CallDeepfakeDetectionErrorPayload
    from .call_deepfake_detection_error_payload_error_message import CallDeepfakeDetectionErrorPayloadErrorMessage
    from .call_deepfake_detection_result import CallDeepfakeDetectionResult
    from .call_deepfake_detection_result_event import CallDeepfakeDetectionResultEvent
    from .call_deepfake_detection_result_payload import CallDeepfakeDetectionResultPayload
    from .call_dtmf_received import CallDTMFReceived
    from .call_dtmf_received_event import CallDTMFReceivedEvent
    from .call_dtmf_received_payload import CallDTMFReceivedPayload
    from .call_enqueued import CallEnqueued
    from .call_enqueued_event import CallEnqueuedEvent
    from .call_enqueued_payload import CallEnqueuedPayload
    from .call_event import CallEvent
    from .call_fork_started import CallForkStarted
    from .call_fork_started_event import CallForkStartedEvent
    from .call_fork_started_payload import CallForkStartedPayload
    from .call_fork_stopped import CallForkStopped
    from .call_fork_stopped_event import CallForkStoppedEvent
    from .call_fork_stopped_payload import CallForkStoppedPayload
    from .call_gather_ended import CallGatherEnded
    from .call_gather_ended_event import CallGatherEndedEvent
    from .call_gather_ended_payload import CallGatherEndedPayload
    from .call_gather_ended_payload_status import CallGatherEndedPayloadStatus
    from .call_hangup import CallHangup
    from .call_hangup_event import CallHangupEvent
    from .call_hangup_payload import CallHangupPayload
    from .call_hangup_payload_call_quality_stats_type_0 import CallHangupPayloadCallQualityStatsType0
    from .call_hangup_payload_call_quality_stats_type_0_inbound import CallHangupPayloadCallQualityStatsType0Inbound
    from .call_hangup_payload_call_quality_stats_type_0_outbound import CallHangupPayloadCallQualityStatsType0Outbound
    from .call_hangup_payload_hangup_cause import CallHangupPayloadHangupCause
    from .call_hold import CallHold
    from .call_hold_event import CallHoldEvent
    from .call_hold_payload import CallHoldPayload
    from .call_initiated import CallInitiated
    from .call_initiated_event import CallInitiatedEvent
    from .call_initiated_payload import CallInitiatedPayload
    from .call_left_queue import CallLeftQueue
    from .call_left_queue_event import CallLeftQueueEvent
    from .call_left_queue_payload import CallLeftQueuePayload
    from .call_machine_detection_ended import CallMachineDetectionEnded
    from .call_machine_detection_ended_event import CallMachineDetectionEndedEvent
    from .call_machine_detection_ended_payload import CallMachineDetectionEndedPayload
    from .call_machine_greeting_ended import CallMachineGreetingEnded
    from .call_machine_greeting_ended_event import CallMachineGreetingEndedEvent
    from .call_machine_greeting_ended_payload import CallMachineGreetingEndedPayload
    from .call_machine_premium_detection_ended import CallMachinePremiumDetectionEnded
    from .call_machine_premium_detection_ended_event import CallMachinePremiumDetectionEndedEvent
    from .call_machine_premium_detection_ended_payload import CallMachinePremiumDetectionEndedPayload
    from .call_machine_premium_detection_ended_payload_result import CallMachinePremiumDetectionEndedPayloadResult
    from .call_machine_premium_greeting_ended import CallMachinePremiumGreetingEnded
    from .call_machine_premium_greeting_ended_event import CallMachinePremiumGreetingEndedEvent
    from .call_machine_premium_greeting_ended_payload import CallMachinePremiumGreetingEndedPayload
    from .call_playback_ended import CallPlaybackEnded
    from .call_playback_ended_event import CallPlaybackEndedEvent
    from .call_playback_ended_payload import CallPlaybackEndedPayload
    from .call_playback_ended_payload_status import CallPlaybackEndedPayloadStatus
    from .call_playback_started import CallPlaybackStarted
    from .call_playback_started_event import CallPlaybackStartedEvent
    from .call_playback_started_payload import CallPlaybackStartedPayload
    from .call_recording_error import CallRecordingError
    from .call_recording_error_event import CallRecordingErrorEvent
    from .call_recording_error_payload import CallRecordingErrorPayload
    from .call_recording_error_payload_reason import CallRecordingErrorPayloadReason
    from .call_recording_saved import CallRecordingSaved
    from .call_recording_saved_event import CallRecordingSavedEvent
    from .call_recording_saved_payload import CallRecordingSavedPayload
    from .call_recording_saved_payload_public_recording_urls import CallRecordingSavedPayloadPublicRecordingUrls
    from .call_recording_saved_payload_recording_urls import CallRecordingSavedPayloadRecordingUrls
    from .call_recording_transcription_saved import CallRecordingTranscriptionSaved
    from .call_recording_transcription_saved_event import CallRecordingTranscriptionSavedEvent
    from .call_recording_transcription_saved_payload import CallRecordingTranscriptionSavedPayload
    from .call_recordings_cursor_pagination_meta import CallRecordingsCursorPaginationMeta
    from .call_recordings_error import CallRecordingsError
    from .call_recordings_error_source import CallRecordingsErrorSource
    from .call_recordings_errors import CallRecordingsErrors
    from .call_refer_completed import CallReferCompleted
    from .call_refer_completed_event import CallReferCompletedEvent
    from .call_refer_completed_payload import CallReferCompletedPayload
    from .call_refer_failed import CallReferFailed
    from .call_refer_failed_event import CallReferFailedEvent
    from .call_refer_failed_payload import CallReferFailedPayload
    from .call_refer_started import CallReferStarted
    from .call_refer_started_event import CallReferStartedEvent
    from .call_refer_started_payload import CallReferStartedPayload
    from .call_speak_ended import CallSpeakEnded
    from .call_speak_ended_event import CallSpeakEndedEvent
    from .call_speak_ended_payload import CallSpeakEndedPayload
    from .call_speak_started import CallSpeakStarted
    from .call_speak_started_event import CallSpeakStartedEvent
    from .call_speak_started_payload import CallSpeakStartedPayload
    from .call_unhold import CallUnhold
    from .call_unhold_event import CallUnholdEvent
    from .call_unhold_payload import CallUnholdPayload
    from .call_with_recording_id import CallWithRecordingID
    from .check_availability_tool import CheckAvailabilityTool
    from .check_availability_tool_params import CheckAvailabilityToolParams
    from .conference import Conference
    from .conference_command_response import ConferenceCommandResponse
    from .conference_command_result import ConferenceCommandResult
    from .conference_created import ConferenceCreated
    from .conference_created_event import ConferenceCreatedEvent
    from .conference_created_payload import ConferenceCreatedPayload
    from .conference_ended import ConferenceEnded
    from .conference_ended_by import ConferenceEndedBy
    from .conference_ended_event import ConferenceEndedEvent
    from .conference_ended_payload import ConferenceEndedPayload
    from .conference_floor_changed import ConferenceFloorChanged
    from .conference_floor_changed_data import ConferenceFloorChangedData
    from .conference_floor_changed_data_payload import ConferenceFloorChangedDataPayload
    from .conference_gather_using_audio_request import ConferenceGatherUsingAudioRequest
    from .conference_hold_request import ConferenceHoldRequest
    from .conference_mute_request import ConferenceMuteRequest
    from .conference_participant import ConferenceParticipant
    from .conference_participant_joined import ConferenceParticipantJoined
    from .conference_participant_joined_event import ConferenceParticipantJoinedEvent
    from .conference_participant_joined_payload import ConferenceParticipantJoinedPayload
    from .conference_participant_left import ConferenceParticipantLeft
    from .conference_participant_left_event import ConferenceParticipantLeftEvent
    from .conference_participant_left_payload import ConferenceParticipantLeftPayload
    from .conference_participant_playback_ended import ConferenceParticipantPlaybackEnded
    from .conference_participant_playback_ended_event import ConferenceParticipantPlaybackEndedEvent
    from .conference_participant_playback_ended_payload import ConferenceParticipantPlaybackEndedPayload
    from .conference_participant_playback_started import ConferenceParticipantPlaybackStarted
    from .conference_participant_playback_started_event import ConferenceParticipantPlaybackStartedEvent
    from .conference_participant_playback_started_payload import ConferenceParticipantPlaybackStartedPayload
    from .conference_participant_resource import ConferenceParticipantResource
    from .conference_participant_speak_ended import ConferenceParticipantSpeakEnded
    from .conference_participant_speak_ended_event import ConferenceParticipantSpeakEndedEvent
    from .conference_participant_speak_ended_payload import ConferenceParticipantSpeakEndedPayload
    from .conference_participant_speak_started import ConferenceParticipantSpeakStarted
    from .conference_participant_speak_started_event import ConferenceParticipantSpeakStartedEvent
    from .conference_participant_speak_started_payload import ConferenceParticipantSpeakStartedPayload
    from .conference_play_request import ConferencePlayRequest
    from .conference_playback_ended import ConferencePlaybackEnded
    from .conference_playback_ended_event import ConferencePlaybackEndedEvent
    from .conference_playback_ended_payload import ConferencePlaybackEndedPayload
    from .conference_playback_started import ConferencePlaybackStarted
    from .conference_playback_started_event import ConferencePlaybackStartedEvent
    from .conference_playback_started_payload import ConferencePlaybackStartedPayload
    from .conference_recording_saved import ConferenceRecordingSaved
    from .conference_recording_saved_event import ConferenceRecordingSavedEvent
    from .conference_recording_saved_payload import ConferenceRecordingSavedPayload
    from .conference_recording_saved_payload_public_recording_urls import (
        ConferenceRecordingSavedPayloadPublicRecordingUrls,
    )
    from .conference_recording_saved_payload_recording_urls import ConferenceRecordingSavedPayloadRecordingUrls
    from .conference_response import ConferenceResponse
    from .conference_send_dtmf_request import ConferenceSendDTMFRequest
    from .conference_speak_ended import ConferenceSpeakEnded
    from .conference_speak_ended_event import ConferenceSpeakEndedEvent
    from .conference_speak_ended_payload import ConferenceSpeakEndedPayload
    from .conference_speak_request import ConferenceSpeakRequest
    from .conference_speak_started import ConferenceSpeakStarted
    from .conference_speak_started_event import ConferenceSpeakStartedEvent
    from .conference_speak_started_payload import ConferenceSpeakStartedPayload
    from .conference_stop_request import ConferenceStopRequest
    from .conference_unhold_request import ConferenceUnholdRequest
    from .conference_unmute_request import ConferenceUnmuteRequest
    from .connection import Connection
    from .connection_response import ConnectionResponse
    from .connections_pagination_meta import ConnectionsPaginationMeta
    from .conversation_relay_custom_parameters import ConversationRelayCustomParameters
    from .conversation_relay_embedded_config import ConversationRelayEmbeddedConfig
    from .conversation_relay_interruption_settings import ConversationRelayInterruptionSettings
    from .conversation_relay_language import ConversationRelayLanguage
    from .conversation_relay_language_transcription_engine import ConversationRelayLanguageTranscriptionEngine
    from .conversation_relay_settings import ConversationRelaySettings
    from .conversation_relay_start_request import ConversationRelayStartRequest
    from .conversation_relay_stop_request import ConversationRelayStopRequest
    from .create_call_control_application_request import CreateCallControlApplicationRequest
    from .create_conference_request import CreateConferenceRequest
    from .create_queue_request import CreateQueueRequest
    from .cursor import Cursor
    from .cursor_pagination_meta import CursorPaginationMeta
    from .custom_sip_header import CustomSIPHeader
    from .deepgram_nova_2_config import DeepgramNova2Config
    from .deepgram_nova_2_transcription_engine_list_of_languages import DeepgramNova2TranscriptionEngineListOfLanguages
    from .deepgram_nova_3_config import DeepgramNova3Config
    from .deepgram_nova_3_transcription_engine_list_of_languages import DeepgramNova3TranscriptionEngineListOfLanguages
    from .delete_recordings_body import DeleteRecordingsBody
    from .developer_message import DeveloperMessage
    from .dial_request import DialRequest
    from .dial_request_answering_machine_detection import DialRequestAnsweringMachineDetection
    from .dial_request_answering_machine_detection_config import DialRequestAnsweringMachineDetectionConfig
    from .dial_request_conference_config import DialRequestConferenceConfig
    from .dial_request_deepfake_detection import DialRequestDeepfakeDetection
    from .dial_request_webhook_retries_policies import DialRequestWebhookRetriesPolicies
    from .dial_request_webhook_retries_policies_additional_property import (
        DialRequestWebhookRetriesPoliciesAdditionalProperty,
    )
    from .dialogflow_config import DialogflowConfig
    from .eleven_labs_voice_settings import ElevenLabsVoiceSettings
    from .end_conference_request import EndConferenceRequest
    from .enqueue_request import EnqueueRequest
    from .error_response import ErrorResponse
    from .error_response_errors_item import ErrorResponseErrorsItem
    from .error_response_errors_item_meta import ErrorResponseErrorsItemMeta
    from .error_response_errors_item_source import ErrorResponseErrorsItemSource
    from .gather import Gather
    from .gather_using_ai_request import GatherUsingAIRequest
    from .gather_using_ai_request_message_history_item import GatherUsingAIRequestMessageHistoryItem
    from .gather_using_audio_request import GatherUsingAudioRequest
    from .gather_using_speak_request import GatherUsingSpeakRequest
    from .get_recording_transcriptions_filter import GetRecordingTranscriptionsFilter
    from .get_recording_transcriptions_filter_created_at import GetRecordingTranscriptionsFilterCreatedAt
    from .get_recording_transcriptions_page import GetRecordingTranscriptionsPage
    from .get_recordings_filter import GetRecordingsFilter
    from .get_recordings_filter_created_at import GetRecordingsFilterCreatedAt
    from .get_recordings_filter_end_time import GetRecordingsFilterEndTime
    from .get_recordings_filter_start_time import GetRecordingsFilterStartTime
    from .get_recordings_page import GetRecordingsPage
    from .google_transcription_engine_list_of_languages import GoogleTranscriptionEngineListOfLanguages
    from .hangup_request import HangupRequest
    from .hangup_tool import HangupTool
    from .hangup_tool_params import HangupToolParams
    from .interruption_settings import InterruptionSettings
    from .inworld_voice_settings import InworldVoiceSettings
    from .join_conference_request import JoinConferenceRequest
    from .leave_conference_request import LeaveConferenceRequest
    from .leave_queue_request import LeaveQueueRequest
    from .list_call_control_applications_filter import ListCallControlApplicationsFilter
    from .list_call_control_applications_filter_application_name import ListCallControlApplicationsFilterApplicationName
    from .list_call_control_applications_filter_occurred_at import ListCallControlApplicationsFilterOccurredAt
    from .list_call_control_applications_page import ListCallControlApplicationsPage
    from .list_call_control_applications_response import ListCallControlApplicationsResponse
    from .list_call_events_filter import ListCallEventsFilter
    from .list_call_events_filter_application_name import ListCallEventsFilterApplicationName
    from .list_call_events_filter_occurred_at import ListCallEventsFilterOccurredAt
    from .list_call_events_page import ListCallEventsPage
    from .list_call_events_response import ListCallEventsResponse
    from .list_conference_participants_filter import ListConferenceParticipantsFilter
    from .list_conference_participants_page import ListConferenceParticipantsPage
    from .list_conferences_filter import ListConferencesFilter
    from .list_conferences_filter_application_name import ListConferencesFilterApplicationName
    from .list_conferences_filter_occurred_at import ListConferencesFilterOccurredAt
    from .list_conferences_page import ListConferencesPage
    from .list_conferences_response import ListConferencesResponse
    from .list_connection_active_calls_page import ListConnectionActiveCallsPage
    from .list_connections_filter import ListConnectionsFilter
    from .list_connections_filter_connection_name import ListConnectionsFilterConnectionName
    from .list_connections_page import ListConnectionsPage
    from .list_connections_response import ListConnectionsResponse
    from .list_media_storage_filter import ListMediaStorageFilter
    from .list_of_media_resources_response import ListOfMediaResourcesResponse
    from .list_participants_response import ListParticipantsResponse
    from .list_queue_calls_page import ListQueueCallsPage
    from .list_queue_calls_response import ListQueueCallsResponse
    from .list_queues_page import ListQueuesPage
    from .list_queues_response import ListQueuesResponse
    from .media_resource import MediaResource
    from .media_resource_response import MediaResourceResponse
    from .media_storage_error import MediaStorageError
    from .media_storage_error_source import MediaStorageErrorSource
    from .media_storage_errors import MediaStorageErrors
    from .minimax_voice_settings import MinimaxVoiceSettings
    from .minimax_voice_settings_language_boost_type_1 import MinimaxVoiceSettingsLanguageBoostType1
    from .noise_suppression_engine import NoiseSuppressionEngine
    from .noise_suppression_engine_configuration import NoiseSuppressionEngineConfiguration
    from .noise_suppression_engine_configuration_model import NoiseSuppressionEngineConfigurationModel
    from .noise_suppression_start_request import NoiseSuppressionStartRequest
    from .noise_suppression_stop_request import NoiseSuppressionStopRequest
    from .pagination_meta import PaginationMeta
    from .participant import Participant
    from .participant_conference import ParticipantConference
    from .pause_conference_recording_request import PauseConferenceRecordingRequest
    from .pause_recording_request import PauseRecordingRequest
    from .play_audio_url_request import PlayAudioURLRequest
    from .playback_stop_request import PlaybackStopRequest
    from .queue import Queue
    from .queue_call import QueueCall
    from .queue_call_response import QueueCallResponse
    from .queue_response import QueueResponse
    from .recording_response import RecordingResponse
    from .recording_response_data import RecordingResponseData
    from .recording_response_data_download_urls import RecordingResponseDataDownloadUrls
    from .recording_response_data_list_response import RecordingResponseDataListResponse
    from .recording_transcription_list_response import RecordingTranscriptionListResponse
    from .recording_transcription_response import RecordingTranscriptionResponse
    from .recording_transcriptions_response_data import RecordingTranscriptionsResponseData
    from .refer_request import ReferRequest
    from .reject_request import RejectRequest
    from .resemble_voice_settings import ResembleVoiceSettings
    from .resume_conference_recording_request import ResumeConferenceRecordingRequest
    from .resume_recording_request import ResumeRecordingRequest
    from .retrieval_tool import RetrievalTool
    from .retrieve_call_status_response import RetrieveCallStatusResponse
    from .retrieve_call_status_response_with_recording_id import RetrieveCallStatusResponseWithRecordingID
    from .rime_voice_settings import RimeVoiceSettings
    from .send_dtmf_request import SendDTMFRequest
    from .send_sip_info_request import SendSIPInfoRequest
    from .sip_header import SIPHeader
    from .siprec_failed import SiprecFailed
    from .siprec_failed_event import SiprecFailedEvent
    from .siprec_failed_payload import SiprecFailedPayload
    from .siprec_started import SiprecStarted
    from .siprec_started_event import SiprecStartedEvent
    from .siprec_started_payload import SiprecStartedPayload
    from .siprec_stopped import SiprecStopped
    from .siprec_stopped_event import SiprecStoppedEvent
    from .siprec_stopped_payload import SiprecStoppedPayload
    from .sound_modifications import SoundModifications
    from .speak_request import SpeakRequest
    from .speak_request_language import SpeakRequestLanguage
    from .speechmatics_transcription_engine_list_of_languages import SpeechmaticsTranscriptionEngineListOfLanguages
    from .start_conference_recording_request import StartConferenceRecordingRequest
    from .start_forking_request import StartForkingRequest
    from .start_recording_request import StartRecordingRequest
    from .start_siprec_request import StartSiprecRequest
    from .start_streaming_request import StartStreamingRequest
    from .start_streaming_request_custom_parameters_item import StartStreamingRequestCustomParametersItem
    from .stop_forking_request import StopForkingRequest
    from .stop_gather_request import StopGatherRequest
    from .stop_recording_conference_request import StopRecordingConferenceRequest
    from .stop_recording_request import StopRecordingRequest
    from .stop_siprec_request import StopSiprecRequest
    from .stop_streaming_request import StopStreamingRequest
    from .streaming_failed import StreamingFailed
    from .streaming_failed_event import StreamingFailedEvent
    from .streaming_failed_payload import StreamingFailedPayload
    from .streaming_failed_payload_stream_params import StreamingFailedPayloadStreamParams
    from .streaming_started import StreamingStarted
    from .streaming_started_event import StreamingStartedEvent
    from .streaming_started_payload import StreamingStartedPayload
    from .streaming_stopped import StreamingStopped
    from .streaming_stopped_event import StreamingStoppedEvent
    from .streaming_stopped_payload import StreamingStoppedPayload
    from .switch_supervisor_role_request import SwitchSupervisorRoleRequest
    from .system_message import SystemMessage
    from .telnyx_transcription_engine_list_of_languages import TelnyxTranscriptionEngineListOfLanguages
    from .telnyx_voice_settings import TelnyxVoiceSettings
    from .tool_call import ToolCall
    from .tool_call_function import ToolCallFunction
    from .tool_message import ToolMessage
    from .transcription import Transcription
    from .transcription_config import TranscriptionConfig
    from .transcription_config_model import TranscriptionConfigModel
    from .transcription_engine_a_config import TranscriptionEngineAConfig
    from .transcription_engine_a_config_model import TranscriptionEngineAConfigModel
    from .transcription_engine_a_config_speech_context_item import TranscriptionEngineAConfigSpeechContextItem
    from .transcription_engine_assembly_ai_config import TranscriptionEngineAssemblyAIConfig
    from .transcription_engine_azure_config import TranscriptionEngineAzureConfig
    from .transcription_engine_b_config import TranscriptionEngineBConfig
    from .transcription_engine_google_config import TranscriptionEngineGoogleConfig
    from .transcription_engine_google_config_speech_context_item import TranscriptionEngineGoogleConfigSpeechContextItem
    from .transcription_engine_parakeet_config import TranscriptionEngineParakeetConfig
    from .transcription_engine_soniox_config import TranscriptionEngineSonioxConfig
    from .transcription_engine_speechmatics_config import TranscriptionEngineSpeechmaticsConfig
    from .transcription_engine_telnyx_config import TranscriptionEngineTelnyxConfig
    from .transcription_engine_xai_config import TranscriptionEngineXAIConfig
    from .transcription_event import TranscriptionEvent
    from .transcription_language import TranscriptionLanguage
    from .transcription_payload import TranscriptionPayload
    from .transcription_payload_transcription_data import TranscriptionPayloadTranscriptionData
    from .transcription_start_request import TranscriptionStartRequest
    from .transcription_start_request_transcription_engine import TranscriptionStartRequestTranscriptionEngine
    from .transcription_stop_request import TranscriptionStopRequest
    from .transfer_call_request import TransferCallRequest
    from .transfer_call_request_answering_machine_detection_config import (
        TransferCallRequestAnsweringMachineDetectionConfig,
    )
    from .transfer_call_request_webhook_retries_policies import TransferCallRequestWebhookRetriesPolicies
    from .transfer_call_request_webhook_retries_policies_additional_property import (
        TransferCallRequestWebhookRetriesPoliciesAdditionalProperty,
    )
    from .transfer_tool import TransferTool
    from .transfer_tool_params import TransferToolParams
    from .transfer_tool_params_targets_type_0_item import TransferToolParamsTargetsType0Item
    from .update_call_control_application_request import UpdateCallControlApplicationRequest
    from .update_client_state_request import UpdateClientStateRequest
    from .update_conference_participant_request import UpdateConferenceParticipantRequest
    from .update_conference_request import UpdateConferenceRequest
    from .update_media_multipart_request import UpdateMediaMultipartRequest
    from .update_media_request import UpdateMediaRequest
    from .update_queue_request import UpdateQueueRequest
    from .update_queued_call_request import UpdateQueuedCallRequest
    from .upload_media_multipart_request import UploadMediaMultipartRequest
    from .upload_media_request import UploadMediaRequest
    from .user_message import UserMessage
    from .webhook_delivery_meta import WebhookDeliveryMeta
    from .webhook_tool import WebhookTool
    from .webhook_tool_params import WebhookToolParams
    from .webhook_tool_params_body_parameters import WebhookToolParamsBodyParameters
    from .webhook_tool_params_headers_item import WebhookToolParamsHeadersItem
    from .webhook_tool_params_path_parameters import WebhookToolParamsPathParameters
    from .webhook_tool_params_query_parameters import WebhookToolParamsQueryParameters
    from .xai_transcription_engine_list_of_languages import XAITranscriptionEngineListOfLanguages
    from .xai_voice_settings import XAIVoiceSettings

_MODULES: dict[str, str] = {
    "ActiveCall": ".active_call",
    "ActiveCallsResponse": ".active_calls_response",
    "AIAssistantAddMessagesRequest": ".ai_assistant_add_messages_request",
    "AIAssistantJoinParticipant": ".ai_assistant_join_participant",
    "AIAssistantJoinRequest": ".ai_assistant_join_request",
    "AIAssistantStartRequest": ".ai_assistant_start_request",
    "AIAssistantStopRequest": ".ai_assistant_stop_request",
    "AnchorsiteOverride": ".anchorsite_override",
    "AnonymousResponse": ".anonymous_response",
    "AnswerRequest": ".answer_request",
    "AnswerRequestDeepfakeDetection": ".answer_request_deepfake_detection",
    "AnswerRequestWebhookRetriesPolicies": ".answer_request_webhook_retries_policies",
    "AnswerRequestWebhookRetriesPoliciesAdditionalProperty": ".answer_request_webhook_retries_policies_additional_property",
    "Assistant": ".assistant",
    "AssistantMessage": ".assistant_message",
    "AWSVoiceSettings": ".aws_voice_settings",
    "AzureTranscriptionEngineListOfLanguages": ".azure_transcription_engine_list_of_languages",
    "AzureTranscriptionEngineListOfRegions": ".azure_transcription_engine_list_of_regions",
    "AzureVoiceSettings": ".azure_voice_settings",
    "BookAppointmentTool": ".book_appointment_tool",
    "BookAppointmentToolParams": ".book_appointment_tool_params",
    "BridgeRequest": ".bridge_request",
    "BridgeRequestRingtone": ".bridge_request_ringtone",
    "BucketIds": ".bucket_ids",
    "Call": ".call",
    "CallAIGatherEnded": ".call_ai_gather_ended",
    "CallAIGatherEndedEvent": ".call_ai_gather_ended_event",
    "CallAIGatherEndedPayload": ".call_ai_gather_ended_payload",
    "CallAIGatherEndedPayloadMessageHistoryItem": ".call_ai_gather_ended_payload_message_history_item",
    "CallAIGatherMessageHistoryUpdated": ".call_ai_gather_message_history_updated",
    "CallAIGatherMessageHistoryUpdatedEvent": ".call_ai_gather_message_history_updated_event",
    "CallAIGatherMessageHistoryUpdatedPayload": ".call_ai_gather_message_history_updated_payload",
    "CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItem": ".call_ai_gather_message_history_updated_payload_message_history_item",
    "CallAIGatherPartialResults": ".call_ai_gather_partial_results",
    "CallAIGatherPartialResultsEvent": ".call_ai_gather_partial_results_event",
    "CallAIGatherPartialResultsPayload": ".call_ai_gather_partial_results_payload",
    "CallAIGatherPartialResultsPayloadMessageHistoryItem": ".call_ai_gather_partial_results_payload_message_history_item",
    "CallAnswered": ".call_answered",
    "CallAnsweredEvent": ".call_answered_event",
    "CallAnsweredPayload": ".call_answered_payload",
    "CallAssistantRequest": ".call_assistant_request",
    "CallAssistantRequestExternalLlm": ".call_assistant_request_external_llm",
    "CallAssistantRequestFallbackConfig": ".call_assistant_request_fallback_config",
    "CallAssistantRequestFallbackConfigExternalLlm": ".call_assistant_request_fallback_config_external_llm",
    "CallBridged": ".call_bridged",
    "CallBridgedEvent": ".call_bridged_event",
    "CallBridgedPayload": ".call_bridged_payload",
    "CallControlApplication": ".call_control_application",
    "CallControlApplicationAnchorsiteOverride": ".call_control_application_anchorsite_override",
    "CallControlApplicationInbound": ".call_control_application_inbound",
    "CallControlApplicationOutbound": ".call_control_application_outbound",
    "CallControlApplicationResponse": ".call_control_application_response",
    "CallControlCommandResponse": ".call_control_command_response",
    "CallControlCommandResponseWithConversationID": ".call_control_command_response_with_conversation_id",
    "CallControlCommandResponseWithConversationRelayID": ".call_control_command_response_with_conversation_relay_id",
    "CallControlCommandResponseWithRecordingID": ".call_control_command_response_with_recording_id",
    "CallControlCommandResult": ".call_control_command_result",
    "CallControlCommandResultWithConversationID": ".call_control_command_result_with_conversation_id",
    "CallControlCommandResultWithConversationRelayID": ".call_control_command_result_with_conversation_relay_id",
    "CallControlCommandResultWithRecordingID": ".call_control_command_result_with_recording_id",
    "CallControlError": ".call_control_error",
    "CallControlErrorSource": ".call_control_error_source",
    "CallControlErrors": ".call_control_errors",
    "CallConversationEnded": ".call_conversation_ended",
    "CallConversationEndedEvent": ".call_conversation_ended_event",
    "CallConversationEndedPayload": ".call_conversation_ended_payload",
    "CallConversationInsightsGenerated": ".call_conversation_insights_generated",
    "CallConversationInsightsGeneratedEvent": ".call_conversation_insights_generated_event",
    "CallConversationInsightsGeneratedPayload": ".call_conversation_insights_generated_payload",
    "CallConversationInsightsGeneratedPayloadResultsItem": ".call_conversation_insights_generated_payload_results_item",
    "CallCost": ".call_cost",
    "CallCostEvent": ".call_cost_event",
    "CallCostPart": ".call_cost_part",
    "CallCostPayload": ".call_cost_payload",
    "CallDeepfakeDetectionError": ".call_deepfake_detection_error",
    "CallDeepfakeDetectionErrorEvent": ".call_deepfake_detection_error_event",
    "CallDeepfakeDetectionErrorPayload": ".call_deepfake_detection_error_payload",
    "CallDeepfakeDetectionErrorPayloadErrorMessage": ".call_deepfake_detection_error_payload_error_message",
    "CallDeepfakeDetectionResult": ".call_deepfake_detection_result",
    "CallDeepfakeDetectionResultEvent": ".call_deepfake_detection_result_event",
    "CallDeepfakeDetectionResultPayload": ".call_deepfake_detection_result_payload",
    "CallDTMFReceived": ".call_dtmf_received",
    "CallDTMFReceivedEvent": ".call_dtmf_received_event",
    "CallDTMFReceivedPayload": ".call_dtmf_received_payload",
    "CallEnqueued": ".call_enqueued",
    "CallEnqueuedEvent": ".call_enqueued_event",
    "CallEnqueuedPayload": ".call_enqueued_payload",
    "CallEvent": ".call_event",
    "CallForkStarted": ".call_fork_started",
    "CallForkStartedEvent": ".call_fork_started_event",
    "CallForkStartedPayload": ".call_fork_started_payload",
    "CallForkStopped": ".call_fork_stopped",
    "CallForkStoppedEvent": ".call_fork_stopped_event",
    "CallForkStoppedPayload": ".call_fork_stopped_payload",
    "CallGatherEnded": ".call_gather_ended",
    "CallGatherEndedEvent": ".call_gather_ended_event",
    "CallGatherEndedPayload": ".call_gather_ended_payload",
    "CallGatherEndedPayloadStatus": ".call_gather_ended_payload_status",
    "CallHangup": ".call_hangup",
    "CallHangupEvent": ".call_hangup_event",
    "CallHangupPayload": ".call_hangup_payload",
    "CallHangupPayloadCallQualityStatsType0": ".call_hangup_payload_call_quality_stats_type_0",
    "CallHangupPayloadCallQualityStatsType0Inbound": ".call_hangup_payload_call_quality_stats_type_0_inbound",
    "CallHangupPayloadCallQualityStatsType0Outbound": ".call_hangup_payload_call_quality_stats_type_0_outbound",
    "CallHangupPayloadHangupCause": ".call_hangup_payload_hangup_cause",
    "CallHold": ".call_hold",
    "CallHoldEvent": ".call_hold_event",
    "CallHoldPayload": ".call_hold_payload",
    "CallInitiated": ".call_initiated",
    "CallInitiatedEvent": ".call_initiated_event",
    "CallInitiatedPayload": ".call_initiated_payload",
    "CallLeftQueue": ".call_left_queue",
    "CallLeftQueueEvent": ".call_left_queue_event",
    "CallLeftQueuePayload": ".call_left_queue_payload",
    "CallMachineDetectionEnded": ".call_machine_detection_ended",
    "CallMachineDetectionEndedEvent": ".call_machine_detection_ended_event",
    "CallMachineDetectionEndedPayload": ".call_machine_detection_ended_payload",
    "CallMachineGreetingEnded": ".call_machine_greeting_ended",
    "CallMachineGreetingEndedEvent": ".call_machine_greeting_ended_event",
    "CallMachineGreetingEndedPayload": ".call_machine_greeting_ended_payload",
    "CallMachinePremiumDetectionEnded": ".call_machine_premium_detection_ended",
    "CallMachinePremiumDetectionEndedEvent": ".call_machine_premium_detection_ended_event",
    "CallMachinePremiumDetectionEndedPayload": ".call_machine_premium_detection_ended_payload",
    "CallMachinePremiumDetectionEndedPayloadResult": ".call_machine_premium_detection_ended_payload_result",
    "CallMachinePremiumGreetingEnded": ".call_machine_premium_greeting_ended",
    "CallMachinePremiumGreetingEndedEvent": ".call_machine_premium_greeting_ended_event",
    "CallMachinePremiumGreetingEndedPayload": ".call_machine_premium_greeting_ended_payload",
    "CallPlaybackEnded": ".call_playback_ended",
    "CallPlaybackEndedEvent": ".call_playback_ended_event",
    "CallPlaybackEndedPayload": ".call_playback_ended_payload",
    "CallPlaybackEndedPayloadStatus": ".call_playback_ended_payload_status",
    "CallPlaybackStarted": ".call_playback_started",
    "CallPlaybackStartedEvent": ".call_playback_started_event",
    "CallPlaybackStartedPayload": ".call_playback_started_payload",
    "CallRecordingError": ".call_recording_error",
    "CallRecordingErrorEvent": ".call_recording_error_event",
    "CallRecordingErrorPayload": ".call_recording_error_payload",
    "CallRecordingErrorPayloadReason": ".call_recording_error_payload_reason",
    "CallRecordingSaved": ".call_recording_saved",
    "CallRecordingSavedEvent": ".call_recording_saved_event",
    "CallRecordingSavedPayload": ".call_recording_saved_payload",
    "CallRecordingSavedPayloadPublicRecordingUrls": ".call_recording_saved_payload_public_recording_urls",
    "CallRecordingSavedPayloadRecordingUrls": ".call_recording_saved_payload_recording_urls",
    "CallRecordingTranscriptionSaved": ".call_recording_transcription_saved",
    "CallRecordingTranscriptionSavedEvent": ".call_recording_transcription_saved_event",
    "CallRecordingTranscriptionSavedPayload": ".call_recording_transcription_saved_payload",
    "CallRecordingsCursorPaginationMeta": ".call_recordings_cursor_pagination_meta",
    "CallRecordingsError": ".call_recordings_error",
    "CallRecordingsErrorSource": ".call_recordings_error_source",
    "CallRecordingsErrors": ".call_recordings_errors",
    "CallReferCompleted": ".call_refer_completed",
    "CallReferCompletedEvent": ".call_refer_completed_event",
    "CallReferCompletedPayload": ".call_refer_completed_payload",
    "CallReferFailed": ".call_refer_failed",
    "CallReferFailedEvent": ".call_refer_failed_event",
    "CallReferFailedPayload": ".call_refer_failed_payload",
    "CallReferStarted": ".call_refer_started",
    "CallReferStartedEvent": ".call_refer_started_event",
    "CallReferStartedPayload": ".call_refer_started_payload",
    "CallSpeakEnded": ".call_speak_ended",
    "CallSpeakEndedEvent": ".call_speak_ended_event",
    "CallSpeakEndedPayload": ".call_speak_ended_payload",
    "CallSpeakStarted": ".call_speak_started",
    "CallSpeakStartedEvent": ".call_speak_started_event",
    "CallSpeakStartedPayload": ".call_speak_started_payload",
    "CallUnhold": ".call_unhold",
    "CallUnholdEvent": ".call_unhold_event",
    "CallUnholdPayload": ".call_unhold_payload",
    "CallWithRecordingID": ".call_with_recording_id",
    "CheckAvailabilityTool": ".check_availability_tool",
    "CheckAvailabilityToolParams": ".check_availability_tool_params",
    "Conference": ".conference",
    "ConferenceCommandResponse": ".conference_command_response",
    "ConferenceCommandResult": ".conference_command_result",
    "ConferenceCreated": ".conference_created",
    "ConferenceCreatedEvent": ".conference_created_event",
    "ConferenceCreatedPayload": ".conference_created_payload",
    "ConferenceEnded": ".conference_ended",
    "ConferenceEndedBy": ".conference_ended_by",
    "ConferenceEndedEvent": ".conference_ended_event",
    "ConferenceEndedPayload": ".conference_ended_payload",
    "ConferenceFloorChanged": ".conference_floor_changed",
    "ConferenceFloorChangedData": ".conference_floor_changed_data",
    "ConferenceFloorChangedDataPayload": ".conference_floor_changed_data_payload",
    "ConferenceGatherUsingAudioRequest": ".conference_gather_using_audio_request",
    "ConferenceHoldRequest": ".conference_hold_request",
    "ConferenceMuteRequest": ".conference_mute_request",
    "ConferenceParticipant": ".conference_participant",
    "ConferenceParticipantJoined": ".conference_participant_joined",
    "ConferenceParticipantJoinedEvent": ".conference_participant_joined_event",
    "ConferenceParticipantJoinedPayload": ".conference_participant_joined_payload",
    "ConferenceParticipantLeft": ".conference_participant_left",
    "ConferenceParticipantLeftEvent": ".conference_participant_left_event",
    "ConferenceParticipantLeftPayload": ".conference_participant_left_payload",
    "ConferenceParticipantPlaybackEnded": ".conference_participant_playback_ended",
    "ConferenceParticipantPlaybackEndedEvent": ".conference_participant_playback_ended_event",
    "ConferenceParticipantPlaybackEndedPayload": ".conference_participant_playback_ended_payload",
    "ConferenceParticipantPlaybackStarted": ".conference_participant_playback_started",
    "ConferenceParticipantPlaybackStartedEvent": ".conference_participant_playback_started_event",
    "ConferenceParticipantPlaybackStartedPayload": ".conference_participant_playback_started_payload",
    "ConferenceParticipantResource": ".conference_participant_resource",
    "ConferenceParticipantSpeakEnded": ".conference_participant_speak_ended",
    "ConferenceParticipantSpeakEndedEvent": ".conference_participant_speak_ended_event",
    "ConferenceParticipantSpeakEndedPayload": ".conference_participant_speak_ended_payload",
    "ConferenceParticipantSpeakStarted": ".conference_participant_speak_started",
    "ConferenceParticipantSpeakStartedEvent": ".conference_participant_speak_started_event",
    "ConferenceParticipantSpeakStartedPayload": ".conference_participant_speak_started_payload",
    "ConferencePlayRequest": ".conference_play_request",
    "ConferencePlaybackEnded": ".conference_playback_ended",
    "ConferencePlaybackEndedEvent": ".conference_playback_ended_event",
    "ConferencePlaybackEndedPayload": ".conference_playback_ended_payload",
    "ConferencePlaybackStarted": ".conference_playback_started",
    "ConferencePlaybackStartedEvent": ".conference_playback_started_event",
    "ConferencePlaybackStartedPayload": ".conference_playback_started_payload",
    "ConferenceRecordingSaved": ".conference_recording_saved",
    "ConferenceRecordingSavedEvent": ".conference_recording_saved_event",
    "ConferenceRecordingSavedPayload": ".conference_recording_saved_payload",
    "ConferenceRecordingSavedPayloadPublicRecordingUrls": ".conference_recording_saved_payload_public_recording_urls",
    "ConferenceRecordingSavedPayloadRecordingUrls": ".conference_recording_saved_payload_recording_urls",
    "ConferenceResponse": ".conference_response",
    "ConferenceSendDTMFRequest": ".conference_send_dtmf_request",
    "ConferenceSpeakEnded": ".conference_speak_ended",
    "ConferenceSpeakEndedEvent": ".conference_speak_ended_event",
    "ConferenceSpeakEndedPayload": ".conference_speak_ended_payload",
    "ConferenceSpeakRequest": ".conference_speak_request",
    "ConferenceSpeakStarted": ".conference_speak_started",
    "ConferenceSpeakStartedEvent": ".conference_speak_started_event",
    "ConferenceSpeakStartedPayload": ".conference_speak_started_payload",
    "ConferenceStopRequest": ".conference_stop_request",
    "ConferenceUnholdRequest": ".conference_unhold_request",
    "ConferenceUnmuteRequest": ".conference_unmute_request",
    "Connection": ".connection",
    "ConnectionResponse": ".connection_response",
    "ConnectionsPaginationMeta": ".connections_pagination_meta",
    "ConversationRelayCustomParameters": ".conversation_relay_custom_parameters",
    "ConversationRelayEmbeddedConfig": ".conversation_relay_embedded_config",
    "ConversationRelayInterruptionSettings": ".conversation_relay_interruption_settings",
    "ConversationRelayLanguage": ".conversation_relay_language",
    "ConversationRelayLanguageTranscriptionEngine": ".conversation_relay_language_transcription_engine",
    "ConversationRelaySettings": ".conversation_relay_settings",
    "ConversationRelayStartRequest": ".conversation_relay_start_request",
    "ConversationRelayStopRequest": ".conversation_relay_stop_request",
    "CreateCallControlApplicationRequest": ".create_call_control_application_request",
    "CreateConferenceRequest": ".create_conference_request",
    "CreateQueueRequest": ".create_queue_request",
    "Cursor": ".cursor",
    "CursorPaginationMeta": ".cursor_pagination_meta",
    "CustomSIPHeader": ".custom_sip_header",
    "DeepgramNova2Config": ".deepgram_nova_2_config",
    "DeepgramNova2TranscriptionEngineListOfLanguages": ".deepgram_nova_2_transcription_engine_list_of_languages",
    "DeepgramNova3Config": ".deepgram_nova_3_config",
    "DeepgramNova3TranscriptionEngineListOfLanguages": ".deepgram_nova_3_transcription_engine_list_of_languages",
    "DeleteRecordingsBody": ".delete_recordings_body",
    "DeveloperMessage": ".developer_message",
    "DialRequest": ".dial_request",
    "DialRequestAnsweringMachineDetection": ".dial_request_answering_machine_detection",
    "DialRequestAnsweringMachineDetectionConfig": ".dial_request_answering_machine_detection_config",
    "DialRequestConferenceConfig": ".dial_request_conference_config",
    "DialRequestDeepfakeDetection": ".dial_request_deepfake_detection",
    "DialRequestWebhookRetriesPolicies": ".dial_request_webhook_retries_policies",
    "DialRequestWebhookRetriesPoliciesAdditionalProperty": ".dial_request_webhook_retries_policies_additional_property",
    "DialogflowConfig": ".dialogflow_config",
    "ElevenLabsVoiceSettings": ".eleven_labs_voice_settings",
    "EndConferenceRequest": ".end_conference_request",
    "EnqueueRequest": ".enqueue_request",
    "ErrorResponse": ".error_response",
    "ErrorResponseErrorsItem": ".error_response_errors_item",
    "ErrorResponseErrorsItemMeta": ".error_response_errors_item_meta",
    "ErrorResponseErrorsItemSource": ".error_response_errors_item_source",
    "Gather": ".gather",
    "GatherUsingAIRequest": ".gather_using_ai_request",
    "GatherUsingAIRequestMessageHistoryItem": ".gather_using_ai_request_message_history_item",
    "GatherUsingAudioRequest": ".gather_using_audio_request",
    "GatherUsingSpeakRequest": ".gather_using_speak_request",
    "GetRecordingTranscriptionsFilter": ".get_recording_transcriptions_filter",
    "GetRecordingTranscriptionsFilterCreatedAt": ".get_recording_transcriptions_filter_created_at",
    "GetRecordingTranscriptionsPage": ".get_recording_transcriptions_page",
    "GetRecordingsFilter": ".get_recordings_filter",
    "GetRecordingsFilterCreatedAt": ".get_recordings_filter_created_at",
    "GetRecordingsFilterEndTime": ".get_recordings_filter_end_time",
    "GetRecordingsFilterStartTime": ".get_recordings_filter_start_time",
    "GetRecordingsPage": ".get_recordings_page",
    "GoogleTranscriptionEngineListOfLanguages": ".google_transcription_engine_list_of_languages",
    "HangupRequest": ".hangup_request",
    "HangupTool": ".hangup_tool",
    "HangupToolParams": ".hangup_tool_params",
    "InterruptionSettings": ".interruption_settings",
    "InworldVoiceSettings": ".inworld_voice_settings",
    "JoinConferenceRequest": ".join_conference_request",
    "LeaveConferenceRequest": ".leave_conference_request",
    "LeaveQueueRequest": ".leave_queue_request",
    "ListCallControlApplicationsFilter": ".list_call_control_applications_filter",
    "ListCallControlApplicationsFilterApplicationName": ".list_call_control_applications_filter_application_name",
    "ListCallControlApplicationsFilterOccurredAt": ".list_call_control_applications_filter_occurred_at",
    "ListCallControlApplicationsPage": ".list_call_control_applications_page",
    "ListCallControlApplicationsResponse": ".list_call_control_applications_response",
    "ListCallEventsFilter": ".list_call_events_filter",
    "ListCallEventsFilterApplicationName": ".list_call_events_filter_application_name",
    "ListCallEventsFilterOccurredAt": ".list_call_events_filter_occurred_at",
    "ListCallEventsPage": ".list_call_events_page",
    "ListCallEventsResponse": ".list_call_events_response",
    "ListConferenceParticipantsFilter": ".list_conference_participants_filter",
    "ListConferenceParticipantsPage": ".list_conference_participants_page",
    "ListConferencesFilter": ".list_conferences_filter",
    "ListConferencesFilterApplicationName": ".list_conferences_filter_application_name",
    "ListConferencesFilterOccurredAt": ".list_conferences_filter_occurred_at",
    "ListConferencesPage": ".list_conferences_page",
    "ListConferencesResponse": ".list_conferences_response",
    "ListConnectionActiveCallsPage": ".list_connection_active_calls_page",
    "ListConnectionsFilter": ".list_connections_filter",
    "ListConnectionsFilterConnectionName": ".list_connections_filter_connection_name",
    "ListConnectionsPage": ".list_connections_page",
    "ListConnectionsResponse": ".list_connections_response",
    "ListMediaStorageFilter": ".list_media_storage_filter",
    "ListOfMediaResourcesResponse": ".list_of_media_resources_response",
    "ListParticipantsResponse": ".list_participants_response",
    "ListQueueCallsPage": ".list_queue_calls_page",
    "ListQueueCallsResponse": ".list_queue_calls_response",
    "ListQueuesPage": ".list_queues_page",
    "ListQueuesResponse": ".list_queues_response",
    "MediaResource": ".media_resource",
    "MediaResourceResponse": ".media_resource_response",
    "MediaStorageError": ".media_storage_error",
    "MediaStorageErrorSource": ".media_storage_error_source",
    "MediaStorageErrors": ".media_storage_errors",
    "MinimaxVoiceSettings": ".minimax_voice_settings",
    "MinimaxVoiceSettingsLanguageBoostType1": ".minimax_voice_settings_language_boost_type_1",
    "NoiseSuppressionEngine": ".noise_suppression_engine",
    "NoiseSuppressionEngineConfiguration": ".noise_suppression_engine_configuration",
    "NoiseSuppressionEngineConfigurationModel": ".noise_suppression_engine_configuration_model",
    "NoiseSuppressionStartRequest": ".noise_suppression_start_request",
    "NoiseSuppressionStopRequest": ".noise_suppression_stop_request",
    "PaginationMeta": ".pagination_meta",
    "Participant": ".participant",
    "ParticipantConference": ".participant_conference",
    "PauseConferenceRecordingRequest": ".pause_conference_recording_request",
    "PauseRecordingRequest": ".pause_recording_request",
    "PlayAudioURLRequest": ".play_audio_url_request",
    "PlaybackStopRequest": ".playback_stop_request",
    "Queue": ".queue",
    "QueueCall": ".queue_call",
    "QueueCallResponse": ".queue_call_response",
    "QueueResponse": ".queue_response",
    "RecordingResponse": ".recording_response",
    "RecordingResponseData": ".recording_response_data",
    "RecordingResponseDataDownloadUrls": ".recording_response_data_download_urls",
    "RecordingResponseDataListResponse": ".recording_response_data_list_response",
    "RecordingTranscriptionListResponse": ".recording_transcription_list_response",
    "RecordingTranscriptionResponse": ".recording_transcription_response",
    "RecordingTranscriptionsResponseData": ".recording_transcriptions_response_data",
    "ReferRequest": ".refer_request",
    "RejectRequest": ".reject_request",
    "ResembleVoiceSettings": ".resemble_voice_settings",
    "ResumeConferenceRecordingRequest": ".resume_conference_recording_request",
    "ResumeRecordingRequest": ".resume_recording_request",
    "RetrievalTool": ".retrieval_tool",
    "RetrieveCallStatusResponse": ".retrieve_call_status_response",
    "RetrieveCallStatusResponseWithRecordingID": ".retrieve_call_status_response_with_recording_id",
    "RimeVoiceSettings": ".rime_voice_settings",
    "SendDTMFRequest": ".send_dtmf_request",
    "SendSIPInfoRequest": ".send_sip_info_request",
    "SIPHeader": ".sip_header",
    "SiprecFailed": ".siprec_failed",
    "SiprecFailedEvent": ".siprec_failed_event",
    "SiprecFailedPayload": ".siprec_failed_payload",
    "SiprecStarted": ".siprec_started",
    "SiprecStartedEvent": ".siprec_started_event",
    "SiprecStartedPayload": ".siprec_started_payload",
    "SiprecStopped": ".siprec_stopped",
    "SiprecStoppedEvent": ".siprec_stopped_event",
    "SiprecStoppedPayload": ".siprec_stopped_payload",
    "SoundModifications": ".sound_modifications",
    "SpeakRequest": ".speak_request",
    "SpeakRequestLanguage": ".speak_request_language",
    "SpeechmaticsTranscriptionEngineListOfLanguages": ".speechmatics_transcription_engine_list_of_languages",
    "StartConferenceRecordingRequest": ".start_conference_recording_request",
    "StartForkingRequest": ".start_forking_request",
    "StartRecordingRequest": ".start_recording_request",
    "StartSiprecRequest": ".start_siprec_request",
    "StartStreamingRequest": ".start_streaming_request",
    "StartStreamingRequestCustomParametersItem": ".start_streaming_request_custom_parameters_item",
    "StopForkingRequest": ".stop_forking_request",
    "StopGatherRequest": ".stop_gather_request",
    "StopRecordingConferenceRequest": ".stop_recording_conference_request",
    "StopRecordingRequest": ".stop_recording_request",
    "StopSiprecRequest": ".stop_siprec_request",
    "StopStreamingRequest": ".stop_streaming_request",
    "StreamingFailed": ".streaming_failed",
    "StreamingFailedEvent": ".streaming_failed_event",
    "StreamingFailedPayload": ".streaming_failed_payload",
    "StreamingFailedPayloadStreamParams": ".streaming_failed_payload_stream_params",
    "StreamingStarted": ".streaming_started",
    "StreamingStartedEvent": ".streaming_started_event",
    "StreamingStartedPayload": ".streaming_started_payload",
    "StreamingStopped": ".streaming_stopped",
    "StreamingStoppedEvent": ".streaming_stopped_event",
    "StreamingStoppedPayload": ".streaming_stopped_payload",
    "SwitchSupervisorRoleRequest": ".switch_supervisor_role_request",
    "SystemMessage": ".system_message",
    "TelnyxTranscriptionEngineListOfLanguages": ".telnyx_transcription_engine_list_of_languages",
    "TelnyxVoiceSettings": ".telnyx_voice_settings",
    "ToolCall": ".tool_call",
    "ToolCallFunction": ".tool_call_function",
    "ToolMessage": ".tool_message",
    "Transcription": ".transcription",
    "TranscriptionConfig": ".transcription_config",
    "TranscriptionConfigModel": ".transcription_config_model",
    "TranscriptionEngineAConfig": ".transcription_engine_a_config",
    "TranscriptionEngineAConfigModel": ".transcription_engine_a_config_model",
    "TranscriptionEngineAConfigSpeechContextItem": ".transcription_engine_a_config_speech_context_item",
    "TranscriptionEngineAssemblyAIConfig": ".transcription_engine_assembly_ai_config",
    "TranscriptionEngineAzureConfig": ".transcription_engine_azure_config",
    "TranscriptionEngineBConfig": ".transcription_engine_b_config",
    "TranscriptionEngineGoogleConfig": ".transcription_engine_google_config",
    "TranscriptionEngineGoogleConfigSpeechContextItem": ".transcription_engine_google_config_speech_context_item",
    "TranscriptionEngineParakeetConfig": ".transcription_engine_parakeet_config",
    "TranscriptionEngineSonioxConfig": ".transcription_engine_soniox_config",
    "TranscriptionEngineSpeechmaticsConfig": ".transcription_engine_speechmatics_config",
    "TranscriptionEngineTelnyxConfig": ".transcription_engine_telnyx_config",
    "TranscriptionEngineXAIConfig": ".transcription_engine_xai_config",
    "TranscriptionEvent": ".transcription_event",
    "TranscriptionLanguage": ".transcription_language",
    "TranscriptionPayload": ".transcription_payload",
    "TranscriptionPayloadTranscriptionData": ".transcription_payload_transcription_data",
    "TranscriptionStartRequest": ".transcription_start_request",
    "TranscriptionStartRequestTranscriptionEngine": ".transcription_start_request_transcription_engine",
    "TranscriptionStopRequest": ".transcription_stop_request",
    "TransferCallRequest": ".transfer_call_request",
    "TransferCallRequestAnsweringMachineDetectionConfig": ".transfer_call_request_answering_machine_detection_config",
    "TransferCallRequestWebhookRetriesPolicies": ".transfer_call_request_webhook_retries_policies",
    "TransferCallRequestWebhookRetriesPoliciesAdditionalProperty": ".transfer_call_request_webhook_retries_policies_additional_property",
    "TransferTool": ".transfer_tool",
    "TransferToolParams": ".transfer_tool_params",
    "TransferToolParamsTargetsType0Item": ".transfer_tool_params_targets_type_0_item",
    "UpdateCallControlApplicationRequest": ".update_call_control_application_request",
    "UpdateClientStateRequest": ".update_client_state_request",
    "UpdateConferenceParticipantRequest": ".update_conference_participant_request",
    "UpdateConferenceRequest": ".update_conference_request",
    "UpdateMediaMultipartRequest": ".update_media_multipart_request",
    "UpdateMediaRequest": ".update_media_request",
    "UpdateQueueRequest": ".update_queue_request",
    "UpdateQueuedCallRequest": ".update_queued_call_request",
    "UploadMediaMultipartRequest": ".upload_media_multipart_request",
    "UploadMediaRequest": ".upload_media_request",
    "UserMessage": ".user_message",
    "WebhookDeliveryMeta": ".webhook_delivery_meta",
    "WebhookTool": ".webhook_tool",
    "WebhookToolParams": ".webhook_tool_params",
    "WebhookToolParamsBodyParameters": ".webhook_tool_params_body_parameters",
    "WebhookToolParamsHeadersItem": ".webhook_tool_params_headers_item",
    "WebhookToolParamsPathParameters": ".webhook_tool_params_path_parameters",
    "WebhookToolParamsQueryParameters": ".webhook_tool_params_query_parameters",
    "XAITranscriptionEngineListOfLanguages": ".xai_transcription_engine_list_of_languages",
    "XAIVoiceSettings": ".xai_voice_settings",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = [
    "AIAssistantAddMessagesRequest",
    "AIAssistantJoinParticipant",
    "AIAssistantJoinRequest",
    "AIAssistantStartRequest",
    "AIAssistantStopRequest",
    "AWSVoiceSettings",
    "ActiveCall",
    "ActiveCallsResponse",
    "AnchorsiteOverride",
    "AnonymousResponse",
    "AnswerRequest",
    "AnswerRequestDeepfakeDetection",
    "AnswerRequestWebhookRetriesPolicies",
    "AnswerRequestWebhookRetriesPoliciesAdditionalProperty",
    "Assistant",
    "AssistantMessage",
    "AzureTranscriptionEngineListOfLanguages",
    "AzureTranscriptionEngineListOfRegions",
    "AzureVoiceSettings",
    "BookAppointmentTool",
    "BookAppointmentToolParams",
    "BridgeRequest",
    "BridgeRequestRingtone",
    "BucketIds",
    "Call",
    "CallAIGatherEnded",
    "CallAIGatherEndedEvent",
    "CallAIGatherEndedPayload",
    "CallAIGatherEndedPayloadMessageHistoryItem",
    "CallAIGatherMessageHistoryUpdated",
    "CallAIGatherMessageHistoryUpdatedEvent",
    "CallAIGatherMessageHistoryUpdatedPayload",
    "CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItem",
    "CallAIGatherPartialResults",
    "CallAIGatherPartialResultsEvent",
    "CallAIGatherPartialResultsPayload",
    "CallAIGatherPartialResultsPayloadMessageHistoryItem",
    "CallAnswered",
    "CallAnsweredEvent",
    "CallAnsweredPayload",
    "CallAssistantRequest",
    "CallAssistantRequestExternalLlm",
    "CallAssistantRequestFallbackConfig",
    "CallAssistantRequestFallbackConfigExternalLlm",
    "CallBridged",
    "CallBridgedEvent",
    "CallBridgedPayload",
    "CallControlApplication",
    "CallControlApplicationAnchorsiteOverride",
    "CallControlApplicationInbound",
    "CallControlApplicationOutbound",
    "CallControlApplicationResponse",
    "CallControlCommandResponse",
    "CallControlCommandResponseWithConversationID",
    "CallControlCommandResponseWithConversationRelayID",
    "CallControlCommandResponseWithRecordingID",
    "CallControlCommandResult",
    "CallControlCommandResultWithConversationID",
    "CallControlCommandResultWithConversationRelayID",
    "CallControlCommandResultWithRecordingID",
    "CallControlError",
    "CallControlErrorSource",
    "CallControlErrors",
    "CallConversationEnded",
    "CallConversationEndedEvent",
    "CallConversationEndedPayload",
    "CallConversationInsightsGenerated",
    "CallConversationInsightsGeneratedEvent",
    "CallConversationInsightsGeneratedPayload",
    "CallConversationInsightsGeneratedPayloadResultsItem",
    "CallCost",
    "CallCostEvent",
    "CallCostPart",
    "CallCostPayload",
    "CallDTMFReceived",
    "CallDTMFReceivedEvent",
    "CallDTMFReceivedPayload",
    "CallDeepfakeDetectionError",
    "CallDeepfakeDetectionErrorEvent",
    "CallDeepfakeDetectionErrorPayload",
    "CallDeepfakeDetectionErrorPayloadErrorMessage",
    "CallDeepfakeDetectionResult",
    "CallDeepfakeDetectionResultEvent",
    "CallDeepfakeDetectionResultPayload",
    "CallEnqueued",
    "CallEnqueuedEvent",
    "CallEnqueuedPayload",
    "CallEvent",
    "CallForkStarted",
    "CallForkStartedEvent",
    "CallForkStartedPayload",
    "CallForkStopped",
    "CallForkStoppedEvent",
    "CallForkStoppedPayload",
    "CallGatherEnded",
    "CallGatherEndedEvent",
    "CallGatherEndedPayload",
    "CallGatherEndedPayloadStatus",
    "CallHangup",
    "CallHangupEvent",
    "CallHangupPayload",
    "CallHangupPayloadCallQualityStatsType0",
    "CallHangupPayloadCallQualityStatsType0Inbound",
    "CallHangupPayloadCallQualityStatsType0Outbound",
    "CallHangupPayloadHangupCause",
    "CallHold",
    "CallHoldEvent",
    "CallHoldPayload",
    "CallInitiated",
    "CallInitiatedEvent",
    "CallInitiatedPayload",
    "CallLeftQueue",
    "CallLeftQueueEvent",
    "CallLeftQueuePayload",
    "CallMachineDetectionEnded",
    "CallMachineDetectionEndedEvent",
    "CallMachineDetectionEndedPayload",
    "CallMachineGreetingEnded",
    "CallMachineGreetingEndedEvent",
    "CallMachineGreetingEndedPayload",
    "CallMachinePremiumDetectionEnded",
    "CallMachinePremiumDetectionEndedEvent",
    "CallMachinePremiumDetectionEndedPayload",
    "CallMachinePremiumDetectionEndedPayloadResult",
    "CallMachinePremiumGreetingEnded",
    "CallMachinePremiumGreetingEndedEvent",
    "CallMachinePremiumGreetingEndedPayload",
    "CallPlaybackEnded",
    "CallPlaybackEndedEvent",
    "CallPlaybackEndedPayload",
    "CallPlaybackEndedPayloadStatus",
    "CallPlaybackStarted",
    "CallPlaybackStartedEvent",
    "CallPlaybackStartedPayload",
    "CallRecordingError",
    "CallRecordingErrorEvent",
    "CallRecordingErrorPayload",
    "CallRecordingErrorPayloadReason",
    "CallRecordingSaved",
    "CallRecordingSavedEvent",
    "CallRecordingSavedPayload",
    "CallRecordingSavedPayloadPublicRecordingUrls",
    "CallRecordingSavedPayloadRecordingUrls",
    "CallRecordingTranscriptionSaved",
    "CallRecordingTranscriptionSavedEvent",
    "CallRecordingTranscriptionSavedPayload",
    "CallRecordingsCursorPaginationMeta",
    "CallRecordingsError",
    "CallRecordingsErrorSource",
    "CallRecordingsErrors",
    "CallReferCompleted",
    "CallReferCompletedEvent",
    "CallReferCompletedPayload",
    "CallReferFailed",
    "CallReferFailedEvent",
    "CallReferFailedPayload",
    "CallReferStarted",
    "CallReferStartedEvent",
    "CallReferStartedPayload",
    "CallSpeakEnded",
    "CallSpeakEndedEvent",
    "CallSpeakEndedPayload",
    "CallSpeakStarted",
    "CallSpeakStartedEvent",
    "CallSpeakStartedPayload",
    "CallUnhold",
    "CallUnholdEvent",
    "CallUnholdPayload",
    "CallWithRecordingID",
    "CheckAvailabilityTool",
    "CheckAvailabilityToolParams",
    "Conference",
    "ConferenceCommandResponse",
    "ConferenceCommandResult",
    "ConferenceCreated",
    "ConferenceCreatedEvent",
    "ConferenceCreatedPayload",
    "ConferenceEnded",
    "ConferenceEndedBy",
    "ConferenceEndedEvent",
    "ConferenceEndedPayload",
    "ConferenceFloorChanged",
    "ConferenceFloorChangedData",
    "ConferenceFloorChangedDataPayload",
    "ConferenceGatherUsingAudioRequest",
    "ConferenceHoldRequest",
    "ConferenceMuteRequest",
    "ConferenceParticipant",
    "ConferenceParticipantJoined",
    "ConferenceParticipantJoinedEvent",
    "ConferenceParticipantJoinedPayload",
    "ConferenceParticipantLeft",
    "ConferenceParticipantLeftEvent",
    "ConferenceParticipantLeftPayload",
    "ConferenceParticipantPlaybackEnded",
    "ConferenceParticipantPlaybackEndedEvent",
    "ConferenceParticipantPlaybackEndedPayload",
    "ConferenceParticipantPlaybackStarted",
    "ConferenceParticipantPlaybackStartedEvent",
    "ConferenceParticipantPlaybackStartedPayload",
    "ConferenceParticipantResource",
    "ConferenceParticipantSpeakEnded",
    "ConferenceParticipantSpeakEndedEvent",
    "ConferenceParticipantSpeakEndedPayload",
    "ConferenceParticipantSpeakStarted",
    "ConferenceParticipantSpeakStartedEvent",
    "ConferenceParticipantSpeakStartedPayload",
    "ConferencePlayRequest",
    "ConferencePlaybackEnded",
    "ConferencePlaybackEndedEvent",
    "ConferencePlaybackEndedPayload",
    "ConferencePlaybackStarted",
    "ConferencePlaybackStartedEvent",
    "ConferencePlaybackStartedPayload",
    "ConferenceRecordingSaved",
    "ConferenceRecordingSavedEvent",
    "ConferenceRecordingSavedPayload",
    "ConferenceRecordingSavedPayloadPublicRecordingUrls",
    "ConferenceRecordingSavedPayloadRecordingUrls",
    "ConferenceResponse",
    "ConferenceSendDTMFRequest",
    "ConferenceSpeakEnded",
    "ConferenceSpeakEndedEvent",
    "ConferenceSpeakEndedPayload",
    "ConferenceSpeakRequest",
    "ConferenceSpeakStarted",
    "ConferenceSpeakStartedEvent",
    "ConferenceSpeakStartedPayload",
    "ConferenceStopRequest",
    "ConferenceUnholdRequest",
    "ConferenceUnmuteRequest",
    "Connection",
    "ConnectionResponse",
    "ConnectionsPaginationMeta",
    "ConversationRelayCustomParameters",
    "ConversationRelayEmbeddedConfig",
    "ConversationRelayInterruptionSettings",
    "ConversationRelayLanguage",
    "ConversationRelayLanguageTranscriptionEngine",
    "ConversationRelaySettings",
    "ConversationRelayStartRequest",
    "ConversationRelayStopRequest",
    "CreateCallControlApplicationRequest",
    "CreateConferenceRequest",
    "CreateQueueRequest",
    "Cursor",
    "CursorPaginationMeta",
    "CustomSIPHeader",
    "DeepgramNova2Config",
    "DeepgramNova2TranscriptionEngineListOfLanguages",
    "DeepgramNova3Config",
    "DeepgramNova3TranscriptionEngineListOfLanguages",
    "DeleteRecordingsBody",
    "DeveloperMessage",
    "DialRequest",
    "DialRequestAnsweringMachineDetection",
    "DialRequestAnsweringMachineDetectionConfig",
    "DialRequestConferenceConfig",
    "DialRequestDeepfakeDetection",
    "DialRequestWebhookRetriesPolicies",
    "DialRequestWebhookRetriesPoliciesAdditionalProperty",
    "DialogflowConfig",
    "ElevenLabsVoiceSettings",
    "EndConferenceRequest",
    "EnqueueRequest",
    "ErrorResponse",
    "ErrorResponseErrorsItem",
    "ErrorResponseErrorsItemMeta",
    "ErrorResponseErrorsItemSource",
    "Gather",
    "GatherUsingAIRequest",
    "GatherUsingAIRequestMessageHistoryItem",
    "GatherUsingAudioRequest",
    "GatherUsingSpeakRequest",
    "GetRecordingTranscriptionsFilter",
    "GetRecordingTranscriptionsFilterCreatedAt",
    "GetRecordingTranscriptionsPage",
    "GetRecordingsFilter",
    "GetRecordingsFilterCreatedAt",
    "GetRecordingsFilterEndTime",
    "GetRecordingsFilterStartTime",
    "GetRecordingsPage",
    "GoogleTranscriptionEngineListOfLanguages",
    "HangupRequest",
    "HangupTool",
    "HangupToolParams",
    "InterruptionSettings",
    "InworldVoiceSettings",
    "JoinConferenceRequest",
    "LeaveConferenceRequest",
    "LeaveQueueRequest",
    "ListCallControlApplicationsFilter",
    "ListCallControlApplicationsFilterApplicationName",
    "ListCallControlApplicationsFilterOccurredAt",
    "ListCallControlApplicationsPage",
    "ListCallControlApplicationsResponse",
    "ListCallEventsFilter",
    "ListCallEventsFilterApplicationName",
    "ListCallEventsFilterOccurredAt",
    "ListCallEventsPage",
    "ListCallEventsResponse",
    "ListConferenceParticipantsFilter",
    "ListConferenceParticipantsPage",
    "ListConferencesFilter",
    "ListConferencesFilterApplicationName",
    "ListConferencesFilterOccurredAt",
    "ListConferencesPage",
    "ListConferencesResponse",
    "ListConnectionActiveCallsPage",
    "ListConnectionsFilter",
    "ListConnectionsFilterConnectionName",
    "ListConnectionsPage",
    "ListConnectionsResponse",
    "ListMediaStorageFilter",
    "ListOfMediaResourcesResponse",
    "ListParticipantsResponse",
    "ListQueueCallsPage",
    "ListQueueCallsResponse",
    "ListQueuesPage",
    "ListQueuesResponse",
    "MediaResource",
    "MediaResourceResponse",
    "MediaStorageError",
    "MediaStorageErrorSource",
    "MediaStorageErrors",
    "MinimaxVoiceSettings",
    "MinimaxVoiceSettingsLanguageBoostType1",
    "NoiseSuppressionEngine",
    "NoiseSuppressionEngineConfiguration",
    "NoiseSuppressionEngineConfigurationModel",
    "NoiseSuppressionStartRequest",
    "NoiseSuppressionStopRequest",
    "PaginationMeta",
    "Participant",
    "ParticipantConference",
    "PauseConferenceRecordingRequest",
    "PauseRecordingRequest",
    "PlayAudioURLRequest",
    "PlaybackStopRequest",
    "Queue",
    "QueueCall",
    "QueueCallResponse",
    "QueueResponse",
    "RecordingResponse",
    "RecordingResponseData",
    "RecordingResponseDataDownloadUrls",
    "RecordingResponseDataListResponse",
    "RecordingTranscriptionListResponse",
    "RecordingTranscriptionResponse",
    "RecordingTranscriptionsResponseData",
    "ReferRequest",
    "RejectRequest",
    "ResembleVoiceSettings",
    "ResumeConferenceRecordingRequest",
    "ResumeRecordingRequest",
    "RetrievalTool",
    "RetrieveCallStatusResponse",
    "RetrieveCallStatusResponseWithRecordingID",
    "RimeVoiceSettings",
    "SIPHeader",
    "SendDTMFRequest",
    "SendSIPInfoRequest",
    "SiprecFailed",
    "SiprecFailedEvent",
    "SiprecFailedPayload",
    "SiprecStarted",
    "SiprecStartedEvent",
    "SiprecStartedPayload",
    "SiprecStopped",
    "SiprecStoppedEvent",
    "SiprecStoppedPayload",
    "SoundModifications",
    "SpeakRequest",
    "SpeakRequestLanguage",
    "SpeechmaticsTranscriptionEngineListOfLanguages",
    "StartConferenceRecordingRequest",
    "StartForkingRequest",
    "StartRecordingRequest",
    "StartSiprecRequest",
    "StartStreamingRequest",
    "StartStreamingRequestCustomParametersItem",
    "StopForkingRequest",
    "StopGatherRequest",
    "StopRecordingConferenceRequest",
    "StopRecordingRequest",
    "StopSiprecRequest",
    "StopStreamingRequest",
    "StreamingFailed",
    "StreamingFailedEvent",
    "StreamingFailedPayload",
    "StreamingFailedPayloadStreamParams",
    "StreamingStarted",
    "StreamingStartedEvent",
    "StreamingStartedPayload",
    "StreamingStopped",
    "StreamingStoppedEvent",
    "StreamingStoppedPayload",
    "SwitchSupervisorRoleRequest",
    "SystemMessage",
    "TelnyxTranscriptionEngineListOfLanguages",
    "TelnyxVoiceSettings",
    "ToolCall",
    "ToolCallFunction",
    "ToolMessage",
    "Transcription",
    "TranscriptionConfig",
    "TranscriptionConfigModel",
    "TranscriptionEngineAConfig",
    "TranscriptionEngineAConfigModel",
    "TranscriptionEngineAConfigSpeechContextItem",
    "TranscriptionEngineAssemblyAIConfig",
    "TranscriptionEngineAzureConfig",
    "TranscriptionEngineBConfig",
    "TranscriptionEngineGoogleConfig",
    "TranscriptionEngineGoogleConfigSpeechContextItem",
    "TranscriptionEngineParakeetConfig",
    "TranscriptionEngineSonioxConfig",
    "TranscriptionEngineSpeechmaticsConfig",
    "TranscriptionEngineTelnyxConfig",
    "TranscriptionEngineXAIConfig",
    "TranscriptionEvent",
    "TranscriptionLanguage",
    "TranscriptionPayload",
    "TranscriptionPayloadTranscriptionData",
    "TranscriptionStartRequest",
    "TranscriptionStartRequestTranscriptionEngine",
    "TranscriptionStopRequest",
    "TransferCallRequest",
    "TransferCallRequestAnsweringMachineDetectionConfig",
    "TransferCallRequestWebhookRetriesPolicies",
    "TransferCallRequestWebhookRetriesPoliciesAdditionalProperty",
    "TransferTool",
    "TransferToolParams",
    "TransferToolParamsTargetsType0Item",
    "UpdateCallControlApplicationRequest",
    "UpdateClientStateRequest",
    "UpdateConferenceParticipantRequest",
    "UpdateConferenceRequest",
    "UpdateMediaMultipartRequest",
    "UpdateMediaRequest",
    "UpdateQueueRequest",
    "UpdateQueuedCallRequest",
    "UploadMediaMultipartRequest",
    "UploadMediaRequest",
    "UserMessage",
    "WebhookDeliveryMeta",
    "WebhookTool",
    "WebhookToolParams",
    "WebhookToolParamsBodyParameters",
    "WebhookToolParamsHeadersItem",
    "WebhookToolParamsPathParameters",
    "WebhookToolParamsQueryParameters",
    "XAITranscriptionEngineListOfLanguages",
    "XAIVoiceSettings",
]
