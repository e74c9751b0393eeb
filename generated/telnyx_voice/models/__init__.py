"""The data models of requests and responses, each imported on first use."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_call import ActiveCall
    from .active_call_record_type import ActiveCallRecordType
    from .active_calls_response import ActiveCallsResponse
    from .ai_assistant_add_messages_request import AIAssistantAddMessagesRequest
    from .ai_assistant_join_participant import AIAssistantJoinParticipant
    from .ai_assistant_join_participant_on_hangup import AIAssistantJoinParticipantOnHangup
    from .ai_assistant_join_participant_role import AIAssistantJoinParticipantRole
    from .ai_assistant_join_request import AIAssistantJoinRequest
    from .ai_assistant_start_request import AIAssistantStartRequest
    from .ai_assistant_stop_request import AIAssistantStopRequest
    from .answer_request import AnswerRequest
    from .answer_request_deepfake_detection import AnswerRequestDeepfakeDetection
    from .answer_request_preferred_codecs import AnswerRequestPreferredCodecs
    from .answer_request_record import AnswerRequestRecord
    from .answer_request_record_channels import AnswerRequestRecordChannels
    from .answer_request_record_format import AnswerRequestRecordFormat
    from .answer_request_record_track import AnswerRequestRecordTrack
    from .answer_request_record_trim import AnswerRequestRecordTrim
    from .answer_request_stream_track import AnswerRequestStreamTrack
    from .answer_request_webhook_retries_policies import AnswerRequestWebhookRetriesPolicies
    from .answer_request_webhook_retries_policies_additional_property import (
        AnswerRequestWebhookRetriesPoliciesAdditionalProperty,
    )
    from .answer_request_webhook_url_method import AnswerRequestWebhookUrlMethod
    from .answer_request_webhook_urls import AnswerRequestWebhookUrls
    from .answer_request_webhook_urls_method import AnswerRequestWebhookUrlsMethod
    from .assistant import Assistant
    from .assistant_message import AssistantMessage
    from .assistant_message_role import AssistantMessageRole
    from .aws_voice_settings import AWSVoiceSettings
    from .aws_voice_settings_type import AWSVoiceSettingsType
    from .azure_transcription_engine_list_of_languages import AzureTranscriptionEngineListOfLanguages
    from .azure_transcription_engine_list_of_regions import AzureTranscriptionEngineListOfRegions
    from .azure_voice_settings import AzureVoiceSettings
    from .azure_voice_settings_effect import AzureVoiceSettingsEffect
    from .azure_voice_settings_gender import AzureVoiceSettingsGender
    from .azure_voice_settings_type import AzureVoiceSettingsType
    from .bidirectional_stream_codec import BidirectionalStreamCodec
    from .bidirectional_stream_mode import BidirectionalStreamMode
    from .bidirectional_stream_sampling_rate import BidirectionalStreamSamplingRate
    from .bidirectional_stream_target_legs import BidirectionalStreamTargetLegs
    from .book_appointment_tool import BookAppointmentTool
    from .book_appointment_tool_params import BookAppointmentToolParams
    from .book_appointment_tool_type import BookAppointmentToolType
    from .bridge_request import BridgeRequest
    from .bridge_request_mute_dtmf import BridgeRequestMuteDtmf
    from .bridge_request_record import BridgeRequestRecord
    from .bridge_request_record_channels import BridgeRequestRecordChannels
    from .bridge_request_record_format import BridgeRequestRecordFormat
    from .bridge_request_record_track import BridgeRequestRecordTrack
    from .bridge_request_record_trim import BridgeRequestRecordTrim
    from .bridge_request_ringtone import BridgeRequestRingtone
    from .bucket_ids import BucketIds
    from .call import Call
    from .call_ai_gather_ended import CallAIGatherEnded
    from .call_ai_gather_ended_event import CallAIGatherEndedEvent
    from .call_ai_gather_ended_event_type import CallAIGatherEndedEventType
    from .call_ai_gather_ended_payload import CallAIGatherEndedPayload
    from .call_ai_gather_ended_payload_message_history_item import CallAIGatherEndedPayloadMessageHistoryItem
    from .call_ai_gather_ended_payload_message_history_item_role import CallAIGatherEndedPayloadMessageHistoryItemRole
    from .call_ai_gather_ended_payload_result import CallAIGatherEndedPayloadResult
    from .call_ai_gather_ended_payload_status import CallAIGatherEndedPayloadStatus
    from .call_ai_gather_ended_record_type import CallAIGatherEndedRecordType
    from .call_ai_gather_message_history_updated import CallAIGatherMessageHistoryUpdated
    from .call_ai_gather_message_history_updated_event import CallAIGatherMessageHistoryUpdatedEvent
    from .call_ai_gather_message_history_updated_event_type import CallAIGatherMessageHistoryUpdatedEventType
    from .call_ai_gather_message_history_updated_payload import CallAIGatherMessageHistoryUpdatedPayload
    from .call_ai_gather_message_history_updated_payload_message_history_item import (
        CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItem,
    )
    from .call_ai_gather_message_history_updated_payload_message_history_item_role import (
        CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItemRole,
    )
    from .call_ai_gather_message_history_updated_record_type import CallAIGatherMessageHistoryUpdatedRecordType
    from .call_ai_gather_partial_results import CallAIGatherPartialResults
    from .call_ai_gather_partial_results_event import CallAIGatherPartialResultsEvent
    from .call_ai_gather_partial_results_event_type import CallAIGatherPartialResultsEventType
    from .call_ai_gather_partial_results_payload import CallAIGatherPartialResultsPayload
    from .call_ai_gather_partial_results_payload_message_history_item import (
        CallAIGatherPartialResultsPayloadMessageHistoryItem,
    )
    from .call_ai_gather_partial_results_payload_message_history_item_role import (
        CallAIGatherPartialResultsPayloadMessageHistoryItemRole,
    )
    from .call_ai_gather_partial_results_payload_partial_results import CallAIGatherPartialResultsPayloadPartialResults
    from .call_ai_gather_partial_results_record_type import CallAIGatherPartialResultsRecordType
    from .call_answered import CallAnswered
    from .call_answered_event import CallAnsweredEvent
    from .call_answered_event_type import CallAnsweredEventType
    from .call_answered_payload import CallAnsweredPayload
    from .call_answered_payload_state import CallAnsweredPayloadState
    from .call_answered_record_type import CallAnsweredRecordType
    from .call_assistant_request import CallAssistantRequest
    from .call_assistant_request_dynamic_variables import CallAssistantRequestDynamicVariables
    from .call_assistant_request_external_llm import CallAssistantRequestExternalLlm
    from .call_assistant_request_external_llm_authentication_method import (
        CallAssistantRequestExternalLlmAuthenticationMethod,
    )
    from .call_assistant_request_fallback_config import CallAssistantRequestFallbackConfig
    from .call_assistant_request_fallback_config_external_llm import CallAssistantRequestFallbackConfigExternalLlm
    from .call_assistant_request_fallback_config_external_llm_authentication_method import (
        CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethod,
    )
    from .call_assistant_request_mcp_servers_item import CallAssistantRequestMcpServersItem
    from .call_assistant_request_observability_settings import CallAssistantRequestObservabilitySettings
    from .call_bridged import CallBridged
    from .call_bridged_event import CallBridgedEvent
    from .call_bridged_event_type import CallBridgedEventType
    from .call_bridged_payload import CallBridgedPayload
    from .call_bridged_record_type import CallBridgedRecordType
    from .call_control_application import CallControlApplication
    from .call_control_application_anchorsite_override import CallControlApplicationAnchorsiteOverride
    from .call_control_application_dtmf_type import CallControlApplicationDtmfType
    from .call_control_application_inbound import CallControlApplicationInbound
    from .call_control_application_inbound_sip_subdomain_receive_settings import (
        CallControlApplicationInboundSipSubdomainReceiveSettings,
    )
    from .call_control_application_outbound import CallControlApplicationOutbound
    from .call_control_application_record_type import CallControlApplicationRecordType
    from .call_control_application_response import CallControlApplicationResponse
    from .call_control_application_webhook_api_version import CallControlApplicationWebhookApiVersion
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
    from .call_control_error_meta import CallControlErrorMeta
    from .call_control_error_source import CallControlErrorSource
    from .call_control_errors import CallControlErrors
    from .call_conversation_ended import CallConversationEnded
    from .call_conversation_ended_event import CallConversationEndedEvent
    from .call_conversation_ended_event_type import CallConversationEndedEventType
    from .call_conversation_ended_payload import CallConversationEndedPayload
    from .call_conversation_ended_payload_calling_party_type import CallConversationEndedPayloadCallingPartyType
    from .call_conversation_ended_record_type import CallConversationEndedRecordType
    from .call_conversation_insights_generated import CallConversationInsightsGenerated
    from .call_conversation_insights_generated_event import CallConversationInsightsGeneratedEvent
    from .call_conversation_insights_generated_event_type import CallConversationInsightsGeneratedEventType
    from .call_conversation_insights_generated_payload import CallConversationInsightsGeneratedPayload
    from .call_conversation_insights_generated_payload_calling_party_type import (
        CallConversationInsightsGeneratedPayloadCallingPartyType,
    )
    from .call_conversation_insights_generated_payload_results_item import (
        CallConversationInsightsGeneratedPayloadResultsItem,
    )
    from .call_conversation_insights_generated_payload_results_item_result_type_0 import (
        CallConversationInsightsGeneratedPayloadResultsItemResultType0,
    )
    from .call_conversation_insights_generated_record_type import CallConversationInsightsGeneratedRecordType
    from .call_cost import CallCost
    from .call_cost_event import CallCostEvent
    from .call_cost_event_type import CallCostEventType
    from .call_cost_part import CallCostPart
    from .call_cost_payload import CallCostPayload
    from .call_cost_payload_status import CallCostPayloadStatus
    from .call_cost_record_type import CallCostRecordType
    from .call_deepfake_detection_error import CallDeepfakeDetectionError
    from .call_deepfake_detection_error_event import CallDeepfakeDetectionErrorEvent
    from .call_deepfake_detection_error_event_type import CallDeepfakeDetectionErrorEventType
    from .call_deepfake_detection_error_payload import CallDeepfakeDetectionErrorPayload
    from .call_deepfake_detection_error_payload_error_message import CallDeepfakeDetectionErrorPayloadErrorMessage
    from .call_deepfake_detection_error_record_type import CallDeepfakeDetectionErrorRecordType
    from .call_deepfake_detection_result import CallDeepfakeDetectionResult
    from .call_deepfake_detection_result_event import CallDeepfakeDetectionResultEvent
    from .call_deepfake_detection_result_event_type import CallDeepfakeDetectionResultEventType
    from .call_deepfake_detection_result_payload import CallDeepfakeDetectionResultPayload
    from .call_deepfake_detection_result_payload_result import CallDeepfakeDetectionResultPayloadResult
    from .call_deepfake_detection_result_record_type import CallDeepfakeDetectionResultRecordType
    from .call_dtmf_received import CallDTMFReceived
    from .call_dtmf_received_event import CallDTMFReceivedEvent
    from .call_dtmf_received_event_type import CallDTMFReceivedEventType
    from .call_dtmf_received_payload import CallDTMFReceivedPayload
    from .call_dtmf_received_record_type import CallDTMFReceivedRecordType
    from .call_enqueued import CallEnqueued
    from .call_enqueued_event import CallEnqueuedEvent
    from .call_enqueued_event_type import CallEnqueuedEventType
    from .call_enqueued_payload import CallEnqueuedPayload
    from .call_enqueued_record_type import CallEnqueuedRecordType
    from .call_event import CallEvent
    from .call_event_metadata import CallEventMetadata
    from .call_event_record_type import CallEventRecordType
    from .call_event_type import CallEventType
    from .call_fork_started import CallForkStarted
    from .call_fork_started_event import CallForkStartedEvent
    from .call_fork_started_event_type import CallForkStartedEventType
    from .call_fork_started_payload import CallForkStartedPayload
    from .call_fork_started_payload_stream_type import CallForkStartedPayloadStreamType
    from .call_fork_started_record_type import CallForkStartedRecordType
    from .call_fork_stopped import CallForkStopped
    from .call_fork_stopped_event import CallForkStoppedEvent
    from .call_fork_stopped_event_type import CallForkStoppedEventType
    from .call_fork_stopped_payload import CallForkStoppedPayload
    from .call_fork_stopped_payload_stream_type import CallForkStoppedPayloadStreamType
    from .call_fork_stopped_record_type import CallForkStoppedRecordType
    from .call_gather_ended import CallGatherEnded
    from .call_gather_ended_event import CallGatherEndedEvent
    from .call_gather_ended_event_type import CallGatherEndedEventType
    from .call_gather_ended_payload import CallGatherEndedPayload
    from .call_gather_ended_payload_status import CallGatherEndedPayloadStatus
    from .call_gather_ended_record_type import CallGatherEndedRecordType
    from .call_hangup import CallHangup
    from .call_hangup_event import CallHangupEvent
    from .call_hangup_event_type import CallHangupEventType
    from .call_hangup_payload import CallHangupPayload
    from .call_hangup_payload_call_quality_stats_type_0 import CallHangupPayloadCallQualityStatsType0
    from .call_hangup_payload_call_quality_stats_type_0_inbound import CallHangupPayloadCallQualityStatsType0Inbound
    from .call_hangup_payload_call_quality_stats_type_0_outbound import CallHangupPayloadCallQualityStatsType0Outbound
    from .call_hangup_payload_hangup_cause import CallHangupPayloadHangupCause
    from .call_hangup_payload_hangup_source import CallHangupPayloadHangupSource
    from .call_hangup_payload_state import CallHangupPayloadState
    from .call_hangup_record_type import CallHangupRecordType
    from .call_hold import CallHold
    from .call_hold_event import CallHoldEvent
    from .call_hold_event_type import CallHoldEventType
    from .call_hold_payload import CallHoldPayload
    from .call_hold_record_type import CallHoldRecordType
    from .call_initiated import CallInitiated
    from .call_initiated_event import CallInitiatedEvent
    from .call_initiated_event_type import CallInitiatedEventType
    from .call_initiated_payload import CallInitiatedPayload
    from .call_initiated_payload_direction import CallInitiatedPayloadDirection
    from .call_initiated_payload_state import CallInitiatedPayloadState
    from .call_initiated_record_type import CallInitiatedRecordType
    from .call_left_queue import CallLeftQueue
    from .call_left_queue_event import CallLeftQueueEvent
    from .call_left_queue_event_type import CallLeftQueueEventType
    from .call_left_queue_payload import CallLeftQueuePayload
    from .call_left_queue_payload_reason import CallLeftQueuePayloadReason
    from .call_left_queue_record_type import CallLeftQueueRecordType
    from .call_machine_detection_ended import CallMachineDetectionEnded
    from .call_machine_detection_ended_event import CallMachineDetectionEndedEvent
    from .call_machine_detection_ended_event_type import CallMachineDetectionEndedEventType
    from .call_machine_detection_ended_payload import CallMachineDetectionEndedPayload
    from .call_machine_detection_ended_payload_result import CallMachineDetectionEndedPayloadResult
    from .call_machine_detection_ended_record_type import CallMachineDetectionEndedRecordType
    from .call_machine_greeting_ended import CallMachineGreetingEnded
    from .call_machine_greeting_ended_event import CallMachineGreetingEndedEvent
    from .call_machine_greeting_ended_event_type import CallMachineGreetingEndedEventType
    from .call_machine_greeting_ended_payload import CallMachineGreetingEndedPayload
    from .call_machine_greeting_ended_payload_result import CallMachineGreetingEndedPayloadResult
    from .call_machine_greeting_ended_record_type import CallMachineGreetingEndedRecordType
    from .call_machine_premium_detection_ended import CallMachinePremiumDetectionEnded
    from .call_machine_premium_detection_ended_event import CallMachinePremiumDetectionEndedEvent
    from .call_machine_premium_detection_ended_event_type import CallMachinePremiumDetectionEndedEventType
    from .call_machine_premium_detection_ended_payload import CallMachinePremiumDetectionEndedPayload
    from .call_machine_premium_detection_ended_payload_result import CallMachinePremiumDetectionEndedPayloadResult
    from .call_machine_premium_detection_ended_record_type import CallMachinePremiumDetectionEndedRecordType
    from .call_machine_premium_greeting_ended import CallMachinePremiumGreetingEnded
    from .call_machine_premium_greeting_ended_event import CallMachinePremiumGreetingEndedEvent
    from .call_machine_premium_greeting_ended_event_type import CallMachinePremiumGreetingEndedEventType
    from .call_machine_premium_greeting_ended_payload import CallMachinePremiumGreetingEndedPayload
    from .call_machine_premium_greeting_ended_payload_result import CallMachinePremiumGreetingEndedPayloadResult
    from .call_machine_premium_greeting_ended_record_type import CallMachinePremiumGreetingEndedRecordType
    from .call_playback_ended import CallPlaybackEnded
    from .call_playback_ended_event import CallPlaybackEndedEvent
    from .call_playback_ended_event_type import CallPlaybackEndedEventType
    from .call_playback_ended_payload import CallPlaybackEndedPayload
    from .call_playback_ended_payload_status import CallPlaybackEndedPayloadStatus
    from .call_playback_ended_record_type import CallPlaybackEndedRecordType
    from .call_playback_started import CallPlaybackStarted
    from .call_playback_started_event import CallPlaybackStartedEvent
    from .call_playback_started_event_type import CallPlaybackStartedEventType
    from .call_playback_started_payload import CallPlaybackStartedPayload
    from .call_playback_started_record_type import CallPlaybackStartedRecordType
    from .call_record_type import CallRecordType
    from .call_recording_error import CallRecordingError
    from .call_recording_error_event import CallRecordingErrorEvent
    from .call_recording_error_event_type import CallRecordingErrorEventType
    from .call_recording_error_payload import CallRecordingErrorPayload
    from .call_recording_error_payload_reason import CallRecordingErrorPayloadReason
    from .call_recording_error_record_type import CallRecordingErrorRecordType
    from .call_recording_saved import CallRecordingSaved
    from .call_recording_saved_event import CallRecordingSavedEvent
    from .call_recording_saved_event_type import CallRecordingSavedEventType
    from .call_recording_saved_payload import CallRecordingSavedPayload
    from .call_recording_saved_payload_channels import CallRecordingSavedPayloadChannels
    from .call_recording_saved_payload_public_recording_urls import CallRecordingSavedPayloadPublicRecordingUrls
    from .call_recording_saved_payload_recording_urls import CallRecordingSavedPayloadRecordingUrls
    from .call_recording_saved_record_type import CallRecordingSavedRecordType
    from .call_recording_transcription_saved import CallRecordingTranscriptionSaved
    from .call_recording_transcription_saved_event import CallRecordingTranscriptionSavedEvent
    from .call_recording_transcription_saved_event_type import CallRecordingTranscriptionSavedEventType
    from .call_recording_transcription_saved_payload import CallRecordingTranscriptionSavedPayload
    from .call_recording_transcription_saved_payload_calling_party_type import (
        CallRecordingTranscriptionSavedPayloadCallingPartyType,
    )
    from .call_recording_transcription_saved_payload_status import CallRecordingTranscriptionSavedPayloadStatus
    from .call_recording_transcription_saved_record_type import CallRecordingTranscriptionSavedRecordType
    from .call_refer_completed import CallReferCompleted
    from .call_refer_completed_event import CallReferCompletedEvent
    from .call_refer_completed_event_type import CallReferCompletedEventType
    from .call_refer_completed_payload import CallReferCompletedPayload
    from .call_refer_completed_record_type import CallReferCompletedRecordType
    from .call_refer_failed import CallReferFailed
    from .call_refer_failed_event import CallReferFailedEvent
    from .call_refer_failed_event_type import CallReferFailedEventType
    from .call_refer_failed_payload import CallReferFailedPayload
    from .call_refer_failed_record_type import CallReferFailedRecordType
    from .call_refer_started import CallReferStarted
    from .call_refer_started_event import CallReferStartedEvent
    from .call_refer_started_event_type import CallReferStartedEventType
    from .call_refer_started_payload import CallReferStartedPayload
    from .call_refer_started_record_type import CallReferStartedRecordType
    from .call_speak_ended import CallSpeakEnded
    from .call_speak_ended_event import CallSpeakEndedEvent
    from .call_speak_ended_event_type import CallSpeakEndedEventType
    from .call_speak_ended_payload import CallSpeakEndedPayload
    from .call_speak_ended_payload_status import CallSpeakEndedPayloadStatus
    from .call_speak_ended_record_type import CallSpeakEndedRecordType
    from .call_speak_started import CallSpeakStarted
    from .call_speak_started_event import CallSpeakStartedEvent
    from .call_speak_started_event_type import CallSpeakStartedEventType
    from .call_speak_started_payload import CallSpeakStartedPayload
    from .call_speak_started_record_type import CallSpeakStartedRecordType
    from .call_unhold import CallUnhold
    from .call_unhold_event import CallUnholdEvent
    from .call_unhold_event_type import CallUnholdEventType
    from .call_unhold_payload import CallUnholdPayload
    from .call_unhold_record_type import CallUnholdRecordType
    from .call_with_recording_id import CallWithRecordingID
    from .call_with_recording_id_record_type import CallWithRecordingIDRecordType
    from .check_availability_tool import CheckAvailabilityTool
    from .check_availability_tool_params import CheckAvailabilityToolParams
    from .check_availability_tool_type import CheckAvailabilityToolType
    from .conference_created import ConferenceCreated
    from .conference_created_event import ConferenceCreatedEvent
    from .conference_created_event_type import ConferenceCreatedEventType
    from .conference_created_payload import ConferenceCreatedPayload
    from .conference_created_record_type import ConferenceCreatedRecordType
    from .conference_ended import ConferenceEnded
    from .conference_ended_event import ConferenceEndedEvent
    from .conference_ended_event_type import ConferenceEndedEventType
    from .conference_ended_payload import ConferenceEndedPayload
    from .conference_ended_payload_reason import ConferenceEndedPayloadReason
    from .conference_ended_record_type import ConferenceEndedRecordType
    from .conference_floor_changed import ConferenceFloorChanged
    from .conference_floor_changed_data import ConferenceFloorChangedData
    from .conference_floor_changed_data_event_type import ConferenceFloorChangedDataEventType
    from .conference_floor_changed_data_payload import ConferenceFloorChangedDataPayload
    from .conference_floor_changed_data_record_type import ConferenceFloorChangedDataRecordType
    from .conference_participant_joined import ConferenceParticipantJoined
    from .conference_participant_joined_event import ConferenceParticipantJoinedEvent
    from .conference_participant_joined_event_type import ConferenceParticipantJoinedEventType
    from .conference_participant_joined_payload import ConferenceParticipantJoinedPayload
    from .conference_participant_joined_record_type import ConferenceParticipantJoinedRecordType
    from .conference_participant_left import ConferenceParticipantLeft
    from .conference_participant_left_event import ConferenceParticipantLeftEvent
    from .conference_participant_left_event_type import ConferenceParticipantLeftEventType
    from .conference_participant_left_payload import ConferenceParticipantLeftPayload
    from .conference_participant_left_record_type import ConferenceParticipantLeftRecordType
    from .conference_participant_playback_ended import ConferenceParticipantPlaybackEnded
    from .conference_participant_playback_ended_event import ConferenceParticipantPlaybackEndedEvent
    from .conference_participant_playback_ended_event_type import ConferenceParticipantPlaybackEndedEventType
    from .conference_participant_playback_ended_payload import ConferenceParticipantPlaybackEndedPayload
    from .conference_participant_playback_ended_record_type import ConferenceParticipantPlaybackEndedRecordType
    from .conference_participant_playback_started import ConferenceParticipantPlaybackStarted
    from .conference_participant_playback_started_event import ConferenceParticipantPlaybackStartedEvent
    from .conference_participant_playback_started_event_type import ConferenceParticipantPlaybackStartedEventType
    from .conference_participant_playback_started_payload import ConferenceParticipantPlaybackStartedPayload
    from .conference_participant_playback_started_record_type import ConferenceParticipantPlaybackStartedRecordType
    from .conference_participant_speak_ended import ConferenceParticipantSpeakEnded
    from .conference_participant_speak_ended_event import ConferenceParticipantSpeakEndedEvent
    from .conference_participant_speak_ended_event_type import ConferenceParticipantSpeakEndedEventType
    from .conference_participant_speak_ended_payload import ConferenceParticipantSpeakEndedPayload
    from .conference_participant_speak_ended_record_type import ConferenceParticipantSpeakEndedRecordType
    from .conference_participant_speak_started import ConferenceParticipantSpeakStarted
    from .conference_participant_speak_started_event import ConferenceParticipantSpeakStartedEvent
    from .conference_participant_speak_started_event_type import ConferenceParticipantSpeakStartedEventType
    from .conference_participant_speak_started_payload import ConferenceParticipantSpeakStartedPayload
    from .conference_participant_speak_started_record_type import ConferenceParticipantSpeakStartedRecordType
    from .conference_playback_ended import ConferencePlaybackEnded
    from .conference_playback_ended_event import ConferencePlaybackEndedEvent
    from .conference_playback_ended_event_type import ConferencePlaybackEndedEventType
    from .conference_playback_ended_payload import ConferencePlaybackEndedPayload
    from .conference_playback_ended_record_type import ConferencePlaybackEndedRecordType
    from .conference_playback_started import ConferencePlaybackStarted
    from .conference_playback_started_event import ConferencePlaybackStartedEvent
    from .conference_playback_started_event_type import ConferencePlaybackStartedEventType
    from .conference_playback_started_payload import ConferencePlaybackStartedPayload
    from .conference_playback_started_record_type import ConferencePlaybackStartedRecordType
    from .conference_recording_saved import ConferenceRecordingSaved
    from .conference_recording_saved_event import ConferenceRecordingSavedEvent
    from .conference_recording_saved_event_type import ConferenceRecordingSavedEventType
    from .conference_recording_saved_payload import ConferenceRecordingSavedPayload
    from .conference_recording_saved_payload_channels import ConferenceRecordingSavedPayloadChannels
    from .conference_recording_saved_payload_format import ConferenceRecordingSavedPayloadFormat
    from .conference_recording_saved_payload_public_recording_urls import (
        ConferenceRecordingSavedPayloadPublicRecordingUrls,
    )
    from .conference_recording_saved_payload_recording_urls import ConferenceRecordingSavedPayloadRecordingUrls
    from .conference_recording_saved_record_type import ConferenceRecordingSavedRecordType
    from .conference_speak_ended import ConferenceSpeakEnded
    from .conference_speak_ended_event import ConferenceSpeakEndedEvent
    from .conference_speak_ended_event_type import ConferenceSpeakEndedEventType
    from .conference_speak_ended_payload import ConferenceSpeakEndedPayload
    from .conference_speak_ended_record_type import ConferenceSpeakEndedRecordType
    from .conference_speak_started import ConferenceSpeakStarted
    from .conference_speak_started_event import ConferenceSpeakStartedEvent
    from .conference_speak_started_event_type import ConferenceSpeakStartedEventType
    from .conference_speak_started_payload import ConferenceSpeakStartedPayload
    from .conference_speak_started_record_type import ConferenceSpeakStartedRecordType
    from .conversation_relay_custom_parameters import ConversationRelayCustomParameters
    from .conversation_relay_custom_parameters_dynamic_variables import (
        ConversationRelayCustomParametersDynamicVariables,
    )
    from .conversation_relay_embedded_config import ConversationRelayEmbeddedConfig
    from .conversation_relay_embedded_config_custom_parameters import ConversationRelayEmbeddedConfigCustomParameters
    from .conversation_relay_embedded_config_transcription_engine import (
        ConversationRelayEmbeddedConfigTranscriptionEngine,
    )
    from .conversation_relay_interruptible import ConversationRelayInterruptible
    from .conversation_relay_interruption_settings import ConversationRelayInterruptionSettings
    from .conversation_relay_language import ConversationRelayLanguage
    from .conversation_relay_language_transcription_engine import ConversationRelayLanguageTranscriptionEngine
    from .conversation_relay_settings import ConversationRelaySettings
    from .conversation_relay_start_request import ConversationRelayStartRequest
    from .conversation_relay_start_request_custom_parameters import ConversationRelayStartRequestCustomParameters
    from .conversation_relay_start_request_transcription import ConversationRelayStartRequestTranscription
    from .conversation_relay_start_request_transcription_engine import ConversationRelayStartRequestTranscriptionEngine
    from .conversation_relay_stop_request import ConversationRelayStopRequest
    from .conversation_relay_structured_provider import ConversationRelayStructuredProvider
    from .conversation_relay_transcription_engine_config import ConversationRelayTranscriptionEngineConfig
    from .create_call_control_application_request import CreateCallControlApplicationRequest
    from .create_call_control_application_request_anchorsite_override import (
        CreateCallControlApplicationRequestAnchorsiteOverride,
    )
    from .create_call_control_application_request_dtmf_type import CreateCallControlApplicationRequestDtmfType
    from .create_call_control_application_request_webhook_api_version import (
        CreateCallControlApplicationRequestWebhookApiVersion,
    )
    from .cursor import Cursor
    from .cursor_pagination_meta import CursorPaginationMeta
    from .custom_sip_header import CustomSIPHeader
    from .deepgram_nova_2_config import DeepgramNova2Config
    from .deepgram_nova_2_config_keywords_boosting import DeepgramNova2ConfigKeywordsBoosting
    from .deepgram_nova_2_config_transcription_engine import DeepgramNova2ConfigTranscriptionEngine
    from .deepgram_nova_2_config_transcription_model import DeepgramNova2ConfigTranscriptionModel
    from .deepgram_nova_2_transcription_engine_list_of_languages import DeepgramNova2TranscriptionEngineListOfLanguages
    from .deepgram_nova_3_config import DeepgramNova3Config
    from .deepgram_nova_3_config_keywords_boosting import DeepgramNova3ConfigKeywordsBoosting
    from .deepgram_nova_3_config_transcription_engine import DeepgramNova3ConfigTranscriptionEngine
    from .deepgram_nova_3_config_transcription_model import DeepgramNova3ConfigTranscriptionModel
    from .deepgram_nova_3_transcription_engine_list_of_languages import DeepgramNova3TranscriptionEngineListOfLanguages
    from .developer_message import DeveloperMessage
    from .developer_message_role import DeveloperMessageRole
    from .dial_request import DialRequest
    from .dial_request_answering_machine_detection import DialRequestAnsweringMachineDetection
    from .dial_request_answering_machine_detection_config import DialRequestAnsweringMachineDetectionConfig
    from .dial_request_conference_config import DialRequestConferenceConfig
    from .dial_request_conference_config_beep_enabled import DialRequestConferenceConfigBeepEnabled
    from .dial_request_conference_config_supervisor_role import DialRequestConferenceConfigSupervisorRole
    from .dial_request_deepfake_detection import DialRequestDeepfakeDetection
    from .dial_request_media_encryption import DialRequestMediaEncryption
    from .dial_request_privacy import DialRequestPrivacy
    from .dial_request_record import DialRequestRecord
    from .dial_request_record_channels import DialRequestRecordChannels
    from .dial_request_record_format import DialRequestRecordFormat
    from .dial_request_record_track import DialRequestRecordTrack
    from .dial_request_record_trim import DialRequestRecordTrim
    from .dial_request_sip_region import DialRequestSipRegion
    from .dial_request_sip_transport_protocol import DialRequestSipTransportProtocol
    from .dial_request_stream_track import DialRequestStreamTrack
    from .dial_request_supervisor_role import DialRequestSupervisorRole
    from .dial_request_webhook_retries_policies import DialRequestWebhookRetriesPolicies
    from .dial_request_webhook_retries_policies_additional_property import (
        DialRequestWebhookRetriesPoliciesAdditionalProperty,
    )
    from .dial_request_webhook_url_method import DialRequestWebhookUrlMethod
    from .dial_request_webhook_urls import DialRequestWebhookUrls
    from .dial_request_webhook_urls_method import DialRequestWebhookUrlsMethod
    from .dialogflow_config import DialogflowConfig
    from .eleven_labs_voice_settings import ElevenLabsVoiceSettings
    from .eleven_labs_voice_settings_type import ElevenLabsVoiceSettingsType
    from .enqueue_request import EnqueueRequest
    from .gather import Gather
    from .gather_using_ai_request import GatherUsingAIRequest
    from .gather_using_ai_request_message_history_item import GatherUsingAIRequestMessageHistoryItem
    from .gather_using_ai_request_message_history_item_role import GatherUsingAIRequestMessageHistoryItemRole
    from .gather_using_ai_request_parameters import GatherUsingAIRequestParameters
    from .gather_using_audio_request import GatherUsingAudioRequest
    from .gather_using_speak_request import GatherUsingSpeakRequest
    from .gather_using_speak_request_language import GatherUsingSpeakRequestLanguage
    from .gather_using_speak_request_payload_type import GatherUsingSpeakRequestPayloadType
    from .gather_using_speak_request_service_level import GatherUsingSpeakRequestServiceLevel
    from .google_transcription_engine_list_of_languages import GoogleTranscriptionEngineListOfLanguages
    from .hangup_request import HangupRequest
    from .hangup_tool import HangupTool
    from .hangup_tool_params import HangupToolParams
    from .hangup_tool_type import HangupToolType
    from .interruption_settings import InterruptionSettings
    from .inworld_voice_settings import InworldVoiceSettings
    from .inworld_voice_settings_delivery_mode import InworldVoiceSettingsDeliveryMode
    from .inworld_voice_settings_type import InworldVoiceSettingsType
    from .leave_queue_request import LeaveQueueRequest
    from .list_call_control_applications_filter import ListCallControlApplicationsFilter
    from .list_call_control_applications_filter_application_name import ListCallControlApplicationsFilterApplicationName
    from .list_call_control_applications_filter_occurred_at import ListCallControlApplicationsFilterOccurredAt
    from .list_call_control_applications_filter_product import ListCallControlApplicationsFilterProduct
    from .list_call_control_applications_filter_status import ListCallControlApplicationsFilterStatus
    from .list_call_control_applications_filter_type import ListCallControlApplicationsFilterType
    from .list_call_control_applications_page import ListCallControlApplicationsPage
    from .list_call_control_applications_response import ListCallControlApplicationsResponse
    from .list_call_control_applications_sort import ListCallControlApplicationsSort
    from .list_call_events_filter import ListCallEventsFilter
    from .list_call_events_filter_application_name import ListCallEventsFilterApplicationName
    from .list_call_events_filter_occurred_at import ListCallEventsFilterOccurredAt
    from .list_call_events_filter_product import ListCallEventsFilterProduct
    from .list_call_events_filter_status import ListCallEventsFilterStatus
    from .list_call_events_filter_type import ListCallEventsFilterType
    from .list_call_events_page import ListCallEventsPage
    from .list_call_events_response import ListCallEventsResponse
    from .list_connection_active_calls_page import ListConnectionActiveCallsPage
    from .message_metadata import MessageMetadata
    from .minimax_voice_settings import MinimaxVoiceSettings
    from .minimax_voice_settings_language_boost_type_1 import MinimaxVoiceSettingsLanguageBoostType1
    from .minimax_voice_settings_language_boost_type_2_type_1 import MinimaxVoiceSettingsLanguageBoostType2Type1
    from .minimax_voice_settings_language_boost_type_3_type_1 import MinimaxVoiceSettingsLanguageBoostType3Type1
    from .minimax_voice_settings_type import MinimaxVoiceSettingsType
    from .noise_suppression_direction import NoiseSuppressionDirection
    from .noise_suppression_engine import NoiseSuppressionEngine
    from .noise_suppression_engine_configuration import NoiseSuppressionEngineConfiguration
    from .noise_suppression_engine_configuration_family import NoiseSuppressionEngineConfigurationFamily
    from .noise_suppression_engine_configuration_mode import NoiseSuppressionEngineConfigurationMode
    from .noise_suppression_engine_configuration_model import NoiseSuppressionEngineConfigurationModel
    from .noise_suppression_engine_configuration_size import NoiseSuppressionEngineConfigurationSize
    from .noise_suppression_start_request import NoiseSuppressionStartRequest
    from .noise_suppression_stop_request import NoiseSuppressionStopRequest
    from .pagination_meta import PaginationMeta
    from .pause_recording_request import PauseRecordingRequest
    from .play_audio_url_request import PlayAudioURLRequest
    from .play_audio_url_request_audio_type import PlayAudioURLRequestAudioType
    from .playback_stop_request import PlaybackStopRequest
    from .refer_request import ReferRequest
    from .reject_request import RejectRequest
    from .reject_request_cause import RejectRequestCause
    from .resemble_sample_rate import ResembleSampleRate
    from .resemble_voice_settings import ResembleVoiceSettings
    from .resemble_voice_settings_format import ResembleVoiceSettingsFormat
    from .resemble_voice_settings_precision import ResembleVoiceSettingsPrecision
    from .resemble_voice_settings_type import ResembleVoiceSettingsType
    from .resume_recording_request import ResumeRecordingRequest
    from .retrieval_tool import RetrievalTool
    from .retrieval_tool_type import RetrievalToolType
    from .retrieve_call_status_response import RetrieveCallStatusResponse
    from .retrieve_call_status_response_with_recording_id import RetrieveCallStatusResponseWithRecordingID
    from .rime_voice_settings import RimeVoiceSettings
    from .rime_voice_settings_type import RimeVoiceSettingsType
    from .send_dtmf_request import SendDTMFRequest
    from .send_sip_info_request import SendSIPInfoRequest
    from .sip_header import SIPHeader
    from .sip_header_name import SIPHeaderName
    from .siprec_failed import SiprecFailed
    from .siprec_failed_event import SiprecFailedEvent
    from .siprec_failed_event_type import SiprecFailedEventType
    from .siprec_failed_payload import SiprecFailedPayload
    from .siprec_failed_record_type import SiprecFailedRecordType
    from .siprec_started import SiprecStarted
    from .siprec_started_event import SiprecStartedEvent
    from .siprec_started_event_type import SiprecStartedEventType
    from .siprec_started_payload import SiprecStartedPayload
    from .siprec_started_record_type import SiprecStartedRecordType
    from .siprec_stopped import SiprecStopped
    from .siprec_stopped_event import SiprecStoppedEvent
    from .siprec_stopped_event_type import SiprecStoppedEventType
    from .siprec_stopped_payload import SiprecStoppedPayload
    from .siprec_stopped_record_type import SiprecStoppedRecordType
    from .sound_modifications import SoundModifications
    from .speak_request import SpeakRequest
    from .speak_request_language import SpeakRequestLanguage
    from .speak_request_payload_type import SpeakRequestPayloadType
    from .speak_request_service_level import SpeakRequestServiceLevel
    from .speak_request_target_legs import SpeakRequestTargetLegs
    from .speechmatics_transcription_engine_list_of_languages import SpeechmaticsTranscriptionEngineListOfLanguages
    from .start_forking_request import StartForkingRequest
    from .start_forking_request_stream_type import StartForkingRequestStreamType
    from .start_recording_request import StartRecordingRequest
    from .start_recording_request_channels import StartRecordingRequestChannels
    from .start_recording_request_format import StartRecordingRequestFormat
    from .start_recording_request_recording_track import StartRecordingRequestRecordingTrack
    from .start_recording_request_transcription_engine import StartRecordingRequestTranscriptionEngine
    from .start_recording_request_trim import StartRecordingRequestTrim
    from .start_siprec_request import StartSiprecRequest
    from .start_siprec_request_sip_transport import StartSiprecRequestSipTransport
    from .start_siprec_request_siprec_track import StartSiprecRequestSiprecTrack
    from .start_streaming_request import StartStreamingRequest
    from .start_streaming_request_custom_parameters_item import StartStreamingRequestCustomParametersItem
    from .start_streaming_request_stream_track import StartStreamingRequestStreamTrack
    from .stop_forking_request import StopForkingRequest
    from .stop_forking_request_stream_type import StopForkingRequestStreamType
    from .stop_gather_request import StopGatherRequest
    from .stop_recording_request import StopRecordingRequest
    from .stop_siprec_request import StopSiprecRequest
    from .stop_streaming_request import StopStreamingRequest
    from .stream_codec import StreamCodec
    from .streaming_failed import StreamingFailed
    from .streaming_failed_event import StreamingFailedEvent
    from .streaming_failed_event_type import StreamingFailedEventType
    from .streaming_failed_payload import StreamingFailedPayload
    from .streaming_failed_payload_stream_params import StreamingFailedPayloadStreamParams
    from .streaming_failed_payload_stream_params_track import StreamingFailedPayloadStreamParamsTrack
    from .streaming_failed_payload_stream_type import StreamingFailedPayloadStreamType
    from .streaming_failed_record_type import StreamingFailedRecordType
    from .streaming_started import StreamingStarted
    from .streaming_started_event import StreamingStartedEvent
    from .streaming_started_event_type import StreamingStartedEventType
    from .streaming_started_payload import StreamingStartedPayload
    from .streaming_started_record_type import StreamingStartedRecordType
    from .streaming_stopped import StreamingStopped
    from .streaming_stopped_event import StreamingStoppedEvent
    from .streaming_stopped_event_type import StreamingStoppedEventType
    from .streaming_stopped_payload import StreamingStoppedPayload
    from .streaming_stopped_record_type import StreamingStoppedRecordType
    from .switch_supervisor_role_request import SwitchSupervisorRoleRequest
    from .switch_supervisor_role_request_role import SwitchSupervisorRoleRequestRole
    from .system_message import SystemMessage
    from .system_message_role import SystemMessageRole
    from .telnyx_transcription_engine_list_of_languages import TelnyxTranscriptionEngineListOfLanguages
    from .telnyx_voice_settings import TelnyxVoiceSettings
    from .telnyx_voice_settings_type import TelnyxVoiceSettingsType
    from .tool_call import ToolCall
    from .tool_call_function import ToolCallFunction
    from .tool_call_type import ToolCallType
    from .tool_message import ToolMessage
    from .tool_message_role import ToolMessageRole
    from .transcription import Transcription
    from .transcription_config import TranscriptionConfig
    from .transcription_config_model import TranscriptionConfigModel
    from .transcription_engine_a_config import TranscriptionEngineAConfig
    from .transcription_engine_a_config_model import TranscriptionEngineAConfigModel
    from .transcription_engine_a_config_speech_context_item import TranscriptionEngineAConfigSpeechContextItem
    from .transcription_engine_a_config_transcription_engine import TranscriptionEngineAConfigTranscriptionEngine
    from .transcription_engine_assembly_ai_config import TranscriptionEngineAssemblyAIConfig
    from .transcription_engine_assembly_ai_config_transcription_engine import (
        TranscriptionEngineAssemblyAIConfigTranscriptionEngine,
    )
    from .transcription_engine_assembly_ai_config_transcription_model import (
        TranscriptionEngineAssemblyAIConfigTranscriptionModel,
    )
    from .transcription_engine_azure_config import TranscriptionEngineAzureConfig
    from .transcription_engine_azure_config_transcription_engine import (
        TranscriptionEngineAzureConfigTranscriptionEngine,
    )
    from .transcription_engine_b_config import TranscriptionEngineBConfig
    from .transcription_engine_b_config_transcription_engine import TranscriptionEngineBConfigTranscriptionEngine
    from .transcription_engine_b_config_transcription_model import TranscriptionEngineBConfigTranscriptionModel
    from .transcription_engine_google_config import TranscriptionEngineGoogleConfig
    from .transcription_engine_google_config_model import TranscriptionEngineGoogleConfigModel
    from .transcription_engine_google_config_speech_context_item import TranscriptionEngineGoogleConfigSpeechContextItem
    from .transcription_engine_google_config_transcription_engine import (
        TranscriptionEngineGoogleConfigTranscriptionEngine,
    )
    from .transcription_engine_parakeet_config import TranscriptionEngineParakeetConfig
    from .transcription_engine_parakeet_config_transcription_engine import (
        TranscriptionEngineParakeetConfigTranscriptionEngine,
    )
    from .transcription_engine_parakeet_config_transcription_model import (
        TranscriptionEngineParakeetConfigTranscriptionModel,
    )
    from .transcription_engine_soniox_config import TranscriptionEngineSonioxConfig
    from .transcription_engine_soniox_config_transcription_engine import (
        TranscriptionEngineSonioxConfigTranscriptionEngine,
    )
    from .transcription_engine_soniox_config_transcription_model import (
        TranscriptionEngineSonioxConfigTranscriptionModel,
    )
    from .transcription_engine_speechmatics_config import TranscriptionEngineSpeechmaticsConfig
    from .transcription_engine_speechmatics_config_transcription_engine import (
        TranscriptionEngineSpeechmaticsConfigTranscriptionEngine,
    )
    from .transcription_engine_speechmatics_config_transcription_model import (
        TranscriptionEngineSpeechmaticsConfigTranscriptionModel,
    )
    from .transcription_engine_telnyx_config import TranscriptionEngineTelnyxConfig
    from .transcription_engine_telnyx_config_transcription_engine import (
        TranscriptionEngineTelnyxConfigTranscriptionEngine,
    )
    from .transcription_engine_telnyx_config_transcription_model import (
        TranscriptionEngineTelnyxConfigTranscriptionModel,
    )
    from .transcription_engine_xai_config import TranscriptionEngineXAIConfig
    from .transcription_engine_xai_config_transcription_engine import TranscriptionEngineXAIConfigTranscriptionEngine
    from .transcription_engine_xai_config_transcription_model import TranscriptionEngineXAIConfigTranscriptionModel
    from .transcription_event import TranscriptionEvent
    from .transcription_event_type import TranscriptionEventType
    from .transcription_language import TranscriptionLanguage
    from .transcription_payload import TranscriptionPayload
    from .transcription_payload_transcription_data import TranscriptionPayloadTranscriptionData
    from .transcription_payload_transcription_data_transcription_track import (
        TranscriptionPayloadTranscriptionDataTranscriptionTrack,
    )
    from .transcription_record_type import TranscriptionRecordType
    from .transcription_start_request import TranscriptionStartRequest
    from .transcription_start_request_transcription_engine import TranscriptionStartRequestTranscriptionEngine
    from .transcription_stop_request import TranscriptionStopRequest
    from .transfer_call_request import TransferCallRequest
    from .transfer_call_request_answering_machine_detection import TransferCallRequestAnsweringMachineDetection
    from .transfer_call_request_answering_machine_detection_config import (
        TransferCallRequestAnsweringMachineDetectionConfig,
    )
    from .transfer_call_request_media_encryption import TransferCallRequestMediaEncryption
    from .transfer_call_request_mute_dtmf import TransferCallRequestMuteDtmf
    from .transfer_call_request_privacy import TransferCallRequestPrivacy
    from .transfer_call_request_record import TransferCallRequestRecord
    from .transfer_call_request_record_channels import TransferCallRequestRecordChannels
    from .transfer_call_request_record_format import TransferCallRequestRecordFormat
    from .transfer_call_request_record_track import TransferCallRequestRecordTrack
    from .transfer_call_request_record_trim import TransferCallRequestRecordTrim
    from .transfer_call_request_sip_region import TransferCallRequestSipRegion
    from .transfer_call_request_sip_transport_protocol import TransferCallRequestSipTransportProtocol
    from .transfer_call_request_webhook_retries_policies import TransferCallRequestWebhookRetriesPolicies
    from .transfer_call_request_webhook_retries_policies_additional_property import (
        TransferCallRequestWebhookRetriesPoliciesAdditionalProperty,
    )
    from .transfer_call_request_webhook_url_method import TransferCallRequestWebhookUrlMethod
    from .transfer_call_request_webhook_urls import TransferCallRequestWebhookUrls
    from .transfer_call_request_webhook_urls_method import TransferCallRequestWebhookUrlsMethod
    from .transfer_tool import TransferTool
    from .transfer_tool_params import TransferToolParams
    from .transfer_tool_params_targets_type_0_item import TransferToolParamsTargetsType0Item
    from .transfer_tool_type import TransferToolType
    from .update_call_control_application_request import UpdateCallControlApplicationRequest
    from .update_call_control_application_request_anchorsite_override import (
        UpdateCallControlApplicationRequestAnchorsiteOverride,
    )
    from .update_call_control_application_request_dtmf_type import UpdateCallControlApplicationRequestDtmfType
    from .update_call_control_application_request_webhook_api_version import (
        UpdateCallControlApplicationRequestWebhookApiVersion,
    )
    from .update_client_state_request import UpdateClientStateRequest
    from .user_message import UserMessage
    from .user_message_role import UserMessageRole
    from .webhook_delivery_meta import WebhookDeliveryMeta
    from .webhook_tool import WebhookTool
    from .webhook_tool_params import WebhookToolParams
    from .webhook_tool_params_body_parameters import WebhookToolParamsBodyParameters
    from .webhook_tool_params_body_parameters_properties import WebhookToolParamsBodyParametersProperties
    from .webhook_tool_params_body_parameters_type import WebhookToolParamsBodyParametersType
    from .webhook_tool_params_headers_item import WebhookToolParamsHeadersItem
    from .webhook_tool_params_method import WebhookToolParamsMethod
    from .webhook_tool_params_path_parameters import WebhookToolParamsPathParameters
    from .webhook_tool_params_path_parameters_properties import WebhookToolParamsPathParametersProperties
    from .webhook_tool_params_path_parameters_type import WebhookToolParamsPathParametersType
    from .webhook_tool_params_query_parameters import WebhookToolParamsQueryParameters
    from .webhook_tool_params_query_parameters_properties import WebhookToolParamsQueryParametersProperties
    from .webhook_tool_params_query_parameters_type import WebhookToolParamsQueryParametersType
    from .webhook_tool_type import WebhookToolType
    from .xai_transcription_engine_list_of_languages import XAITranscriptionEngineListOfLanguages
    from .xai_voice_settings import XAIVoiceSettings
    from .xai_voice_settings_type import XAIVoiceSettingsType

_MODULES: dict[str, str] = {
    "ActiveCall": ".active_call",
    "ActiveCallRecordType": ".active_call_record_type",
    "ActiveCallsResponse": ".active_calls_response",
    "AIAssistantAddMessagesRequest": ".ai_assistant_add_messages_request",
    "AIAssistantJoinParticipant": ".ai_assistant_join_participant",
    "AIAssistantJoinParticipantOnHangup": ".ai_assistant_join_participant_on_hangup",
    "AIAssistantJoinParticipantRole": ".ai_assistant_join_participant_role",
    "AIAssistantJoinRequest": ".ai_assistant_join_request",
    "AIAssistantStartRequest": ".ai_assistant_start_request",
    "AIAssistantStopRequest": ".ai_assistant_stop_request",
    "AnswerRequest": ".answer_request",
    "AnswerRequestDeepfakeDetection": ".answer_request_deepfake_detection",
    "AnswerRequestPreferredCodecs": ".answer_request_preferred_codecs",
    "AnswerRequestRecord": ".answer_request_record",
    "AnswerRequestRecordChannels": ".answer_request_record_channels",
    "AnswerRequestRecordFormat": ".answer_request_record_format",
    "AnswerRequestRecordTrack": ".answer_request_record_track",
    "AnswerRequestRecordTrim": ".answer_request_record_trim",
    "AnswerRequestStreamTrack": ".answer_request_stream_track",
    "AnswerRequestWebhookRetriesPolicies": ".answer_request_webhook_retries_policies",
    "AnswerRequestWebhookRetriesPoliciesAdditionalProperty": ".answer_request_webhook_retries_policies_additional_property",
    "AnswerRequestWebhookUrlMethod": ".answer_request_webhook_url_method",
    "AnswerRequestWebhookUrls": ".answer_request_webhook_urls",
    "AnswerRequestWebhookUrlsMethod": ".answer_request_webhook_urls_method",
    "Assistant": ".assistant",
    "AssistantMessage": ".assistant_message",
    "AssistantMessageRole": ".assistant_message_role",
    "AWSVoiceSettings": ".aws_voice_settings",
    "AWSVoiceSettingsType": ".aws_voice_settings_type",
    "AzureTranscriptionEngineListOfLanguages": ".azure_transcription_engine_list_of_languages",
    "AzureTranscriptionEngineListOfRegions": ".azure_transcription_engine_list_of_regions",
    "AzureVoiceSettings": ".azure_voice_settings",
    "AzureVoiceSettingsEffect": ".azure_voice_settings_effect",
    "AzureVoiceSettingsGender": ".azure_voice_settings_gender",
    "AzureVoiceSettingsType": ".azure_voice_settings_type",
    "BidirectionalStreamCodec": ".bidirectional_stream_codec",
    "BidirectionalStreamMode": ".bidirectional_stream_mode",
    "BidirectionalStreamSamplingRate": ".bidirectional_stream_sampling_rate",
    "BidirectionalStreamTargetLegs": ".bidirectional_stream_target_legs",
    "BookAppointmentTool": ".book_appointment_tool",
    "BookAppointmentToolParams": ".book_appointment_tool_params",
    "BookAppointmentToolType": ".book_appointment_tool_type",
    "BridgeRequest": ".bridge_request",
    "BridgeRequestMuteDtmf": ".bridge_request_mute_dtmf",
    "BridgeRequestRecord": ".bridge_request_record",
    "BridgeRequestRecordChannels": ".bridge_request_record_channels",
    "BridgeRequestRecordFormat": ".bridge_request_record_format",
    "BridgeRequestRecordTrack": ".bridge_request_record_track",
    "BridgeRequestRecordTrim": ".bridge_request_record_trim",
    "BridgeRequestRingtone": ".bridge_request_ringtone",
    "BucketIds": ".bucket_ids",
    "Call": ".call",
    "CallAIGatherEnded": ".call_ai_gather_ended",
    "CallAIGatherEndedEvent": ".call_ai_gather_ended_event",
    "CallAIGatherEndedEventType": ".call_ai_gather_ended_event_type",
    "CallAIGatherEndedPayload": ".call_ai_gather_ended_payload",
    "CallAIGatherEndedPayloadMessageHistoryItem": ".call_ai_gather_ended_payload_message_history_item",
    "CallAIGatherEndedPayloadMessageHistoryItemRole": ".call_ai_gather_ended_payload_message_history_item_role",
    "CallAIGatherEndedPayloadResult": ".call_ai_gather_ended_payload_result",
    "CallAIGatherEndedPayloadStatus": ".call_ai_gather_ended_payload_status",
    "CallAIGatherEndedRecordType": ".call_ai_gather_ended_record_type",
    "CallAIGatherMessageHistoryUpdated": ".call_ai_gather_message_history_updated",
    "CallAIGatherMessageHistoryUpdatedEvent": ".call_ai_gather_message_history_updated_event",
    "CallAIGatherMessageHistoryUpdatedEventType": ".call_ai_gather_message_history_updated_event_type",
    "CallAIGatherMessageHistoryUpdatedPayload": ".call_ai_gather_message_history_updated_payload",
    "CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItem": ".call_ai_gather_message_history_updated_payload_message_history_item",
    "CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItemRole": ".call_ai_gather_message_history_updated_payload_message_history_item_role",
    "CallAIGatherMessageHistoryUpdatedRecordType": ".call_ai_gather_message_history_updated_record_type",
    "CallAIGatherPartialResults": ".call_ai_gather_partial_results",
    "CallAIGatherPartialResultsEvent": ".call_ai_gather_partial_results_event",
    "CallAIGatherPartialResultsEventType": ".call_ai_gather_partial_results_event_type",
    "CallAIGatherPartialResultsPayload": ".call_ai_gather_partial_results_payload",
    "CallAIGatherPartialResultsPayloadMessageHistoryItem": ".call_ai_gather_partial_results_payload_message_history_item",
    "CallAIGatherPartialResultsPayloadMessageHistoryItemRole": ".call_ai_gather_partial_results_payload_message_history_item_role",
    "CallAIGatherPartialResultsPayloadPartialResults": ".call_ai_gather_partial_results_payload_partial_results",
    "CallAIGatherPartialResultsRecordType": ".call_ai_gather_partial_results_record_type",
    "CallAnswered": ".call_answered",
    "CallAnsweredEvent": ".call_answered_event",
    "CallAnsweredEventType": ".call_answered_event_type",
    "CallAnsweredPayload": ".call_answered_payload",
    "CallAnsweredPayloadState": ".call_answered_payload_state",
    "CallAnsweredRecordType": ".call_answered_record_type",
    "CallAssistantRequest": ".call_assistant_request",
    "CallAssistantRequestDynamicVariables": ".call_assistant_request_dynamic_variables",
    "CallAssistantRequestExternalLlm": ".call_assistant_request_external_llm",
    "CallAssistantRequestExternalLlmAuthenticationMethod": ".call_assistant_request_external_llm_authentication_method",
    "CallAssistantRequestFallbackConfig": ".call_assistant_request_fallback_config",
    "CallAssistantRequestFallbackConfigExternalLlm": ".call_assistant_request_fallback_config_external_llm",
    "CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethod": ".call_assistant_request_fallback_config_external_llm_authentication_method",
    "CallAssistantRequestMcpServersItem": ".call_assistant_request_mcp_servers_item",
    "CallAssistantRequestObservabilitySettings": ".call_assistant_request_observability_settings",
    "CallBridged": ".call_bridged",
    "CallBridgedEvent": ".call_bridged_event",
    "CallBridgedEventType": ".call_bridged_event_type",
    "CallBridgedPayload": ".call_bridged_payload",
    "CallBridgedRecordType": ".call_bridged_record_type",
    "CallControlApplication": ".call_control_application",
    "CallControlApplicationAnchorsiteOverride": ".call_control_application_anchorsite_override",
    "CallControlApplicationDtmfType": ".call_control_application_dtmf_type",
    "CallControlApplicationInbound": ".call_control_application_inbound",
    "CallControlApplicationInboundSipSubdomainReceiveSettings": ".call_control_application_inbound_sip_subdomain_receive_settings",
    "CallControlApplicationOutbound": ".call_control_application_outbound",
    "CallControlApplicationRecordType": ".call_control_application_record_type",
    "CallControlApplicationResponse": ".call_control_application_response",
    "CallControlApplicationWebhookApiVersion": ".call_control_application_webhook_api_version",
    "CallControlCommandResponse": ".call_control_command_response",
    "CallControlCommandResponseWithConversationID": ".call_control_command_response_with_conversation_id",
    "CallControlCommandResponseWithConversationRelayID": ".call_control_command_response_with_conversation_relay_id",
    "CallControlCommandResponseWithRecordingID": ".call_control_command_response_with_recording_id",
    "CallControlCommandResult": ".call_control_command_result",
    "CallControlCommandResultWithConversationID": ".call_control_command_result_with_conversation_id",
    "CallControlCommandResultWithConversationRelayID": ".call_control_command_result_with_conversation_relay_id",
    "CallControlCommandResultWithRecordingID": ".call_control_command_result_with_recording_id",
    "CallControlError": ".call_control_error",
    "CallControlErrorMeta": ".call_control_error_meta",
    "CallControlErrorSource": ".call_control_error_source",
    "CallControlErrors": ".call_control_errors",
    "CallConversationEnded": ".call_conversation_ended",
    "CallConversationEndedEvent": ".call_conversation_ended_event",
    "CallConversationEndedEventType": ".call_conversation_ended_event_type",
    "CallConversationEndedPayload": ".call_conversation_ended_payload",
    "CallConversationEndedPayloadCallingPartyType": ".call_conversation_ended_payload_calling_party_type",
    "CallConversationEndedRecordType": ".call_conversation_ended_record_type",
    "CallConversationInsightsGenerated": ".call_conversation_insights_generated",
    "CallConversationInsightsGeneratedEvent": ".call_conversation_insights_generated_event",
    "CallConversationInsightsGeneratedEventType": ".call_conversation_insights_generated_event_type",
    "CallConversationInsightsGeneratedPayload": ".call_conversation_insights_generated_payload",
    "CallConversationInsightsGeneratedPayloadCallingPartyType": ".call_conversation_insights_generated_payload_calling_party_type",
    "CallConversationInsightsGeneratedPayloadResultsItem": ".call_conversation_insights_generated_payload_results_item",
    "CallConversationInsightsGeneratedPayloadResultsItemResultType0": ".call_conversation_insights_generated_payload_results_item_result_type_0",
    "CallConversationInsightsGeneratedRecordType": ".call_conversation_insights_generated_record_type",
    "CallCost": ".call_cost",
    "CallCostEvent": ".call_cost_event",
    "CallCostEventType": ".call_cost_event_type",
    "CallCostPart": ".call_cost_part",
    "CallCostPayload": ".call_cost_payload",
    "CallCostPayloadStatus": ".call_cost_payload_status",
    "CallCostRecordType": ".call_cost_record_type",
    "CallDeepfakeDetectionError": ".call_deepfake_detection_error",
    "CallDeepfakeDetectionErrorEvent": ".call_deepfake_detection_error_event",
    "CallDeepfakeDetectionErrorEventType": ".call_deepfake_detection_error_event_type",
    "CallDeepfakeDetectionErrorPayload": ".call_deepfake_detection_error_payload",
    "CallDeepfakeDetectionErrorPayloadErrorMessage": ".call_deepfake_detection_error_payload_error_message",
    "CallDeepfakeDetectionErrorRecordType": ".call_deepfake_detection_error_record_type",
    "CallDeepfakeDetectionResult": ".call_deepfake_detection_result",
    "CallDeepfakeDetectionResultEvent": ".call_deepfake_detection_result_event",
    "CallDeepfakeDetectionResultEventType": ".call_deepfake_detection_result_event_type",
    "CallDeepfakeDetectionResultPayload": ".call_deepfake_detection_result_payload",
    "CallDeepfakeDetectionResultPayloadResult": ".call_deepfake_detection_result_payload_result",
    "CallDeepfakeDetectionResultRecordType": ".call_deepfake_detection_result_record_type",
    "CallDTMFReceived": ".call_dtmf_received",
    "CallDTMFReceivedEvent": ".call_dtmf_received_event",
    "CallDTMFReceivedEventType": ".call_dtmf_received_event_type",
    "CallDTMFReceivedPayload": ".call_dtmf_received_payload",
    "CallDTMFReceivedRecordType": ".call_dtmf_received_record_type",
    "CallEnqueued": ".call_enqueued",
    "CallEnqueuedEvent": ".call_enqueued_event",
    "CallEnqueuedEventType": ".call_enqueued_event_type",
    "CallEnqueuedPayload": ".call_enqueued_payload",
    "CallEnqueuedRecordType": ".call_enqueued_record_type",
    "CallEvent": ".call_event",
    "CallEventMetadata": ".call_event_metadata",
    "CallEventRecordType": ".call_event_record_type",
    "CallEventType": ".call_event_type",
    "CallForkStarted": ".call_fork_started",
    "CallForkStartedEvent": ".call_fork_started_event",
    "CallForkStartedEventType": ".call_fork_started_event_type",
    "CallForkStartedPayload": ".call_fork_started_payload",
    "CallForkStartedPayloadStreamType": ".call_fork_started_payload_stream_type",
    "CallForkStartedRecordType": ".call_fork_started_record_type",
    "CallForkStopped": ".call_fork_stopped",
    "CallForkStoppedEvent": ".call_fork_stopped_event",
    "CallForkStoppedEventType": ".call_fork_stopped_event_type",
    "CallForkStoppedPayload": ".call_fork_stopped_payload",
    "CallForkStoppedPayloadStreamType": ".call_fork_stopped_payload_stream_type",
    "CallForkStoppedRecordType": ".call_fork_stopped_record_type",
    "CallGatherEnded": ".call_gather_ended",
    "CallGatherEndedEvent": ".call_gather_ended_event",
    "CallGatherEndedEventType": ".call_gather_ended_event_type",
    "CallGatherEndedPayload": ".call_gather_ended_payload",
    "CallGatherEndedPayloadStatus": ".call_gather_ended_payload_status",
    "CallGatherEndedRecordType": ".call_gather_ended_record_type",
    "CallHangup": ".call_hangup",
    "CallHangupEvent": ".call_hangup_event",
    "CallHangupEventType": ".call_hangup_event_type",
    "CallHangupPayload": ".call_hangup_payload",
    "CallHangupPayloadCallQualityStatsType0": ".call_hangup_payload_call_quality_stats_type_0",
    "CallHangupPayloadCallQualityStatsType0Inbound": ".call_hangup_payload_call_quality_stats_type_0_inbound",
    "CallHangupPayloadCallQualityStatsType0Outbound": ".call_hangup_payload_call_quality_stats_type_0_outbound",
    "CallHangupPayloadHangupCause": ".call_hangup_payload_hangup_cause",
    "CallHangupPayloadHangupSource": ".call_hangup_payload_hangup_source",
    "CallHangupPayloadState": ".call_hangup_payload_state",
    "CallHangupRecordType": ".call_hangup_record_type",
    "CallHold": ".call_hold",
    "CallHoldEvent": ".call_hold_event",
    "CallHoldEventType": ".call_hold_event_type",
    "CallHoldPayload": ".call_hold_payload",
    "CallHoldRecordType": ".call_hold_record_type",
    "CallInitiated": ".call_initiated",
    "CallInitiatedEvent": ".call_initiated_event",
    "CallInitiatedEventType": ".call_initiated_event_type",
    "CallInitiatedPayload": ".call_initiated_payload",
    "CallInitiatedPayloadDirection": ".call_initiated_payload_direction",
    "CallInitiatedPayloadState": ".call_initiated_payload_state",
    "CallInitiatedRecordType": ".call_initiated_record_type",
    "CallLeftQueue": ".call_left_queue",
    "CallLeftQueueEvent": ".call_left_queue_event",
    "CallLeftQueueEventType": ".call_left_queue_event_type",
    "CallLeftQueuePayload": ".call_left_queue_payload",
    "CallLeftQueuePayloadReason": ".call_left_queue_payload_reason",
    "CallLeftQueueRecordType": ".call_left_queue_record_type",
    "CallMachineDetectionEnded": ".call_machine_detection_ended",
    "CallMachineDetectionEndedEvent": ".call_machine_detection_ended_event",
    "CallMachineDetectionEndedEventType": ".call_machine_detection_ended_event_type",
    "CallMachineDetectionEndedPayload": ".call_machine_detection_ended_payload",
    "CallMachineDetectionEndedPayloadResult": ".call_machine_detection_ended_payload_result",
    "CallMachineDetectionEndedRecordType": ".call_machine_detection_ended_record_type",
    "CallMachineGreetingEnded": ".call_machine_greeting_ended",
    "CallMachineGreetingEndedEvent": ".call_machine_greeting_ended_event",
    "CallMachineGreetingEndedEventType": ".call_machine_greeting_ended_event_type",
    "CallMachineGreetingEndedPayload": ".call_machine_greeting_ended_payload",
    "CallMachineGreetingEndedPayloadResult": ".call_machine_greeting_ended_payload_result",
    "CallMachineGreetingEndedRecordType": ".call_machine_greeting_ended_record_type",
    "CallMachinePremiumDetectionEnded": ".call_machine_premium_detection_ended",
    "CallMachinePremiumDetectionEndedEvent": ".call_machine_premium_detection_ended_event",
    "CallMachinePremiumDetectionEndedEventType": ".call_machine_premium_detection_ended_event_type",
    "CallMachinePremiumDetectionEndedPayload": ".call_machine_premium_detection_ended_payload",
    "CallMachinePremiumDetectionEndedPayloadResult": ".call_machine_premium_detection_ended_payload_result",
    "CallMachinePremiumDetectionEndedRecordType": ".call_machine_premium_detection_ended_record_type",
    "CallMachinePremiumGreetingEnded": ".call_machine_premium_greeting_ended",
    "CallMachinePremiumGreetingEndedEvent": ".call_machine_premium_greeting_ended_event",
    "CallMachinePremiumGreetingEndedEventType": ".call_machine_premium_greeting_ended_event_type",
    "CallMachinePremiumGreetingEndedPayload": ".call_machine_premium_greeting_ended_payload",
    "CallMachinePremiumGreetingEndedPayloadResult": ".call_machine_premium_greeting_ended_payload_result",
    "CallMachinePremiumGreetingEndedRecordType": ".call_machine_premium_greeting_ended_record_type",
    "CallPlaybackEnded": ".call_playback_ended",
    "CallPlaybackEndedEvent": ".call_playback_ended_event",
    "CallPlaybackEndedEventType": ".call_playback_ended_event_type",
    "CallPlaybackEndedPayload": ".call_playback_ended_payload",
    "CallPlaybackEndedPayloadStatus": ".call_playback_ended_payload_status",
    "CallPlaybackEndedRecordType": ".call_playback_ended_record_type",
    "CallPlaybackStarted": ".call_playback_started",
    "CallPlaybackStartedEvent": ".call_playback_started_event",
    "CallPlaybackStartedEventType": ".call_playback_started_event_type",
    "CallPlaybackStartedPayload": ".call_playback_started_payload",
    "CallPlaybackStartedRecordType": ".call_playback_started_record_type",
    "CallRecordType": ".call_record_type",
    "CallRecordingError": ".call_recording_error",
    "CallRecordingErrorEvent": ".call_recording_error_event",
    "CallRecordingErrorEventType": ".call_recording_error_event_type",
    "CallRecordingErrorPayload": ".call_recording_error_payload",
    "CallRecordingErrorPayloadReason": ".call_recording_error_payload_reason",
    "CallRecordingErrorRecordType": ".call_recording_error_record_type",
    "CallRecordingSaved": ".call_recording_saved",
    "CallRecordingSavedEvent": ".call_recording_saved_event",
    "CallRecordingSavedEventType": ".call_recording_saved_event_type",
    "CallRecordingSavedPayload": ".call_recording_saved_payload",
    "CallRecordingSavedPayloadChannels": ".call_recording_saved_payload_channels",
    "CallRecordingSavedPayloadPublicRecordingUrls": ".call_recording_saved_payload_public_recording_urls",
    "CallRecordingSavedPayloadRecordingUrls": ".call_recording_saved_payload_recording_urls",
    "CallRecordingSavedRecordType": ".call_recording_saved_record_type",
    "CallRecordingTranscriptionSaved": ".call_recording_transcription_saved",
    "CallRecordingTranscriptionSavedEvent": ".call_recording_transcription_saved_event",
    "CallRecordingTranscriptionSavedEventType": ".call_recording_transcription_saved_event_type",
    "CallRecordingTranscriptionSavedPayload": ".call_recording_transcription_saved_payload",
    "CallRecordingTranscriptionSavedPayloadCallingPartyType": ".call_recording_transcription_saved_payload_calling_party_type",
    "CallRecordingTranscriptionSavedPayloadStatus": ".call_recording_transcription_saved_payload_status",
    "CallRecordingTranscriptionSavedRecordType": ".call_recording_transcription_saved_record_type",
    "CallReferCompleted": ".call_refer_completed",
    "CallReferCompletedEvent": ".call_refer_completed_event",
    "CallReferCompletedEventType": ".call_refer_completed_event_type",
    "CallReferCompletedPayload": ".call_refer_completed_payload",
    "CallReferCompletedRecordType": ".call_refer_completed_record_type",
    "CallReferFailed": ".call_refer_failed",
    "CallReferFailedEvent": ".call_refer_failed_event",
    "CallReferFailedEventType": ".call_refer_failed_event_type",
    "CallReferFailedPayload": ".call_refer_failed_payload",
    "CallReferFailedRecordType": ".call_refer_failed_record_type",
    "CallReferStarted": ".call_refer_started",
    "CallReferStartedEvent": ".call_refer_started_event",
    "CallReferStartedEventType": ".call_refer_started_event_type",
    "CallReferStartedPayload": ".call_refer_started_payload",
    "CallReferStartedRecordType": ".call_refer_started_record_type",
    "CallSpeakEnded": ".call_speak_ended",
    "CallSpeakEndedEvent": ".call_speak_ended_event",
    "CallSpeakEndedEventType": ".call_speak_ended_event_type",
    "CallSpeakEndedPayload": ".call_speak_ended_payload",
    "CallSpeakEndedPayloadStatus": ".call_speak_ended_payload_status",
    "CallSpeakEndedRecordType": ".call_speak_ended_record_type",
    "CallSpeakStarted": ".call_speak_started",
    "CallSpeakStartedEvent": ".call_speak_started_event",
    "CallSpeakStartedEventType": ".call_speak_started_event_type",
    "CallSpeakStartedPayload": ".call_speak_started_payload",
    "CallSpeakStartedRecordType": ".call_speak_started_record_type",
    "CallUnhold": ".call_unhold",
    "CallUnholdEvent": ".call_unhold_event",
    "CallUnholdEventType": ".call_unhold_event_type",
    "CallUnholdPayload": ".call_unhold_payload",
    "CallUnholdRecordType": ".call_unhold_record_type",
    "CallWithRecordingID": ".call_with_recording_id",
    "CallWithRecordingIDRecordType": ".call_with_recording_id_record_type",
    "CheckAvailabilityTool": ".check_availability_tool",
    "CheckAvailabilityToolParams": ".check_availability_tool_params",
    "CheckAvailabilityToolType": ".check_availability_tool_type",
    "ConferenceCreated": ".conference_created",
    "ConferenceCreatedEvent": ".conference_created_event",
    "ConferenceCreatedEventType": ".conference_created_event_type",
    "ConferenceCreatedPayload": ".conference_created_payload",
    "ConferenceCreatedRecordType": ".conference_created_record_type",
    "ConferenceEnded": ".conference_ended",
    "ConferenceEndedEvent": ".conference_ended_event",
    "ConferenceEndedEventType": ".conference_ended_event_type",
    "ConferenceEndedPayload": ".conference_ended_payload",
    "ConferenceEndedPayloadReason": ".conference_ended_payload_reason",
    "ConferenceEndedRecordType": ".conference_ended_record_type",
    "ConferenceFloorChanged": ".conference_floor_changed",
    "ConferenceFloorChangedData": ".conference_floor_changed_data",
    "ConferenceFloorChangedDataEventType": ".conference_floor_changed_data_event_type",
    "ConferenceFloorChangedDataPayload": ".conference_floor_changed_data_payload",
    "ConferenceFloorChangedDataRecordType": ".conference_floor_changed_data_record_type",
    "ConferenceParticipantJoined": ".conference_participant_joined",
    "ConferenceParticipantJoinedEvent": ".conference_participant_joined_event",
    "ConferenceParticipantJoinedEventType": ".conference_participant_joined_event_type",
    "ConferenceParticipantJoinedPayload": ".conference_participant_joined_payload",
    "ConferenceParticipantJoinedRecordType": ".conference_participant_joined_record_type",
    "ConferenceParticipantLeft": ".conference_participant_left",
    "ConferenceParticipantLeftEvent": ".conference_participant_left_event",
    "ConferenceParticipantLeftEventType": ".conference_participant_left_event_type",
    "ConferenceParticipantLeftPayload": ".conference_participant_left_payload",
    "ConferenceParticipantLeftRecordType": ".conference_participant_left_record_type",
    "ConferenceParticipantPlaybackEnded": ".conference_participant_playback_ended",
    "ConferenceParticipantPlaybackEndedEvent": ".conference_participant_playback_ended_event",
    "ConferenceParticipantPlaybackEndedEventType": ".conference_participant_playback_ended_event_type",
    "ConferenceParticipantPlaybackEndedPayload": ".conference_participant_playback_ended_payload",
    "ConferenceParticipantPlaybackEndedRecordType": ".conference_participant_playback_ended_record_type",
    "ConferenceParticipantPlaybackStarted": ".conference_participant_playback_started",
    "ConferenceParticipantPlaybackStartedEvent": ".conference_participant_playback_started_event",
    "ConferenceParticipantPlaybackStartedEventType": ".conference_participant_playback_started_event_type",
    "ConferenceParticipantPlaybackStartedPayload": ".conference_participant_playback_started_payload",
    "ConferenceParticipantPlaybackStartedRecordType": ".conference_participant_playback_started_record_type",
    "ConferenceParticipantSpeakEnded": ".conference_participant_speak_ended",
    "ConferenceParticipantSpeakEndedEvent": ".conference_participant_speak_ended_event",
    "ConferenceParticipantSpeakEndedEventType": ".conference_participant_speak_ended_event_type",
    "ConferenceParticipantSpeakEndedPayload": ".conference_participant_speak_ended_payload",
    "ConferenceParticipantSpeakEndedRecordType": ".conference_participant_speak_ended_record_type",
    "ConferenceParticipantSpeakStarted": ".conference_participant_speak_started",
    "ConferenceParticipantSpeakStartedEvent": ".conference_participant_speak_started_event",
    "ConferenceParticipantSpeakStartedEventType": ".conference_participant_speak_started_event_type",
    "ConferenceParticipantSpeakStartedPayload": ".conference_participant_speak_started_payload",
    "ConferenceParticipantSpeakStartedRecordType": ".conference_participant_speak_started_record_type",
    "ConferencePlaybackEnded": ".conference_playback_ended",
    "ConferencePlaybackEndedEvent": ".conference_playback_ended_event",
    "ConferencePlaybackEndedEventType": ".conference_playback_ended_event_type",
    "ConferencePlaybackEndedPayload": ".conference_playback_ended_payload",
    "ConferencePlaybackEndedRecordType": ".conference_playback_ended_record_type",
    "ConferencePlaybackStarted": ".conference_playback_started",
    "ConferencePlaybackStartedEvent": ".conference_playback_started_event",
    "ConferencePlaybackStartedEventType": ".conference_playback_started_event_type",
    "ConferencePlaybackStartedPayload": ".conference_playback_started_payload",
    "ConferencePlaybackStartedRecordType": ".conference_playback_started_record_type",
    "ConferenceRecordingSaved": ".conference_recording_saved",
    "ConferenceRecordingSavedEvent": ".conference_recording_saved_event",
    "ConferenceRecordingSavedEventType": ".conference_recording_saved_event_type",
    "ConferenceRecordingSavedPayload": ".conference_recording_saved_payload",
    "ConferenceRecordingSavedPayloadChannels": ".conference_recording_saved_payload_channels",
    "ConferenceRecordingSavedPayloadFormat": ".conference_recording_saved_payload_format",
    "ConferenceRecordingSavedPayloadPublicRecordingUrls": ".conference_recording_saved_payload_public_recording_urls",
    "ConferenceRecordingSavedPayloadRecordingUrls": ".conference_recording_saved_payload_recording_urls",
    "ConferenceRecordingSavedRecordType": ".conference_recording_saved_record_type",
    "ConferenceSpeakEnded": ".conference_speak_ended",
    "ConferenceSpeakEndedEvent": ".conference_speak_ended_event",
    "ConferenceSpeakEndedEventType": ".conference_speak_ended_event_type",
    "ConferenceSpeakEndedPayload": ".conference_speak_ended_payload",
    "ConferenceSpeakEndedRecordType": ".conference_speak_ended_record_type",
    "ConferenceSpeakStarted": ".conference_speak_started",
    "ConferenceSpeakStartedEvent": ".conference_speak_started_event",
    "ConferenceSpeakStartedEventType": ".conference_speak_started_event_type",
    "ConferenceSpeakStartedPayload": ".conference_speak_started_payload",
    "ConferenceSpeakStartedRecordType": ".conference_speak_started_record_type",
    "ConversationRelayCustomParameters": ".conversation_relay_custom_parameters",
    "ConversationRelayCustomParametersDynamicVariables": ".conversation_relay_custom_parameters_dynamic_variables",
    "ConversationRelayEmbeddedConfig": ".conversation_relay_embedded_config",
    "ConversationRelayEmbeddedConfigCustomParameters": ".conversation_relay_embedded_config_custom_parameters",
    "ConversationRelayEmbeddedConfigTranscriptionEngine": ".conversation_relay_embedded_config_transcription_engine",
    "ConversationRelayInterruptible": ".conversation_relay_interruptible",
    "ConversationRelayInterruptionSettings": ".conversation_relay_interruption_settings",
    "ConversationRelayLanguage": ".conversation_relay_language",
    "ConversationRelayLanguageTranscriptionEngine": ".conversation_relay_language_transcription_engine",
    "ConversationRelaySettings": ".conversation_relay_settings",
    "ConversationRelayStartRequest": ".conversation_relay_start_request",
    "ConversationRelayStartRequestCustomParameters": ".conversation_relay_start_request_custom_parameters",
    "ConversationRelayStartRequestTranscription": ".conversation_relay_start_request_transcription",
    "ConversationRelayStartRequestTranscriptionEngine": ".conversation_relay_start_request_transcription_engine",
    "ConversationRelayStopRequest": ".conversation_relay_stop_request",
    "ConversationRelayStructuredProvider": ".conversation_relay_structured_provider",
    "ConversationRelayTranscriptionEngineConfig": ".conversation_relay_transcription_engine_config",
    "CreateCallControlApplicationRequest": ".create_call_control_application_request",
    "CreateCallControlApplicationRequestAnchorsiteOverride": ".create_call_control_application_request_anchorsite_override",
    "CreateCallControlApplicationRequestDtmfType": ".create_call_control_application_request_dtmf_type",
    "CreateCallControlApplicationRequestWebhookApiVersion": ".create_call_control_application_request_webhook_api_version",
    "Cursor": ".cursor",
    "CursorPaginationMeta": ".cursor_pagination_meta",
    "CustomSIPHeader": ".custom_sip_header",
    "DeepgramNova2Config": ".deepgram_nova_2_config",
    "DeepgramNova2ConfigKeywordsBoosting": ".deepgram_nova_2_config_keywords_boosting",
    "DeepgramNova2ConfigTranscriptionEngine": ".deepgram_nova_2_config_transcription_engine",
    "DeepgramNova2ConfigTranscriptionModel": ".deepgram_nova_2_config_transcription_model",
    "DeepgramNova2TranscriptionEngineListOfLanguages": ".deepgram_nova_2_transcription_engine_list_of_languages",
    "DeepgramNova3Config": ".deepgram_nova_3_config",
    "DeepgramNova3ConfigKeywordsBoosting": ".deepgram_nova_3_config_keywords_boosting",
    "DeepgramNova3ConfigTranscriptionEngine": ".deepgram_nova_3_config_transcription_engine",
    "DeepgramNova3ConfigTranscriptionModel": ".deepgram_nova_3_config_transcription_model",
    "DeepgramNova3TranscriptionEngineListOfLanguages": ".deepgram_nova_3_transcription_engine_list_of_languages",
    "DeveloperMessage": ".developer_message",
    "DeveloperMessageRole": ".developer_message_role",
    "DialRequest": ".dial_request",
    "DialRequestAnsweringMachineDetection": ".dial_request_answering_machine_detection",
    "DialRequestAnsweringMachineDetectionConfig": ".dial_request_answering_machine_detection_config",
    "DialRequestConferenceConfig": ".dial_request_conference_config",
    "DialRequestConferenceConfigBeepEnabled": ".dial_request_conference_config_beep_enabled",
    "DialRequestConferenceConfigSupervisorRole": ".dial_request_conference_config_supervisor_role",
    "DialRequestDeepfakeDetection": ".dial_request_deepfake_detection",
    "DialRequestMediaEncryption": ".dial_request_media_encryption",
    "DialRequestPrivacy": ".dial_request_privacy",
    "DialRequestRecord": ".dial_request_record",
    "DialRequestRecordChannels": ".dial_request_record_channels",
    "DialRequestRecordFormat": ".dial_request_record_format",
    "DialRequestRecordTrack": ".dial_request_record_track",
    "DialRequestRecordTrim": ".dial_request_record_trim",
    "DialRequestSipRegion": ".dial_request_sip_region",
    "DialRequestSipTransportProtocol": ".dial_request_sip_transport_protocol",
    "DialRequestStreamTrack": ".dial_request_stream_track",
    "DialRequestSupervisorRole": ".dial_request_supervisor_role",
    "DialRequestWebhookRetriesPolicies": ".dial_request_webhook_retries_policies",
    "DialRequestWebhookRetriesPoliciesAdditionalProperty": ".dial_request_webhook_retries_policies_additional_property",
    "DialRequestWebhookUrlMethod": ".dial_request_webhook_url_method",
    "DialRequestWebhookUrls": ".dial_request_webhook_urls",
    "DialRequestWebhookUrlsMethod": ".dial_request_webhook_urls_method",
    "DialogflowConfig": ".dialogflow_config",
    "ElevenLabsVoiceSettings": ".eleven_labs_voice_settings",
    "ElevenLabsVoiceSettingsType": ".eleven_labs_voice_settings_type",
    "EnqueueRequest": ".enqueue_request",
    "Gather": ".gather",
    "GatherUsingAIRequest": ".gather_using_ai_request",
    "GatherUsingAIRequestMessageHistoryItem": ".gather_using_ai_request_message_history_item",
    "GatherUsingAIRequestMessageHistoryItemRole": ".gather_using_ai_request_message_history_item_role",
    "GatherUsingAIRequestParameters": ".gather_using_ai_request_parameters",
    "GatherUsingAudioRequest": ".gather_using_audio_request",
    "GatherUsingSpeakRequest": ".gather_using_speak_request",
    "GatherUsingSpeakRequestLanguage": ".gather_using_speak_request_language",
    "GatherUsingSpeakRequestPayloadType": ".gather_using_speak_request_payload_type",
    "GatherUsingSpeakRequestServiceLevel": ".gather_using_speak_request_service_level",
    "GoogleTranscriptionEngineListOfLanguages": ".google_transcription_engine_list_of_languages",
    "HangupRequest": ".hangup_request",
    "HangupTool": ".hangup_tool",
    "HangupToolParams": ".hangup_tool_params",
    "HangupToolType": ".hangup_tool_type",
    "InterruptionSettings": ".interruption_settings",
    "InworldVoiceSettings": ".inworld_voice_settings",
    "InworldVoiceSettingsDeliveryMode": ".inworld_voice_settings_delivery_mode",
    "InworldVoiceSettingsType": ".inworld_voice_settings_type",
    "LeaveQueueRequest": ".leave_queue_request",
    "ListCallControlApplicationsFilter": ".list_call_control_applications_filter",
    "ListCallControlApplicationsFilterApplicationName": ".list_call_control_applications_filter_application_name",
    "ListCallControlApplicationsFilterOccurredAt": ".list_call_control_applications_filter_occurred_at",
    "ListCallControlApplicationsFilterProduct": ".list_call_control_applications_filter_product",
    "ListCallControlApplicationsFilterStatus": ".list_call_control_applications_filter_status",
    "ListCallControlApplicationsFilterType": ".list_call_control_applications_filter_type",
    "ListCallControlApplicationsPage": ".list_call_control_applications_page",
    "ListCallControlApplicationsResponse": ".list_call_control_applications_response",
    "ListCallControlApplicationsSort": ".list_call_control_applications_sort",
    "ListCallEventsFilter": ".list_call_events_filter",
    "ListCallEventsFilterApplicationName": ".list_call_events_filter_application_name",
    "ListCallEventsFilterOccurredAt": ".list_call_events_filter_occurred_at",
    "ListCallEventsFilterProduct": ".list_call_events_filter_product",
    "ListCallEventsFilterStatus": ".list_call_events_filter_status",
    "ListCallEventsFilterType": ".list_call_events_filter_type",
    "ListCallEventsPage": ".list_call_events_page",
    "ListCallEventsResponse": ".list_call_events_response",
    "ListConnectionActiveCallsPage": ".list_connection_active_calls_page",
    "MessageMetadata": ".message_metadata",
    "MinimaxVoiceSettings": ".minimax_voice_settings",
    "MinimaxVoiceSettingsLanguageBoostType1": ".minimax_voice_settings_language_boost_type_1",
    "MinimaxVoiceSettingsLanguageBoostType2Type1": ".minimax_voice_settings_language_boost_type_2_type_1",
    "MinimaxVoiceSettingsLanguageBoostType3Type1": ".minimax_voice_settings_language_boost_type_3_type_1",
    "MinimaxVoiceSettingsType": ".minimax_voice_settings_type",
    "NoiseSuppressionDirection": ".noise_suppression_direction",
    "NoiseSuppressionEngine": ".noise_suppression_engine",
    "NoiseSuppressionEngineConfiguration": ".noise_suppression_engine_configuration",
    "NoiseSuppressionEngineConfigurationFamily": ".noise_suppression_engine_configuration_family",
    "NoiseSuppressionEngineConfigurationMode": ".noise_suppression_engine_configuration_mode",
    "NoiseSuppressionEngineConfigurationModel": ".noise_suppression_engine_configuration_model",
    "NoiseSuppressionEngineConfigurationSize": ".noise_suppression_engine_configuration_size",
    "NoiseSuppressionStartRequest": ".noise_suppression_start_request",
    "NoiseSuppressionStopRequest": ".noise_suppression_stop_request",
    "PaginationMeta": ".pagination_meta",
    "PauseRecordingRequest": ".pause_recording_request",
    "PlayAudioURLRequest": ".play_audio_url_request",
    "PlayAudioURLRequestAudioType": ".play_audio_url_request_audio_type",
    "PlaybackStopRequest": ".playback_stop_request",
    "ReferRequest": ".refer_request",
    "RejectRequest": ".reject_request",
    "RejectRequestCause": ".reject_request_cause",
    "ResembleSampleRate": ".resemble_sample_rate",
    "ResembleVoiceSettings": ".resemble_voice_settings",
    "ResembleVoiceSettingsFormat": ".resemble_voice_settings_format",
    "ResembleVoiceSettingsPrecision": ".resemble_voice_settings_precision",
    "ResembleVoiceSettingsType": ".resemble_voice_settings_type",
    "ResumeRecordingRequest": ".resume_recording_request",
    "RetrievalTool": ".retrieval_tool",
    "RetrievalToolType": ".retrieval_tool_type",
    "RetrieveCallStatusResponse": ".retrieve_call_status_response",
    "RetrieveCallStatusResponseWithRecordingID": ".retrieve_call_status_response_with_recording_id",
    "RimeVoiceSettings": ".rime_voice_settings",
    "RimeVoiceSettingsType": ".rime_voice_settings_type",
    "SendDTMFRequest": ".send_dtmf_request",
    "SendSIPInfoRequest": ".send_sip_info_request",
    "SIPHeader": ".sip_header",
    "SIPHeaderName": ".sip_header_name",
    "SiprecFailed": ".siprec_failed",
    "SiprecFailedEvent": ".siprec_failed_event",
    "SiprecFailedEventType": ".siprec_failed_event_type",
    "SiprecFailedPayload": ".siprec_failed_payload",
    "SiprecFailedRecordType": ".siprec_failed_record_type",
    "SiprecStarted": ".siprec_started",
    "SiprecStartedEvent": ".siprec_started_event",
    "SiprecStartedEventType": ".siprec_started_event_type",
    "SiprecStartedPayload": ".siprec_started_payload",
    "SiprecStartedRecordType": ".siprec_started_record_type",
    "SiprecStopped": ".siprec_stopped",
    "SiprecStoppedEvent": ".siprec_stopped_event",
    "SiprecStoppedEventType": ".siprec_stopped_event_type",
    "SiprecStoppedPayload": ".siprec_stopped_payload",
    "SiprecStoppedRecordType": ".siprec_stopped_record_type",
    "SoundModifications": ".sound_modifications",
    "SpeakRequest": ".speak_request",
    "SpeakRequestLanguage": ".speak_request_language",
    "SpeakRequestPayloadType": ".speak_request_payload_type",
    "SpeakRequestServiceLevel": ".speak_request_service_level",
    "SpeakRequestTargetLegs": ".speak_request_target_legs",
    "SpeechmaticsTranscriptionEngineListOfLanguages": ".speechmatics_transcription_engine_list_of_languages",
    "StartForkingRequest": ".start_forking_request",
    "StartForkingRequestStreamType": ".start_forking_request_stream_type",
    "StartRecordingRequest": ".start_recording_request",
    "StartRecordingRequestChannels": ".start_recording_request_channels",
    "StartRecordingRequestFormat": ".start_recording_request_format",
    "StartRecordingRequestRecordingTrack": ".start_recording_request_recording_track",
    "StartRecordingRequestTranscriptionEngine": ".start_recording_request_transcription_engine",
    "StartRecordingRequestTrim": ".start_recording_request_trim",
    "StartSiprecRequest": ".start_siprec_request",
    "StartSiprecRequestSipTransport": ".start_siprec_request_sip_transport",
    "StartSiprecRequestSiprecTrack": ".start_siprec_request_siprec_track",
    "StartStreamingRequest": ".start_streaming_request",
    "StartStreamingRequestCustomParametersItem": ".start_streaming_request_custom_parameters_item",
    "StartStreamingRequestStreamTrack": ".start_streaming_request_stream_track",
    "StopForkingRequest": ".stop_forking_request",
    "StopForkingRequestStreamType": ".stop_forking_request_stream_type",
    "StopGatherRequest": ".stop_gather_request",
    "StopRecordingRequest": ".stop_recording_request",
    "StopSiprecRequest": ".stop_siprec_request",
    "StopStreamingRequest": ".stop_streaming_request",
    "StreamCodec": ".stream_codec",
    "StreamingFailed": ".streaming_failed",
    "StreamingFailedEvent": ".streaming_failed_event",
    "StreamingFailedEventType": ".streaming_failed_event_type",
    "StreamingFailedPayload": ".streaming_failed_payload",
    "StreamingFailedPayloadStreamParams": ".streaming_failed_payload_stream_params",
    "StreamingFailedPayloadStreamParamsTrack": ".streaming_failed_payload_stream_params_track",
    "StreamingFailedPayloadStreamType": ".streaming_failed_payload_stream_type",
    "StreamingFailedRecordType": ".streaming_failed_record_type",
    "StreamingStarted": ".streaming_started",
    "StreamingStartedEvent": ".streaming_started_event",
    "StreamingStartedEventType": ".streaming_started_event_type",
    "StreamingStartedPayload": ".streaming_started_payload",
    "StreamingStartedRecordType": ".streaming_started_record_type",
    "StreamingStopped": ".streaming_stopped",
    "StreamingStoppedEvent": ".streaming_stopped_event",
    "StreamingStoppedEventType": ".streaming_stopped_event_type",
    "StreamingStoppedPayload": ".streaming_stopped_payload",
    "StreamingStoppedRecordType": ".streaming_stopped_record_type",
    "SwitchSupervisorRoleRequest": ".switch_supervisor_role_request",
    "SwitchSupervisorRoleRequestRole": ".switch_supervisor_role_request_role",
    "SystemMessage": ".system_message",
    "SystemMessageRole": ".system_message_role",
    "TelnyxTranscriptionEngineListOfLanguages": ".telnyx_transcription_engine_list_of_languages",
    "TelnyxVoiceSettings": ".telnyx_voice_settings",
    "TelnyxVoiceSettingsType": ".telnyx_voice_settings_type",
    "ToolCall": ".tool_call",
    "ToolCallFunction": ".tool_call_function",
    "ToolCallType": ".tool_call_type",
    "ToolMessage": ".tool_message",
    "ToolMessageRole": ".tool_message_role",
    "Transcription": ".transcription",
    "TranscriptionConfig": ".transcription_config",
    "TranscriptionConfigModel": ".transcription_config_model",
    "TranscriptionEngineAConfig": ".transcription_engine_a_config",
    "TranscriptionEngineAConfigModel": ".transcription_engine_a_config_model",
    "TranscriptionEngineAConfigSpeechContextItem": ".transcription_engine_a_config_speech_context_item",
    "TranscriptionEngineAConfigTranscriptionEngine": ".transcription_engine_a_config_transcription_engine",
    "TranscriptionEngineAssemblyAIConfig": ".transcription_engine_assembly_ai_config",
    "TranscriptionEngineAssemblyAIConfigTranscriptionEngine": ".transcription_engine_assembly_ai_config_transcription_engine",
    "TranscriptionEngineAssemblyAIConfigTranscriptionModel": ".transcription_engine_assembly_ai_config_transcription_model",
    "TranscriptionEngineAzureConfig": ".transcription_engine_azure_config",
    "TranscriptionEngineAzureConfigTranscriptionEngine": ".transcription_engine_azure_config_transcription_engine",
    "TranscriptionEngineBConfig": ".transcription_engine_b_config",
    "TranscriptionEngineBConfigTranscriptionEngine": ".transcription_engine_b_config_transcription_engine",
    "TranscriptionEngineBConfigTranscriptionModel": ".transcription_engine_b_config_transcription_model",
    "TranscriptionEngineGoogleConfig": ".transcription_engine_google_config",
    "TranscriptionEngineGoogleConfigModel": ".transcription_engine_google_config_model",
    "TranscriptionEngineGoogleConfigSpeechContextItem": ".transcription_engine_google_config_speech_context_item",
    "TranscriptionEngineGoogleConfigTranscriptionEngine": ".transcription_engine_google_config_transcription_engine",
    "TranscriptionEngineParakeetConfig": ".transcription_engine_parakeet_config",
    "TranscriptionEngineParakeetConfigTranscriptionEngine": ".transcription_engine_parakeet_config_transcription_engine",
    "TranscriptionEngineParakeetConfigTranscriptionModel": ".transcription_engine_parakeet_config_transcription_model",
    "TranscriptionEngineSonioxConfig": ".transcription_engine_soniox_config",
    "TranscriptionEngineSonioxConfigTranscriptionEngine": ".transcription_engine_soniox_config_transcription_engine",
    "TranscriptionEngineSonioxConfigTranscriptionModel": ".transcription_engine_soniox_config_transcription_model",
    "TranscriptionEngineSpeechmaticsConfig": ".transcription_engine_speechmatics_config",
    "TranscriptionEngineSpeechmaticsConfigTranscriptionEngine": ".transcription_engine_speechmatics_config_transcription_engine",
    "TranscriptionEngineSpeechmaticsConfigTranscriptionModel": ".transcription_engine_speechmatics_config_transcription_model",
    "TranscriptionEngineTelnyxConfig": ".transcription_engine_telnyx_config",
    "TranscriptionEngineTelnyxConfigTranscriptionEngine": ".transcription_engine_telnyx_config_transcription_engine",
    "TranscriptionEngineTelnyxConfigTranscriptionModel": ".transcription_engine_telnyx_config_transcription_model",
    "TranscriptionEngineXAIConfig": ".transcription_engine_xai_config",
    "TranscriptionEngineXAIConfigTranscriptionEngine": ".transcription_engine_xai_config_transcription_engine",
    "TranscriptionEngineXAIConfigTranscriptionModel": ".transcription_engine_xai_config_transcription_model",
    "TranscriptionEvent": ".transcription_event",
    "TranscriptionEventType": ".transcription_event_type",
    "TranscriptionLanguage": ".transcription_language",
    "TranscriptionPayload": ".transcription_payload",
    "TranscriptionPayloadTranscriptionData": ".transcription_payload_transcription_data",
    "TranscriptionPayloadTranscriptionDataTranscriptionTrack": ".transcription_payload_transcription_data_transcription_track",
    "TranscriptionRecordType": ".transcription_record_type",
    "TranscriptionStartRequest": ".transcription_start_request",
    "TranscriptionStartRequestTranscriptionEngine": ".transcription_start_request_transcription_engine",
    "TranscriptionStopRequest": ".transcription_stop_request",
    "TransferCallRequest": ".transfer_call_request",
    "TransferCallRequestAnsweringMachineDetection": ".transfer_call_request_answering_machine_detection",
    "TransferCallRequestAnsweringMachineDetectionConfig": ".transfer_call_request_answering_machine_detection_config",
    "TransferCallRequestMediaEncryption": ".transfer_call_request_media_encryption",
    "TransferCallRequestMuteDtmf": ".transfer_call_request_mute_dtmf",
    "TransferCallRequestPrivacy": ".transfer_call_request_privacy",
    "TransferCallRequestRecord": ".transfer_call_request_record",
    "TransferCallRequestRecordChannels": ".transfer_call_request_record_channels",
    "TransferCallRequestRecordFormat": ".transfer_call_request_record_format",
    "TransferCallRequestRecordTrack": ".transfer_call_request_record_track",
    "TransferCallRequestRecordTrim": ".transfer_call_request_record_trim",
    "TransferCallRequestSipRegion": ".transfer_call_request_sip_region",
    "TransferCallRequestSipTransportProtocol": ".transfer_call_request_sip_transport_protocol",
    "TransferCallRequestWebhookRetriesPolicies": ".transfer_call_request_webhook_retries_policies",
    "TransferCallRequestWebhookRetriesPoliciesAdditionalProperty": ".transfer_call_request_webhook_retries_policies_additional_property",
    "TransferCallRequestWebhookUrlMethod": ".transfer_call_request_webhook_url_method",
    "TransferCallRequestWebhookUrls": ".transfer_call_request_webhook_urls",
    "TransferCallRequestWebhookUrlsMethod": ".transfer_call_request_webhook_urls_method",
    "TransferTool": ".transfer_tool",
    "TransferToolParams": ".transfer_tool_params",
    "TransferToolParamsTargetsType0Item": ".transfer_tool_params_targets_type_0_item",
    "TransferToolType": ".transfer_tool_type",
    "UpdateCallControlApplicationRequest": ".update_call_control_application_request",
    "UpdateCallControlApplicationRequestAnchorsiteOverride": ".update_call_control_application_request_anchorsite_override",
    "UpdateCallControlApplicationRequestDtmfType": ".update_call_control_application_request_dtmf_type",
    "UpdateCallControlApplicationRequestWebhookApiVersion": ".update_call_control_application_request_webhook_api_version",
    "UpdateClientStateRequest": ".update_client_state_request",
    "UserMessage": ".user_message",
    "UserMessageRole": ".user_message_role",
    "WebhookDeliveryMeta": ".webhook_delivery_meta",
    "WebhookTool": ".webhook_tool",
    "WebhookToolParams": ".webhook_tool_params",
    "WebhookToolParamsBodyParameters": ".webhook_tool_params_body_parameters",
    "WebhookToolParamsBodyParametersProperties": ".webhook_tool_params_body_parameters_properties",
    "WebhookToolParamsBodyParametersType": ".webhook_tool_params_body_parameters_type",
    "WebhookToolParamsHeadersItem": ".webhook_tool_params_headers_item",
    "WebhookToolParamsMethod": ".webhook_tool_params_method",
    "WebhookToolParamsPathParameters": ".webhook_tool_params_path_parameters",
    "WebhookToolParamsPathParametersProperties": ".webhook_tool_params_path_parameters_properties",
    "WebhookToolParamsPathParametersType": ".webhook_tool_params_path_parameters_type",
    "WebhookToolParamsQueryParameters": ".webhook_tool_params_query_parameters",
    "WebhookToolParamsQueryParametersProperties": ".webhook_tool_params_query_parameters_properties",
    "WebhookToolParamsQueryParametersType": ".webhook_tool_params_query_parameters_type",
    "WebhookToolType": ".webhook_tool_type",
    "XAITranscriptionEngineListOfLanguages": ".xai_transcription_engine_list_of_languages",
    "XAIVoiceSettings": ".xai_voice_settings",
    "XAIVoiceSettingsType": ".xai_voice_settings_type",
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
    "AIAssistantJoinParticipantOnHangup",
    "AIAssistantJoinParticipantRole",
    "AIAssistantJoinRequest",
    "AIAssistantStartRequest",
    "AIAssistantStopRequest",
    "AWSVoiceSettings",
    "AWSVoiceSettingsType",
    "ActiveCall",
    "ActiveCallRecordType",
    "ActiveCallsResponse",
    "AnswerRequest",
    "AnswerRequestDeepfakeDetection",
    "AnswerRequestPreferredCodecs",
    "AnswerRequestRecord",
    "AnswerRequestRecordChannels",
    "AnswerRequestRecordFormat",
    "AnswerRequestRecordTrack",
    "AnswerRequestRecordTrim",
    "AnswerRequestStreamTrack",
    "AnswerRequestWebhookRetriesPolicies",
    "AnswerRequestWebhookRetriesPoliciesAdditionalProperty",
    "AnswerRequestWebhookUrlMethod",
    "AnswerRequestWebhookUrls",
    "AnswerRequestWebhookUrlsMethod",
    "Assistant",
    "AssistantMessage",
    "AssistantMessageRole",
    "AzureTranscriptionEngineListOfLanguages",
    "AzureTranscriptionEngineListOfRegions",
    "AzureVoiceSettings",
    "AzureVoiceSettingsEffect",
    "AzureVoiceSettingsGender",
    "AzureVoiceSettingsType",
    "BidirectionalStreamCodec",
    "BidirectionalStreamMode",
    "BidirectionalStreamSamplingRate",
    "BidirectionalStreamTargetLegs",
    "BookAppointmentTool",
    "BookAppointmentToolParams",
    "BookAppointmentToolType",
    "BridgeRequest",
    "BridgeRequestMuteDtmf",
    "BridgeRequestRecord",
    "BridgeRequestRecordChannels",
    "BridgeRequestRecordFormat",
    "BridgeRequestRecordTrack",
    "BridgeRequestRecordTrim",
    "BridgeRequestRingtone",
    "BucketIds",
    "Call",
    "CallAIGatherEnded",
    "CallAIGatherEndedEvent",
    "CallAIGatherEndedEventType",
    "CallAIGatherEndedPayload",
    "CallAIGatherEndedPayloadMessageHistoryItem",
    "CallAIGatherEndedPayloadMessageHistoryItemRole",
    "CallAIGatherEndedPayloadResult",
    "CallAIGatherEndedPayloadStatus",
    "CallAIGatherEndedRecordType",
    "CallAIGatherMessageHistoryUpdated",
    "CallAIGatherMessageHistoryUpdatedEvent",
    "CallAIGatherMessageHistoryUpdatedEventType",
    "CallAIGatherMessageHistoryUpdatedPayload",
    "CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItem",
    "CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItemRole",
    "CallAIGatherMessageHistoryUpdatedRecordType",
    "CallAIGatherPartialResults",
    "CallAIGatherPartialResultsEvent",
    "CallAIGatherPartialResultsEventType",
    "CallAIGatherPartialResultsPayload",
    "CallAIGatherPartialResultsPayloadMessageHistoryItem",
    "CallAIGatherPartialResultsPayloadMessageHistoryItemRole",
    "CallAIGatherPartialResultsPayloadPartialResults",
    "CallAIGatherPartialResultsRecordType",
    "CallAnswered",
    "CallAnsweredEvent",
    "CallAnsweredEventType",
    "CallAnsweredPayload",
    "CallAnsweredPayloadState",
    "CallAnsweredRecordType",
    "CallAssistantRequest",
    "CallAssistantRequestDynamicVariables",
    "CallAssistantRequestExternalLlm",
    "CallAssistantRequestExternalLlmAuthenticationMethod",
    "CallAssistantRequestFallbackConfig",
    "CallAssistantRequestFallbackConfigExternalLlm",
    "CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethod",
    "CallAssistantRequestMcpServersItem",
    "CallAssistantRequestObservabilitySettings",
    "CallBridged",
    "CallBridgedEvent",
    "CallBridgedEventType",
    "CallBridgedPayload",
    "CallBridgedRecordType",
    "CallControlApplication",
    "CallControlApplicationAnchorsiteOverride",
    "CallControlApplicationDtmfType",
    "CallControlApplicationInbound",
    "CallControlApplicationInboundSipSubdomainReceiveSettings",
    "CallControlApplicationOutbound",
    "CallControlApplicationRecordType",
    "CallControlApplicationResponse",
    "CallControlApplicationWebhookApiVersion",
    "CallControlCommandResponse",
    "CallControlCommandResponseWithConversationID",
    "CallControlCommandResponseWithConversationRelayID",
    "CallControlCommandResponseWithRecordingID",
    "CallControlCommandResult",
    "CallControlCommandResultWithConversationID",
    "CallControlCommandResultWithConversationRelayID",
    "CallControlCommandResultWithRecordingID",
    "CallControlError",
    "CallControlErrorMeta",
    "CallControlErrorSource",
    "CallControlErrors",
    "CallConversationEnded",
    "CallConversationEndedEvent",
    "CallConversationEndedEventType",
    "CallConversationEndedPayload",
    "CallConversationEndedPayloadCallingPartyType",
    "CallConversationEndedRecordType",
    "CallConversationInsightsGenerated",
    "CallConversationInsightsGeneratedEvent",
    "CallConversationInsightsGeneratedEventType",
    "CallConversationInsightsGeneratedPayload",
    "CallConversationInsightsGeneratedPayloadCallingPartyType",
    "CallConversationInsightsGeneratedPayloadResultsItem",
    "CallConversationInsightsGeneratedPayloadResultsItemResultType0",
    "CallConversationInsightsGeneratedRecordType",
    "CallCost",
    "CallCostEvent",
    "CallCostEventType",
    "CallCostPart",
    "CallCostPayload",
    "CallCostPayloadStatus",
    "CallCostRecordType",
    "CallDTMFReceived",
    "CallDTMFReceivedEvent",
    "CallDTMFReceivedEventType",
    "CallDTMFReceivedPayload",
    "CallDTMFReceivedRecordType",
    "CallDeepfakeDetectionError",
    "CallDeepfakeDetectionErrorEvent",
    "CallDeepfakeDetectionErrorEventType",
    "CallDeepfakeDetectionErrorPayload",
    "CallDeepfakeDetectionErrorPayloadErrorMessage",
    "CallDeepfakeDetectionErrorRecordType",
    "CallDeepfakeDetectionResult",
    "CallDeepfakeDetectionResultEvent",
    "CallDeepfakeDetectionResultEventType",
    "CallDeepfakeDetectionResultPayload",
    "CallDeepfakeDetectionResultPayloadResult",
    "CallDeepfakeDetectionResultRecordType",
    "CallEnqueued",
    "CallEnqueuedEvent",
    "CallEnqueuedEventType",
    "CallEnqueuedPayload",
    "CallEnqueuedRecordType",
    "CallEvent",
    "CallEventMetadata",
    "CallEventRecordType",
    "CallEventType",
    "CallForkStarted",
    "CallForkStartedEvent",
    "CallForkStartedEventType",
    "CallForkStartedPayload",
    "CallForkStartedPayloadStreamType",
    "CallForkStartedRecordType",
    "CallForkStopped",
    "CallForkStoppedEvent",
    "CallForkStoppedEventType",
    "CallForkStoppedPayload",
    "CallForkStoppedPayloadStreamType",
    "CallForkStoppedRecordType",
    "CallGatherEnded",
    "CallGatherEndedEvent",
    "CallGatherEndedEventType",
    "CallGatherEndedPayload",
    "CallGatherEndedPayloadStatus",
    "CallGatherEndedRecordType",
    "CallHangup",
    "CallHangupEvent",
    "CallHangupEventType",
    "CallHangupPayload",
    "CallHangupPayloadCallQualityStatsType0",
    "CallHangupPayloadCallQualityStatsType0Inbound",
    "CallHangupPayloadCallQualityStatsType0Outbound",
    "CallHangupPayloadHangupCause",
    "CallHangupPayloadHangupSource",
    "CallHangupPayloadState",
    "CallHangupRecordType",
    "CallHold",
    "CallHoldEvent",
    "CallHoldEventType",
    "CallHoldPayload",
    "CallHoldRecordType",
    "CallInitiated",
    "CallInitiatedEvent",
    "CallInitiatedEventType",
    "CallInitiatedPayload",
    "CallInitiatedPayloadDirection",
    "CallInitiatedPayloadState",
    "CallInitiatedRecordType",
    "CallLeftQueue",
    "CallLeftQueueEvent",
    "CallLeftQueueEventType",
    "CallLeftQueuePayload",
    "CallLeftQueuePayloadReason",
    "CallLeftQueueRecordType",
    "CallMachineDetectionEnded",
    "CallMachineDetectionEndedEvent",
    "CallMachineDetectionEndedEventType",
    "CallMachineDetectionEndedPayload",
    "CallMachineDetectionEndedPayloadResult",
    "CallMachineDetectionEndedRecordType",
    "CallMachineGreetingEnded",
    "CallMachineGreetingEndedEvent",
    "CallMachineGreetingEndedEventType",
    "CallMachineGreetingEndedPayload",
    "CallMachineGreetingEndedPayloadResult",
    "CallMachineGreetingEndedRecordType",
    "CallMachinePremiumDetectionEnded",
    "CallMachinePremiumDetectionEndedEvent",
    "CallMachinePremiumDetectionEndedEventType",
    "CallMachinePremiumDetectionEndedPayload",
    "CallMachinePremiumDetectionEndedPayloadResult",
    "CallMachinePremiumDetectionEndedRecordType",
    "CallMachinePremiumGreetingEnded",
    "CallMachinePremiumGreetingEndedEvent",
    "CallMachinePremiumGreetingEndedEventType",
    "CallMachinePremiumGreetingEndedPayload",
    "CallMachinePremiumGreetingEndedPayloadResult",
    "CallMachinePremiumGreetingEndedRecordType",
    "CallPlaybackEnded",
    "CallPlaybackEndedEvent",
    "CallPlaybackEndedEventType",
    "CallPlaybackEndedPayload",
    "CallPlaybackEndedPayloadStatus",
    "CallPlaybackEndedRecordType",
    "CallPlaybackStarted",
    "CallPlaybackStartedEvent",
    "CallPlaybackStartedEventType",
    "CallPlaybackStartedPayload",
    "CallPlaybackStartedRecordType",
    "CallRecordType",
    "CallRecordingError",
    "CallRecordingErrorEvent",
    "CallRecordingErrorEventType",
    "CallRecordingErrorPayload",
    "CallRecordingErrorPayloadReason",
    "CallRecordingErrorRecordType",
    "CallRecordingSaved",
    "CallRecordingSavedEvent",
    "CallRecordingSavedEventType",
    "CallRecordingSavedPayload",
    "CallRecordingSavedPayloadChannels",
    "CallRecordingSavedPayloadPublicRecordingUrls",
    "CallRecordingSavedPayloadRecordingUrls",
    "CallRecordingSavedRecordType",
    "CallRecordingTranscriptionSaved",
    "CallRecordingTranscriptionSavedEvent",
    "CallRecordingTranscriptionSavedEventType",
    "CallRecordingTranscriptionSavedPayload",
    "CallRecordingTranscriptionSavedPayloadCallingPartyType",
    "CallRecordingTranscriptionSavedPayloadStatus",
    "CallRecordingTranscriptionSavedRecordType",
    "CallReferCompleted",
    "CallReferCompletedEvent",
    "CallReferCompletedEventType",
    "CallReferCompletedPayload",
    "CallReferCompletedRecordType",
    "CallReferFailed",
    "CallReferFailedEvent",
    "CallReferFailedEventType",
    "CallReferFailedPayload",
    "CallReferFailedRecordType",
    "CallReferStarted",
    "CallReferStartedEvent",
    "CallReferStartedEventType",
    "CallReferStartedPayload",
    "CallReferStartedRecordType",
    "CallSpeakEnded",
    "CallSpeakEndedEvent",
    "CallSpeakEndedEventType",
    "CallSpeakEndedPayload",
    "CallSpeakEndedPayloadStatus",
    "CallSpeakEndedRecordType",
    "CallSpeakStarted",
    "CallSpeakStartedEvent",
    "CallSpeakStartedEventType",
    "CallSpeakStartedPayload",
    "CallSpeakStartedRecordType",
    "CallUnhold",
    "CallUnholdEvent",
    "CallUnholdEventType",
    "CallUnholdPayload",
    "CallUnholdRecordType",
    "CallWithRecordingID",
    "CallWithRecordingIDRecordType",
    "CheckAvailabilityTool",
    "CheckAvailabilityToolParams",
    "CheckAvailabilityToolType",
    "ConferenceCreated",
    "ConferenceCreatedEvent",
    "ConferenceCreatedEventType",
    "ConferenceCreatedPayload",
    "ConferenceCreatedRecordType",
    "ConferenceEnded",
    "ConferenceEndedEvent",
    "ConferenceEndedEventType",
    "ConferenceEndedPayload",
    "ConferenceEndedPayloadReason",
    "ConferenceEndedRecordType",
    "ConferenceFloorChanged",
    "ConferenceFloorChangedData",
    "ConferenceFloorChangedDataEventType",
    "ConferenceFloorChangedDataPayload",
    "ConferenceFloorChangedDataRecordType",
    "ConferenceParticipantJoined",
    "ConferenceParticipantJoinedEvent",
    "ConferenceParticipantJoinedEventType",
    "ConferenceParticipantJoinedPayload",
    "ConferenceParticipantJoinedRecordType",
    "ConferenceParticipantLeft",
    "ConferenceParticipantLeftEvent",
    "ConferenceParticipantLeftEventType",
    "ConferenceParticipantLeftPayload",
    "ConferenceParticipantLeftRecordType",
    "ConferenceParticipantPlaybackEnded",
    "ConferenceParticipantPlaybackEndedEvent",
    "ConferenceParticipantPlaybackEndedEventType",
    "ConferenceParticipantPlaybackEndedPayload",
    "ConferenceParticipantPlaybackEndedRecordType",
    "ConferenceParticipantPlaybackStarted",
    "ConferenceParticipantPlaybackStartedEvent",
    "ConferenceParticipantPlaybackStartedEventType",
    "ConferenceParticipantPlaybackStartedPayload",
    "ConferenceParticipantPlaybackStartedRecordType",
    "ConferenceParticipantSpeakEnded",
    "ConferenceParticipantSpeakEndedEvent",
    "ConferenceParticipantSpeakEndedEventType",
    "ConferenceParticipantSpeakEndedPayload",
    "ConferenceParticipantSpeakEndedRecordType",
    "ConferenceParticipantSpeakStarted",
    "ConferenceParticipantSpeakStartedEvent",
    "ConferenceParticipantSpeakStartedEventType",
    "ConferenceParticipantSpeakStartedPayload",
    "ConferenceParticipantSpeakStartedRecordType",
    "ConferencePlaybackEnded",
    "ConferencePlaybackEndedEvent",
    "ConferencePlaybackEndedEventType",
    "ConferencePlaybackEndedPayload",
    "ConferencePlaybackEndedRecordType",
    "ConferencePlaybackStarted",
    "ConferencePlaybackStartedEvent",
    "ConferencePlaybackStartedEventType",
    "ConferencePlaybackStartedPayload",
    "ConferencePlaybackStartedRecordType",
    "ConferenceRecordingSaved",
    "ConferenceRecordingSavedEvent",
    "ConferenceRecordingSavedEventType",
    "ConferenceRecordingSavedPayload",
    "ConferenceRecordingSavedPayloadChannels",
    "ConferenceRecordingSavedPayloadFormat",
    "ConferenceRecordingSavedPayloadPublicRecordingUrls",
    "ConferenceRecordingSavedPayloadRecordingUrls",
    "ConferenceRecordingSavedRecordType",
    "ConferenceSpeakEnded",
    "ConferenceSpeakEndedEvent",
    "ConferenceSpeakEndedEventType",
    "ConferenceSpeakEndedPayload",
    "ConferenceSpeakEndedRecordType",
    "ConferenceSpeakStarted",
    "ConferenceSpeakStartedEvent",
    "ConferenceSpeakStartedEventType",
    "ConferenceSpeakStartedPayload",
    "ConferenceSpeakStartedRecordType",
    "ConversationRelayCustomParameters",
    "ConversationRelayCustomParametersDynamicVariables",
    "ConversationRelayEmbeddedConfig",
    "ConversationRelayEmbeddedConfigCustomParameters",
    "ConversationRelayEmbeddedConfigTranscriptionEngine",
    "ConversationRelayInterruptible",
    "ConversationRelayInterruptionSettings",
    "ConversationRelayLanguage",
    "ConversationRelayLanguageTranscriptionEngine",
    "ConversationRelaySettings",
    "ConversationRelayStartRequest",
    "ConversationRelayStartRequestCustomParameters",
    "ConversationRelayStartRequestTranscription",
    "ConversationRelayStartRequestTranscriptionEngine",
    "ConversationRelayStopRequest",
    "ConversationRelayStructuredProvider",
    "ConversationRelayTranscriptionEngineConfig",
    "CreateCallControlApplicationRequest",
    "CreateCallControlApplicationRequestAnchorsiteOverride",
    "CreateCallControlApplicationRequestDtmfType",
    "CreateCallControlApplicationRequestWebhookApiVersion",
    "Cursor",
    "CursorPaginationMeta",
    "CustomSIPHeader",
    "DeepgramNova2Config",
    "DeepgramNova2ConfigKeywordsBoosting",
    "DeepgramNova2ConfigTranscriptionEngine",
    "DeepgramNova2ConfigTranscriptionModel",
    "DeepgramNova2TranscriptionEngineListOfLanguages",
    "DeepgramNova3Config",
    "DeepgramNova3ConfigKeywordsBoosting",
    "DeepgramNova3ConfigTranscriptionEngine",
    "DeepgramNova3ConfigTranscriptionModel",
    "DeepgramNova3TranscriptionEngineListOfLanguages",
    "DeveloperMessage",
    "DeveloperMessageRole",
    "DialRequest",
    "DialRequestAnsweringMachineDetection",
    "DialRequestAnsweringMachineDetectionConfig",
    "DialRequestConferenceConfig",
    "DialRequestConferenceConfigBeepEnabled",
    "DialRequestConferenceConfigSupervisorRole",
    "DialRequestDeepfakeDetection",
    "DialRequestMediaEncryption",
    "DialRequestPrivacy",
    "DialRequestRecord",
    "DialRequestRecordChannels",
    "DialRequestRecordFormat",
    "DialRequestRecordTrack",
    "DialRequestRecordTrim",
    "DialRequestSipRegion",
    "DialRequestSipTransportProtocol",
    "DialRequestStreamTrack",
    "DialRequestSupervisorRole",
    "DialRequestWebhookRetriesPolicies",
    "DialRequestWebhookRetriesPoliciesAdditionalProperty",
    "DialRequestWebhookUrlMethod",
    "DialRequestWebhookUrls",
    "DialRequestWebhookUrlsMethod",
    "DialogflowConfig",
    "ElevenLabsVoiceSettings",
    "ElevenLabsVoiceSettingsType",
    "EnqueueRequest",
    "Gather",
    "GatherUsingAIRequest",
    "GatherUsingAIRequestMessageHistoryItem",
    "GatherUsingAIRequestMessageHistoryItemRole",
    "GatherUsingAIRequestParameters",
    "GatherUsingAudioRequest",
    "GatherUsingSpeakRequest",
    "GatherUsingSpeakRequestLanguage",
    "GatherUsingSpeakRequestPayloadType",
    "GatherUsingSpeakRequestServiceLevel",
    "GoogleTranscriptionEngineListOfLanguages",
    "HangupRequest",
    "HangupTool",
    "HangupToolParams",
    "HangupToolType",
    "InterruptionSettings",
    "InworldVoiceSettings",
    "InworldVoiceSettingsDeliveryMode",
    "InworldVoiceSettingsType",
    "LeaveQueueRequest",
    "ListCallControlApplicationsFilter",
    "ListCallControlApplicationsFilterApplicationName",
    "ListCallControlApplicationsFilterOccurredAt",
    "ListCallControlApplicationsFilterProduct",
    "ListCallControlApplicationsFilterStatus",
    "ListCallControlApplicationsFilterType",
    "ListCallControlApplicationsPage",
    "ListCallControlApplicationsResponse",
    "ListCallControlApplicationsSort",
    "ListCallEventsFilter",
    "ListCallEventsFilterApplicationName",
    "ListCallEventsFilterOccurredAt",
    "ListCallEventsFilterProduct",
    "ListCallEventsFilterStatus",
    "ListCallEventsFilterType",
    "ListCallEventsPage",
    "ListCallEventsResponse",
    "ListConnectionActiveCallsPage",
    "MessageMetadata",
    "MinimaxVoiceSettings",
    "MinimaxVoiceSettingsLanguageBoostType1",
    "MinimaxVoiceSettingsLanguageBoostType2Type1",
    "MinimaxVoiceSettingsLanguageBoostType3Type1",
    "MinimaxVoiceSettingsType",
    "NoiseSuppressionDirection",
    "NoiseSuppressionEngine",
    "NoiseSuppressionEngineConfiguration",
    "NoiseSuppressionEngineConfigurationFamily",
    "NoiseSuppressionEngineConfigurationMode",
    "NoiseSuppressionEngineConfigurationModel",
    "NoiseSuppressionEngineConfigurationSize",
    "NoiseSuppressionStartRequest",
    "NoiseSuppressionStopRequest",
    "PaginationMeta",
    "PauseRecordingRequest",
    "PlayAudioURLRequest",
    "PlayAudioURLRequestAudioType",
    "PlaybackStopRequest",
    "ReferRequest",
    "RejectRequest",
    "RejectRequestCause",
    "ResembleSampleRate",
    "ResembleVoiceSettings",
    "ResembleVoiceSettingsFormat",
    "ResembleVoiceSettingsPrecision",
    "ResembleVoiceSettingsType",
    "ResumeRecordingRequest",
    "RetrievalTool",
    "RetrievalToolType",
    "RetrieveCallStatusResponse",
    "RetrieveCallStatusResponseWithRecordingID",
    "RimeVoiceSettings",
    "RimeVoiceSettingsType",
    "SIPHeader",
    "SIPHeaderName",
    "SendDTMFRequest",
    "SendSIPInfoRequest",
    "SiprecFailed",
    "SiprecFailedEvent",
    "SiprecFailedEventType",
    "SiprecFailedPayload",
    "SiprecFailedRecordType",
    "SiprecStarted",
    "SiprecStartedEvent",
    "SiprecStartedEventType",
    "SiprecStartedPayload",
    "SiprecStartedRecordType",
    "SiprecStopped",
    "SiprecStoppedEvent",
    "SiprecStoppedEventType",
    "SiprecStoppedPayload",
    "SiprecStoppedRecordType",
    "SoundModifications",
    "SpeakRequest",
    "SpeakRequestLanguage",
    "SpeakRequestPayloadType",
    "SpeakRequestServiceLevel",
    "SpeakRequestTargetLegs",
    "SpeechmaticsTranscriptionEngineListOfLanguages",
    "StartForkingRequest",
    "StartForkingRequestStreamType",
    "StartRecordingRequest",
    "StartRecordingRequestChannels",
    "StartRecordingRequestFormat",
    "StartRecordingRequestRecordingTrack",
    "StartRecordingRequestTranscriptionEngine",
    "StartRecordingRequestTrim",
    "StartSiprecRequest",
    "StartSiprecRequestSipTransport",
    "StartSiprecRequestSiprecTrack",
    "StartStreamingRequest",
    "StartStreamingRequestCustomParametersItem",
    "StartStreamingRequestStreamTrack",
    "StopForkingRequest",
    "StopForkingRequestStreamType",
    "StopGatherRequest",
    "StopRecordingRequest",
    "StopSiprecRequest",
    "StopStreamingRequest",
    "StreamCodec",
    "StreamingFailed",
    "StreamingFailedEvent",
    "StreamingFailedEventType",
    "StreamingFailedPayload",
    "StreamingFailedPayloadStreamParams",
    "StreamingFailedPayloadStreamParamsTrack",
    "StreamingFailedPayloadStreamType",
    "StreamingFailedRecordType",
    "StreamingStarted",
    "StreamingStartedEvent",
    "StreamingStartedEventType",
    "StreamingStartedPayload",
    "StreamingStartedRecordType",
    "StreamingStopped",
    "StreamingStoppedEvent",
    "StreamingStoppedEventType",
    "StreamingStoppedPayload",
    "StreamingStoppedRecordType",
    "SwitchSupervisorRoleRequest",
    "SwitchSupervisorRoleRequestRole",
    "SystemMessage",
    "SystemMessageRole",
    "TelnyxTranscriptionEngineListOfLanguages",
    "TelnyxVoiceSettings",
    "TelnyxVoiceSettingsType",
    "ToolCall",
    "ToolCallFunction",
    "ToolCallType",
    "ToolMessage",
    "ToolMessageRole",
    "Transcription",
    "TranscriptionConfig",
    "TranscriptionConfigModel",
    "TranscriptionEngineAConfig",
    "TranscriptionEngineAConfigModel",
    "TranscriptionEngineAConfigSpeechContextItem",
    "TranscriptionEngineAConfigTranscriptionEngine",
    "TranscriptionEngineAssemblyAIConfig",
    "TranscriptionEngineAssemblyAIConfigTranscriptionEngine",
    "TranscriptionEngineAssemblyAIConfigTranscriptionModel",
    "TranscriptionEngineAzureConfig",
    "TranscriptionEngineAzureConfigTranscriptionEngine",
    "TranscriptionEngineBConfig",
    "TranscriptionEngineBConfigTranscriptionEngine",
    "TranscriptionEngineBConfigTranscriptionModel",
    "TranscriptionEngineGoogleConfig",
    "TranscriptionEngineGoogleConfigModel",
    "TranscriptionEngineGoogleConfigSpeechContextItem",
    "TranscriptionEngineGoogleConfigTranscriptionEngine",
    "TranscriptionEngineParakeetConfig",
    "TranscriptionEngineParakeetConfigTranscriptionEngine",
    "TranscriptionEngineParakeetConfigTranscriptionModel",
    "TranscriptionEngineSonioxConfig",
    "TranscriptionEngineSonioxConfigTranscriptionEngine",
    "TranscriptionEngineSonioxConfigTranscriptionModel",
    "TranscriptionEngineSpeechmaticsConfig",
    "TranscriptionEngineSpeechmaticsConfigTranscriptionEngine",
    "TranscriptionEngineSpeechmaticsConfigTranscriptionModel",
    "TranscriptionEngineTelnyxConfig",
    "TranscriptionEngineTelnyxConfigTranscriptionEngine",
    "TranscriptionEngineTelnyxConfigTranscriptionModel",
    "TranscriptionEngineXAIConfig",
    "TranscriptionEngineXAIConfigTranscriptionEngine",
    "TranscriptionEngineXAIConfigTranscriptionModel",
    "TranscriptionEvent",
    "TranscriptionEventType",
    "TranscriptionLanguage",
    "TranscriptionPayload",
    "TranscriptionPayloadTranscriptionData",
    "TranscriptionPayloadTranscriptionDataTranscriptionTrack",
    "TranscriptionRecordType",
    "TranscriptionStartRequest",
    "TranscriptionStartRequestTranscriptionEngine",
    "TranscriptionStopRequest",
    "TransferCallRequest",
    "TransferCallRequestAnsweringMachineDetection",
    "TransferCallRequestAnsweringMachineDetectionConfig",
    "TransferCallRequestMediaEncryption",
    "TransferCallRequestMuteDtmf",
    "TransferCallRequestPrivacy",
    "TransferCallRequestRecord",
    "TransferCallRequestRecordChannels",
    "TransferCallRequestRecordFormat",
    "TransferCallRequestRecordTrack",
    "TransferCallRequestRecordTrim",
    "TransferCallRequestSipRegion",
    "TransferCallRequestSipTransportProtocol",
    "TransferCallRequestWebhookRetriesPolicies",
    "TransferCallRequestWebhookRetriesPoliciesAdditionalProperty",
    "TransferCallRequestWebhookUrlMethod",
    "TransferCallRequestWebhookUrls",
    "TransferCallRequestWebhookUrlsMethod",
    "TransferTool",
    "TransferToolParams",
    "TransferToolParamsTargetsType0Item",
    "TransferToolType",
    "UpdateCallControlApplicationRequest",
    "UpdateCallControlApplicationRequestAnchorsiteOverride",
    "UpdateCallControlApplicationRequestDtmfType",
    "UpdateCallControlApplicationRequestWebhookApiVersion",
    "UpdateClientStateRequest",
    "UserMessage",
    "UserMessageRole",
    "WebhookDeliveryMeta",
    "WebhookTool",
    "WebhookToolParams",
    "WebhookToolParamsBodyParameters",
    "WebhookToolParamsBodyParametersProperties",
    "WebhookToolParamsBodyParametersType",
    "WebhookToolParamsHeadersItem",
    "WebhookToolParamsMethod",
    "WebhookToolParamsPathParameters",
    "WebhookToolParamsPathParametersProperties",
    "WebhookToolParamsPathParametersType",
    "WebhookToolParamsQueryParameters",
    "WebhookToolParamsQueryParametersProperties",
    "WebhookToolParamsQueryParametersType",
    "WebhookToolType",
    "XAITranscriptionEngineListOfLanguages",
    "XAIVoiceSettings",
    "XAIVoiceSettingsType",
]
