"""How to call each operation: the table the client resources and the MCP server both use.

Each entry's type parameter is the model its success body is parsed into, so `request` returns it typed.
Generated from the Telnyx OpenAPI spec by the generator. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._http import Operation
from ._multipart import BodyForm

if TYPE_CHECKING:
    from ._binary import BinaryResponse
    from .models.active_calls_response import ActiveCallsResponse
    from .models.anonymous_response import AnonymousResponse
    from .models.call_control_application_response import CallControlApplicationResponse
    from .models.call_control_command_response import CallControlCommandResponse
    from .models.call_control_command_response_with_conversation_id import CallControlCommandResponseWithConversationID
    from .models.call_control_command_response_with_conversation_relay_id import (
        CallControlCommandResponseWithConversationRelayID,
    )
    from .models.call_control_command_response_with_recording_id import CallControlCommandResponseWithRecordingID
    from .models.conference_command_response import ConferenceCommandResponse
    from .models.conference_participant_resource import ConferenceParticipantResource
    from .models.conference_response import ConferenceResponse
    from .models.connection_response import ConnectionResponse
    from .models.list_call_control_applications_response import ListCallControlApplicationsResponse
    from .models.list_call_events_response import ListCallEventsResponse
    from .models.list_conferences_response import ListConferencesResponse
    from .models.list_connections_response import ListConnectionsResponse
    from .models.list_of_media_resources_response import ListOfMediaResourcesResponse
    from .models.list_participants_response import ListParticipantsResponse
    from .models.list_queue_calls_response import ListQueueCallsResponse
    from .models.list_queues_response import ListQueuesResponse
    from .models.media_resource_response import MediaResourceResponse
    from .models.queue_call_response import QueueCallResponse
    from .models.queue_response import QueueResponse
    from .models.recording_response import RecordingResponse
    from .models.recording_response_data_list_response import RecordingResponseDataListResponse
    from .models.recording_transcription_list_response import RecordingTranscriptionListResponse
    from .models.recording_transcription_response import RecordingTranscriptionResponse
    from .models.retrieve_call_status_response import RetrieveCallStatusResponse
    from .models.retrieve_call_status_response_with_recording_id import RetrieveCallStatusResponseWithRecordingID

DIAL_CALL: Operation[RetrieveCallStatusResponseWithRecordingID] = Operation(
    operation_id="DialCall",
    method="POST",
    path="/calls",
    response="retrieve_call_status_response_with_recording_id:RetrieveCallStatusResponseWithRecordingID",
    sends_command_id=True,
)
RETRIEVE_CALL_STATUS: Operation[RetrieveCallStatusResponse] = Operation(
    operation_id="RetrieveCallStatus",
    method="GET",
    path="/calls/{call_control_id}",
    response="retrieve_call_status_response:RetrieveCallStatusResponse",
)
LIST_CONNECTION_ACTIVE_CALLS: Operation[ActiveCallsResponse] = Operation(
    operation_id="ListConnectionActiveCalls",
    method="GET",
    path="/connections/{connection_id}/active_calls",
    response="active_calls_response:ActiveCallsResponse",
    deep_object=frozenset({"page"}),
    query_keys={
        "page": {
            "after": ("after", None),
            "before": ("before", None),
            "limit": ("limit", None),
            "number": ("number", None),
            "size": ("size", None),
        }
    },
    pagination="cursor",
)
LIST_CALL_CONTROL_APPLICATIONS: Operation[ListCallControlApplicationsResponse] = Operation(
    operation_id="ListCallControlApplications",
    method="GET",
    path="/call_control_applications",
    response="list_call_control_applications_response:ListCallControlApplicationsResponse",
    deep_object=frozenset({"filter", "page"}),
    query_keys={
        "filter": {
            "application_name": ("application_name", {"contains": ("contains", None)}),
            "application_session_id": ("application_session_id", None),
            "connection_id": ("connection_id", None),
            "failed": ("failed", None),
            "from": ("from", None),
            "leg_id": ("leg_id", None),
            "name": ("name", None),
            "occurred_at": (
                "occurred_at",
                {
                    "eq": ("eq", None),
                    "gt": ("gt", None),
                    "gte": ("gte", None),
                    "lt": ("lt", None),
                    "lte": ("lte", None),
                },
            ),
            "outbound.outbound_voice_profile_id": ("outbound.outbound_voice_profile_id", None),
            "product": ("product", None),
            "status": ("status", None),
            "to": ("to", None),
            "type": ("type", None),
            "outbound_outbound_voice_profile_id": ("outbound.outbound_voice_profile_id", None),
        },
        "page": {
            "after": ("after", None),
            "before": ("before", None),
            "limit": ("limit", None),
            "number": ("number", None),
            "size": ("size", None),
        },
    },
    pagination="page_number",
)
CREATE_CALL_CONTROL_APPLICATION: Operation[CallControlApplicationResponse] = Operation(
    operation_id="CreateCallControlApplication",
    method="POST",
    path="/call_control_applications",
    response="call_control_application_response:CallControlApplicationResponse",
)
RETRIEVE_CALL_CONTROL_APPLICATION: Operation[CallControlApplicationResponse] = Operation(
    operation_id="RetrieveCallControlApplication",
    method="GET",
    path="/call_control_applications/{id}",
    response="call_control_application_response:CallControlApplicationResponse",
)
DELETE_CALL_CONTROL_APPLICATION: Operation[CallControlApplicationResponse] = Operation(
    operation_id="DeleteCallControlApplication",
    method="DELETE",
    path="/call_control_applications/{id}",
    response="call_control_application_response:CallControlApplicationResponse",
)
UPDATE_CALL_CONTROL_APPLICATION: Operation[CallControlApplicationResponse] = Operation(
    operation_id="UpdateCallControlApplication",
    method="PATCH",
    path="/call_control_applications/{id}",
    response="call_control_application_response:CallControlApplicationResponse",
)
LIST_CALL_EVENTS: Operation[ListCallEventsResponse] = Operation(
    operation_id="ListCallEvents",
    method="GET",
    path="/call_events",
    response="list_call_events_response:ListCallEventsResponse",
    deep_object=frozenset({"filter", "page"}),
    query_keys={
        "filter": {
            "application_name": ("application_name", {"contains": ("contains", None)}),
            "application_session_id": ("application_session_id", None),
            "connection_id": ("connection_id", None),
            "failed": ("failed", None),
            "from": ("from", None),
            "leg_id": ("leg_id", None),
            "name": ("name", None),
            "occurred_at": (
                "occurred_at",
                {
                    "eq": ("eq", None),
                    "gt": ("gt", None),
                    "gte": ("gte", None),
                    "lt": ("lt", None),
                    "lte": ("lte", None),
                },
            ),
            "outbound.outbound_voice_profile_id": ("outbound.outbound_voice_profile_id", None),
            "product": ("product", None),
            "status": ("status", None),
            "to": ("to", None),
            "type": ("type", None),
            "outbound_outbound_voice_profile_id": ("outbound.outbound_voice_profile_id", None),
        },
        "page": {
            "after": ("after", None),
            "before": ("before", None),
            "limit": ("limit", None),
            "number": ("number", None),
            "size": ("size", None),
        },
    },
    pagination="page_number",
)
CALL_ADD_MESSAGES_TO_AI_ASSISTANT: Operation[CallControlCommandResponse] = Operation(
    operation_id="CallAddMessagesToAIAssistant",
    method="POST",
    path="/calls/{call_control_id}/actions/ai_assistant_add_messages",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
CALL_JOIN_AI_ASSISTANT: Operation[CallControlCommandResponseWithConversationID] = Operation(
    operation_id="CallJoinAIAssistant",
    method="POST",
    path="/calls/{call_control_id}/actions/ai_assistant_join",
    response="call_control_command_response_with_conversation_id:CallControlCommandResponseWithConversationID",
    sends_command_id=True,
)
CALL_START_AI_ASSISTANT: Operation[CallControlCommandResponseWithConversationID] = Operation(
    operation_id="CallStartAIAssistant",
    method="POST",
    path="/calls/{call_control_id}/actions/ai_assistant_start",
    response="call_control_command_response_with_conversation_id:CallControlCommandResponseWithConversationID",
    sends_command_id=True,
)
CALL_STOP_AI_ASSISTANT: Operation[CallControlCommandResponse] = Operation(
    operation_id="CallStopAIAssistant",
    method="POST",
    path="/calls/{call_control_id}/actions/ai_assistant_stop",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
ANSWER_CALL: Operation[CallControlCommandResponseWithRecordingID] = Operation(
    operation_id="AnswerCall",
    method="POST",
    path="/calls/{call_control_id}/actions/answer",
    response="call_control_command_response_with_recording_id:CallControlCommandResponseWithRecordingID",
    sends_command_id=True,
)
BRIDGE_CALL: Operation[CallControlCommandResponse] = Operation(
    operation_id="BridgeCall",
    method="POST",
    path="/calls/{call_control_id}/actions/bridge",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
    path_arguments=(("call_control_id", "call_control_id_to_bridge"),),
)
UPDATE_CLIENT_STATE: Operation[CallControlCommandResponse] = Operation(
    operation_id="UpdateClientState",
    method="PUT",
    path="/calls/{call_control_id}/actions/client_state_update",
    response="call_control_command_response:CallControlCommandResponse",
)
CALL_START_CONVERSATION_RELAY: Operation[CallControlCommandResponseWithConversationRelayID] = Operation(
    operation_id="CallStartConversationRelay",
    method="POST",
    path="/calls/{call_control_id}/actions/conversation_relay_start",
    response="call_control_command_response_with_conversation_relay_id:CallControlCommandResponseWithConversationRelayID",
    sends_command_id=True,
)
CALL_STOP_CONVERSATION_RELAY: Operation[CallControlCommandResponse] = Operation(
    operation_id="CallStopConversationRelay",
    method="POST",
    path="/calls/{call_control_id}/actions/conversation_relay_stop",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
ENQUEUE_CALL: Operation[CallControlCommandResponse] = Operation(
    operation_id="EnqueueCall",
    method="POST",
    path="/calls/{call_control_id}/actions/enqueue",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
START_CALL_FORK: Operation[CallControlCommandResponse] = Operation(
    operation_id="StartCallFork",
    method="POST",
    path="/calls/{call_control_id}/actions/fork_start",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
STOP_CALL_FORK: Operation[CallControlCommandResponse] = Operation(
    operation_id="StopCallFork",
    method="POST",
    path="/calls/{call_control_id}/actions/fork_stop",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
GATHER_CALL: Operation[CallControlCommandResponse] = Operation(
    operation_id="GatherCall",
    method="POST",
    path="/calls/{call_control_id}/actions/gather",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
STOP_CALL_GATHER: Operation[CallControlCommandResponse] = Operation(
    operation_id="StopCallGather",
    method="POST",
    path="/calls/{call_control_id}/actions/gather_stop",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
CALL_GATHER_USING_AI: Operation[CallControlCommandResponseWithConversationID] = Operation(
    operation_id="callGatherUsingAI",
    method="POST",
    path="/calls/{call_control_id}/actions/gather_using_ai",
    response="call_control_command_response_with_conversation_id:CallControlCommandResponseWithConversationID",
    sends_command_id=True,
)
GATHER_USING_AUDIO: Operation[CallControlCommandResponse] = Operation(
    operation_id="GatherUsingAudio",
    method="POST",
    path="/calls/{call_control_id}/actions/gather_using_audio",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
GATHER_USING_SPEAK: Operation[CallControlCommandResponse] = Operation(
    operation_id="GatherUsingSpeak",
    method="POST",
    path="/calls/{call_control_id}/actions/gather_using_speak",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
HANGUP_CALL: Operation[CallControlCommandResponse] = Operation(
    operation_id="HangupCall",
    method="POST",
    path="/calls/{call_control_id}/actions/hangup",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
LEAVE_QUEUE: Operation[CallControlCommandResponse] = Operation(
    operation_id="LeaveQueue",
    method="POST",
    path="/calls/{call_control_id}/actions/leave_queue",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
START_CALL_PLAYBACK: Operation[CallControlCommandResponse] = Operation(
    operation_id="StartCallPlayback",
    method="POST",
    path="/calls/{call_control_id}/actions/playback_start",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
STOP_CALL_PLAYBACK: Operation[CallControlCommandResponse] = Operation(
    operation_id="StopCallPlayback",
    method="POST",
    path="/calls/{call_control_id}/actions/playback_stop",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
PAUSE_CALL_RECORDING: Operation[CallControlCommandResponse] = Operation(
    operation_id="PauseCallRecording",
    method="POST",
    path="/calls/{call_control_id}/actions/record_pause",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
RESUME_CALL_RECORDING: Operation[CallControlCommandResponse] = Operation(
    operation_id="ResumeCallRecording",
    method="POST",
    path="/calls/{call_control_id}/actions/record_resume",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
START_CALL_RECORD: Operation[CallControlCommandResponse] = Operation(
    operation_id="StartCallRecord",
    method="POST",
    path="/calls/{call_control_id}/actions/record_start",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
STOP_CALL_RECORDING: Operation[CallControlCommandResponse] = Operation(
    operation_id="StopCallRecording",
    method="POST",
    path="/calls/{call_control_id}/actions/record_stop",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
REFER_CALL: Operation[CallControlCommandResponse] = Operation(
    operation_id="ReferCall",
    method="POST",
    path="/calls/{call_control_id}/actions/refer",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
REJECT_CALL: Operation[CallControlCommandResponse] = Operation(
    operation_id="RejectCall",
    method="POST",
    path="/calls/{call_control_id}/actions/reject",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
SEND_DTMF: Operation[CallControlCommandResponse] = Operation(
    operation_id="SendDTMF",
    method="POST",
    path="/calls/{call_control_id}/actions/send_dtmf",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
SEND_SIP_INFO: Operation[CallControlCommandResponse] = Operation(
    operation_id="SendSIPInfo",
    method="POST",
    path="/calls/{call_control_id}/actions/send_sip_info",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
START_SIPREC_SESSION: Operation[CallControlCommandResponse] = Operation(
    operation_id="StartSiprecSession",
    method="POST",
    path="/calls/{call_control_id}/actions/siprec_start",
    response="call_control_command_response:CallControlCommandResponse",
)
STOP_SIPREC_SESSION: Operation[CallControlCommandResponse] = Operation(
    operation_id="StopSiprecSession",
    method="POST",
    path="/calls/{call_control_id}/actions/siprec_stop",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
SPEAK_CALL: Operation[CallControlCommandResponse] = Operation(
    operation_id="SpeakCall",
    method="POST",
    path="/calls/{call_control_id}/actions/speak",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
START_CALL_STREAMING: Operation[CallControlCommandResponse] = Operation(
    operation_id="StartCallStreaming",
    method="POST",
    path="/calls/{call_control_id}/actions/streaming_start",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
STOP_CALL_STREAMING: Operation[CallControlCommandResponse] = Operation(
    operation_id="StopCallStreaming",
    method="POST",
    path="/calls/{call_control_id}/actions/streaming_stop",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
NOISE_SUPPRESSION_START: Operation[CallControlCommandResponse] = Operation(
    operation_id="noiseSuppressionStart",
    method="POST",
    path="/calls/{call_control_id}/actions/suppression_start",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
NOISE_SUPPRESSION_STOP: Operation[CallControlCommandResponse] = Operation(
    operation_id="noiseSuppressionStop",
    method="POST",
    path="/calls/{call_control_id}/actions/suppression_stop",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
SWITCH_SUPERVISOR_ROLE: Operation[CallControlCommandResponse] = Operation(
    operation_id="SwitchSupervisorRole",
    method="POST",
    path="/calls/{call_control_id}/actions/switch_supervisor_role",
    response="call_control_command_response:CallControlCommandResponse",
)
START_CALL_TRANSCRIPTION: Operation[CallControlCommandResponse] = Operation(
    operation_id="StartCallTranscription",
    method="POST",
    path="/calls/{call_control_id}/actions/transcription_start",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
STOP_CALL_TRANSCRIPTION: Operation[CallControlCommandResponse] = Operation(
    operation_id="StopCallTranscription",
    method="POST",
    path="/calls/{call_control_id}/actions/transcription_stop",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
TRANSFER_CALL: Operation[CallControlCommandResponse] = Operation(
    operation_id="TransferCall",
    method="POST",
    path="/calls/{call_control_id}/actions/transfer",
    response="call_control_command_response:CallControlCommandResponse",
    sends_command_id=True,
)
LIST_CONFERENCES: Operation[ListConferencesResponse] = Operation(
    operation_id="ListConferences",
    method="GET",
    path="/conferences",
    response="list_conferences_response:ListConferencesResponse",
    deep_object=frozenset({"filter", "page"}),
    query_keys={
        "filter": {
            "application_name": ("application_name", {"contains": ("contains", None)}),
            "application_session_id": ("application_session_id", None),
            "connection_id": ("connection_id", None),
            "failed": ("failed", None),
            "from": ("from", None),
            "leg_id": ("leg_id", None),
            "name": ("name", None),
            "occurred_at": (
                "occurred_at",
                {
                    "eq": ("eq", None),
                    "gt": ("gt", None),
                    "gte": ("gte", None),
                    "lt": ("lt", None),
                    "lte": ("lte", None),
                },
            ),
            "outbound.outbound_voice_profile_id": ("outbound.outbound_voice_profile_id", None),
            "product": ("product", None),
            "status": ("status", None),
            "to": ("to", None),
            "type": ("type", None),
            "outbound_outbound_voice_profile_id": ("outbound.outbound_voice_profile_id", None),
        },
        "page": {
            "after": ("after", None),
            "before": ("before", None),
            "limit": ("limit", None),
            "number": ("number", None),
            "size": ("size", None),
        },
    },
    pagination="page_number",
)
CREATE_CONFERENCE: Operation[ConferenceResponse] = Operation(
    operation_id="CreateConference",
    method="POST",
    path="/conferences",
    response="conference_response:ConferenceResponse",
    sends_command_id=True,
)
LIST_CONFERENCE_PARTICIPANTS: Operation[ListParticipantsResponse] = Operation(
    operation_id="ListConferenceParticipants",
    method="GET",
    path="/conferences/{conference_id}/participants",
    response="list_participants_response:ListParticipantsResponse",
    deep_object=frozenset({"page", "filter"}),
    query_keys={
        "page": {
            "after": ("after", None),
            "before": ("before", None),
            "limit": ("limit", None),
            "number": ("number", None),
            "size": ("size", None),
        },
        "filter": {"muted": ("muted", None), "on_hold": ("on_hold", None), "whispering": ("whispering", None)},
    },
    pagination="page_number",
)
RETRIEVE_CONFERENCE: Operation[ConferenceResponse] = Operation(
    operation_id="RetrieveConference",
    method="GET",
    path="/conferences/{id}",
    response="conference_response:ConferenceResponse",
)
END_CONFERENCE: Operation[ConferenceCommandResponse] = Operation(
    operation_id="EndConference",
    method="POST",
    path="/conferences/{id}/actions/end",
    response="conference_command_response:ConferenceCommandResponse",
    sends_command_id=True,
)
CONFERENCE_GATHER_USING_AUDIO: Operation[ConferenceCommandResponse] = Operation(
    operation_id="ConferenceGatherUsingAudio",
    method="POST",
    path="/conferences/{id}/actions/gather_using_audio",
    response="conference_command_response:ConferenceCommandResponse",
)
HOLD_CONFERENCE_PARTICIPANTS: Operation[ConferenceCommandResponse] = Operation(
    operation_id="HoldConferenceParticipants",
    method="POST",
    path="/conferences/{id}/actions/hold",
    response="conference_command_response:ConferenceCommandResponse",
)
JOIN_CONFERENCE: Operation[ConferenceCommandResponse] = Operation(
    operation_id="JoinConference",
    method="POST",
    path="/conferences/{id}/actions/join",
    response="conference_command_response:ConferenceCommandResponse",
    sends_command_id=True,
)
LEAVE_CONFERENCE: Operation[ConferenceCommandResponse] = Operation(
    operation_id="LeaveConference",
    method="POST",
    path="/conferences/{id}/actions/leave",
    response="conference_command_response:ConferenceCommandResponse",
    sends_command_id=True,
)
MUTE_CONFERENCE_PARTICIPANTS: Operation[ConferenceCommandResponse] = Operation(
    operation_id="MuteConferenceParticipants",
    method="POST",
    path="/conferences/{id}/actions/mute",
    response="conference_command_response:ConferenceCommandResponse",
)
PLAY_CONFERENCE_AUDIO: Operation[ConferenceCommandResponse] = Operation(
    operation_id="PlayConferenceAudio",
    method="POST",
    path="/conferences/{id}/actions/play",
    response="conference_command_response:ConferenceCommandResponse",
)
PAUSE_CONFERENCE_RECORDING: Operation[ConferenceCommandResponse] = Operation(
    operation_id="PauseConferenceRecording",
    method="POST",
    path="/conferences/{id}/actions/record_pause",
    response="conference_command_response:ConferenceCommandResponse",
    sends_command_id=True,
)
RESUME_CONFERENCE_RECORDING: Operation[ConferenceCommandResponse] = Operation(
    operation_id="ResumeConferenceRecording",
    method="POST",
    path="/conferences/{id}/actions/record_resume",
    response="conference_command_response:ConferenceCommandResponse",
    sends_command_id=True,
)
START_CONFERENCE_RECORDING: Operation[ConferenceCommandResponse] = Operation(
    operation_id="StartConferenceRecording",
    method="POST",
    path="/conferences/{id}/actions/record_start",
    response="conference_command_response:ConferenceCommandResponse",
    sends_command_id=True,
)
STOP_CONFERENCE_RECORDING: Operation[ConferenceCommandResponse] = Operation(
    operation_id="StopConferenceRecording",
    method="POST",
    path="/conferences/{id}/actions/record_stop",
    response="conference_command_response:ConferenceCommandResponse",
    sends_command_id=True,
)
CONFERENCE_SEND_DTMF: Operation[ConferenceCommandResponse] = Operation(
    operation_id="ConferenceSendDTMF",
    method="POST",
    path="/conferences/{id}/actions/send_dtmf",
    response="conference_command_response:ConferenceCommandResponse",
)
SPEAK_TEXT_TO_CONFERENCE: Operation[ConferenceCommandResponse] = Operation(
    operation_id="SpeakTextToConference",
    method="POST",
    path="/conferences/{id}/actions/speak",
    response="conference_command_response:ConferenceCommandResponse",
    sends_command_id=True,
)
STOP_CONFERENCE_AUDIO: Operation[ConferenceCommandResponse] = Operation(
    operation_id="StopConferenceAudio",
    method="POST",
    path="/conferences/{id}/actions/stop",
    response="conference_command_response:ConferenceCommandResponse",
)
UNHOLD_CONFERENCE_PARTICIPANTS: Operation[ConferenceCommandResponse] = Operation(
    operation_id="UnholdConferenceParticipants",
    method="POST",
    path="/conferences/{id}/actions/unhold",
    response="conference_command_response:ConferenceCommandResponse",
)
UNMUTE_CONFERENCE_PARTICIPANTS: Operation[ConferenceCommandResponse] = Operation(
    operation_id="UnmuteConferenceParticipants",
    method="POST",
    path="/conferences/{id}/actions/unmute",
    response="conference_command_response:ConferenceCommandResponse",
)
UPDATE_CONFERENCE: Operation[ConferenceCommandResponse] = Operation(
    operation_id="UpdateConference",
    method="POST",
    path="/conferences/{id}/actions/update",
    response="conference_command_response:ConferenceCommandResponse",
    sends_command_id=True,
)
RETRIEVE_CONFERENCE_PARTICIPANT: Operation[ConferenceParticipantResource] = Operation(
    operation_id="RetrieveConferenceParticipant",
    method="GET",
    path="/conferences/{id}/participants/{participant_id}",
    response="conference_participant_resource:ConferenceParticipantResource",
)
UPDATE_CONFERENCE_PARTICIPANT: Operation[ConferenceParticipantResource] = Operation(
    operation_id="UpdateConferenceParticipant",
    method="PATCH",
    path="/conferences/{id}/participants/{participant_id}",
    response="conference_participant_resource:ConferenceParticipantResource",
)
LIST_CONNECTIONS: Operation[ListConnectionsResponse] = Operation(
    operation_id="ListConnections",
    method="GET",
    path="/connections",
    response="list_connections_response:ListConnectionsResponse",
    deep_object=frozenset({"filter", "page"}),
    query_keys={
        "filter": {
            "connection_name": ("connection_name", {"contains": ("contains", None)}),
            "fqdn": ("fqdn", None),
            "outbound_voice_profile_id": ("outbound_voice_profile_id", None),
        },
        "page": {"number": ("number", None), "size": ("size", None)},
    },
    pagination="page_number",
)
RETRIEVE_CONNECTION: Operation[ConnectionResponse] = Operation(
    operation_id="RetrieveConnection",
    method="GET",
    path="/connections/{id}",
    response="connection_response:ConnectionResponse",
)
LIST_MEDIA_STORAGE: Operation[ListOfMediaResourcesResponse] = Operation(
    operation_id="ListMediaStorage",
    method="GET",
    path="/media",
    response="list_of_media_resources_response:ListOfMediaResourcesResponse",
    deep_object=frozenset({"filter"}),
    query_keys={"filter": {"content_type": ("content_type", None)}},
)
CREATE_MEDIA_STORAGE: Operation[MediaResourceResponse] = Operation(
    operation_id="CreateMediaStorage",
    method="POST",
    path="/media",
    response="media_resource_response:MediaResourceResponse",
    body_forms=(
        BodyForm(
            "application/json",
            frozenset({"media_name", "media_url", "ttl_secs"}),
            required=frozenset({"media_url"}),
        ),
        BodyForm(
            "multipart/form-data",
            frozenset({"media", "media_name", "ttl_secs"}),
            required=frozenset({"media"}),
            files=frozenset({"media"}),
        ),
    ),
)
GET_MEDIA_STORAGE: Operation[MediaResourceResponse] = Operation(
    operation_id="GetMediaStorage",
    method="GET",
    path="/media/{media_name}",
    response="media_resource_response:MediaResourceResponse",
)
UPDATE_MEDIA_STORAGE: Operation[MediaResourceResponse] = Operation(
    operation_id="UpdateMediaStorage",
    method="PUT",
    path="/media/{media_name}",
    response="media_resource_response:MediaResourceResponse",
    body_forms=(
        BodyForm(
            "application/json",
            frozenset({"media_url", "ttl_secs"}),
        ),
        BodyForm(
            "multipart/form-data",
            frozenset({"media", "ttl_secs"}),
            files=frozenset({"media"}),
        ),
    ),
)
DELETE_MEDIA_STORAGE: Operation[None] = Operation(
    operation_id="DeleteMediaStorage",
    method="DELETE",
    path="/media/{media_name}",
)
DOWNLOAD_MEDIA: Operation[BinaryResponse] = Operation(
    operation_id="DownloadMedia",
    method="GET",
    path="/media/{media_name}/download",
    response_kind="binary",
    accept="application/octet-stream, application/json",
)
LIST_QUEUES: Operation[ListQueuesResponse] = Operation(
    operation_id="ListQueues",
    method="GET",
    path="/queues",
    response="list_queues_response:ListQueuesResponse",
    deep_object=frozenset({"page"}),
    query_keys={"page": {"number": ("number", None), "size": ("size", None)}},
    pagination="page_number",
)
CREATE_QUEUE: Operation[QueueResponse] = Operation(
    operation_id="CreateQueue",
    method="POST",
    path="/queues",
    response="queue_response:QueueResponse",
)
RETRIEVE_CALL_QUEUE: Operation[QueueResponse] = Operation(
    operation_id="RetrieveCallQueue",
    method="GET",
    path="/queues/{queue_name}",
    response="queue_response:QueueResponse",
)
UPDATE_QUEUE: Operation[QueueResponse] = Operation(
    operation_id="UpdateQueue",
    method="POST",
    path="/queues/{queue_name}",
    response="queue_response:QueueResponse",
)
DELETE_QUEUE: Operation[None] = Operation(
    operation_id="DeleteQueue",
    method="DELETE",
    path="/queues/{queue_name}",
)
LIST_QUEUE_CALLS: Operation[ListQueueCallsResponse] = Operation(
    operation_id="ListQueueCalls",
    method="GET",
    path="/queues/{queue_name}/calls",
    response="list_queue_calls_response:ListQueueCallsResponse",
    deep_object=frozenset({"page"}),
    query_keys={
        "page": {
            "after": ("after", None),
            "before": ("before", None),
            "limit": ("limit", None),
            "number": ("number", None),
            "size": ("size", None),
        }
    },
    pagination="page_number",
)
RETRIEVE_CALL_FROM_QUEUE: Operation[QueueCallResponse] = Operation(
    operation_id="RetrieveCallFromQueue",
    method="GET",
    path="/queues/{queue_name}/calls/{call_control_id}",
    response="queue_call_response:QueueCallResponse",
)
REMOVE_QUEUE_CALL: Operation[None] = Operation(
    operation_id="RemoveQueueCall",
    method="DELETE",
    path="/queues/{queue_name}/calls/{call_control_id}",
)
UPDATE_CALL_IN_QUEUE: Operation[None] = Operation(
    operation_id="UpdateCallInQueue",
    method="PATCH",
    path="/queues/{queue_name}/calls/{call_control_id}",
)
GET_RECORDING_TRANSCRIPTIONS: Operation[RecordingTranscriptionListResponse] = Operation(
    operation_id="getRecordingTranscriptions",
    method="GET",
    path="/recording_transcriptions",
    response="recording_transcription_list_response:RecordingTranscriptionListResponse",
    deep_object=frozenset({"page", "filter"}),
    query_keys={
        "page": {"number": ("number", None), "size": ("size", None)},
        "filter": {
            "created_at": ("created_at", {"gte": ("gte", None), "lte": ("lte", None)}),
            "recording_id": ("recording_id", None),
        },
    },
    pagination="cursor",
)
GET_RECORDING_TRANSCRIPTION: Operation[RecordingTranscriptionResponse] = Operation(
    operation_id="getRecordingTranscription",
    method="GET",
    path="/recording_transcriptions/{recording_transcription_id}",
    response="recording_transcription_response:RecordingTranscriptionResponse",
)
DELETE_RECORDING_TRANSCRIPTION: Operation[RecordingTranscriptionResponse] = Operation(
    operation_id="deleteRecordingTranscription",
    method="DELETE",
    path="/recording_transcriptions/{recording_transcription_id}",
    response="recording_transcription_response:RecordingTranscriptionResponse",
)
GET_RECORDINGS: Operation[RecordingResponseDataListResponse] = Operation(
    operation_id="GetRecordings",
    method="GET",
    path="/recordings",
    response="recording_response_data_list_response:RecordingResponseDataListResponse",
    deep_object=frozenset({"page", "filter"}),
    query_keys={
        "page": {"number": ("number", None), "size": ("size", None)},
        "filter": {
            "call_control_id": ("call_control_id", None),
            "call_leg_id": ("call_leg_id", None),
            "call_session_id": ("call_session_id", None),
            "conference_id": ("conference_id", None),
            "conference_region": ("conference_region", None),
            "connection_id": ("connection_id", None),
            "created_at": ("created_at", {"gte": ("gte", None), "lte": ("lte", None)}),
            "end_time": ("end_time", {"gte": ("gte", None), "lte": ("lte", None)}),
            "from": ("from", None),
            "sip_call_id": ("sip_call_id", None),
            "start_time": ("start_time", {"gte": ("gte", None), "lte": ("lte", None)}),
            "to": ("to", None),
        },
    },
    pagination="page_number",
)
DELETE_RECORDINGS: Operation[AnonymousResponse] = Operation(
    operation_id="DeleteRecordings",
    method="POST",
    path="/recordings/actions/delete",
    response="anonymous_response:AnonymousResponse",
)
GET_RECORDING: Operation[RecordingResponse] = Operation(
    operation_id="GetRecording",
    method="GET",
    path="/recordings/{recording_id}",
    response="recording_response:RecordingResponse",
)
DELETE_RECORDING: Operation[RecordingResponse] = Operation(
    operation_id="DeleteRecording",
    method="DELETE",
    path="/recordings/{recording_id}",
    response="recording_response:RecordingResponse",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "DialCall": DIAL_CALL,
    "RetrieveCallStatus": RETRIEVE_CALL_STATUS,
    "ListConnectionActiveCalls": LIST_CONNECTION_ACTIVE_CALLS,
    "ListCallControlApplications": LIST_CALL_CONTROL_APPLICATIONS,
    "CreateCallControlApplication": CREATE_CALL_CONTROL_APPLICATION,
    "RetrieveCallControlApplication": RETRIEVE_CALL_CONTROL_APPLICATION,
    "DeleteCallControlApplication": DELETE_CALL_CONTROL_APPLICATION,
    "UpdateCallControlApplication": UPDATE_CALL_CONTROL_APPLICATION,
    "ListCallEvents": LIST_CALL_EVENTS,
    "CallAddMessagesToAIAssistant": CALL_ADD_MESSAGES_TO_AI_ASSISTANT,
    "CallJoinAIAssistant": CALL_JOIN_AI_ASSISTANT,
    "CallStartAIAssistant": CALL_START_AI_ASSISTANT,
    "CallStopAIAssistant": CALL_STOP_AI_ASSISTANT,
    "AnswerCall": ANSWER_CALL,
    "BridgeCall": BRIDGE_CALL,
    "UpdateClientState": UPDATE_CLIENT_STATE,
    "CallStartConversationRelay": CALL_START_CONVERSATION_RELAY,
    "CallStopConversationRelay": CALL_STOP_CONVERSATION_RELAY,
    "EnqueueCall": ENQUEUE_CALL,
    "StartCallFork": START_CALL_FORK,
    "StopCallFork": STOP_CALL_FORK,
    "GatherCall": GATHER_CALL,
    "StopCallGather": STOP_CALL_GATHER,
    "callGatherUsingAI": CALL_GATHER_USING_AI,
    "GatherUsingAudio": GATHER_USING_AUDIO,
    "GatherUsingSpeak": GATHER_USING_SPEAK,
    "HangupCall": HANGUP_CALL,
    "LeaveQueue": LEAVE_QUEUE,
    "StartCallPlayback": START_CALL_PLAYBACK,
    "StopCallPlayback": STOP_CALL_PLAYBACK,
    "PauseCallRecording": PAUSE_CALL_RECORDING,
    "ResumeCallRecording": RESUME_CALL_RECORDING,
    "StartCallRecord": START_CALL_RECORD,
    "StopCallRecording": STOP_CALL_RECORDING,
    "ReferCall": REFER_CALL,
    "RejectCall": REJECT_CALL,
    "SendDTMF": SEND_DTMF,
    "SendSIPInfo": SEND_SIP_INFO,
    "StartSiprecSession": START_SIPREC_SESSION,
    "StopSiprecSession": STOP_SIPREC_SESSION,
    "SpeakCall": SPEAK_CALL,
    "StartCallStreaming": START_CALL_STREAMING,
    "StopCallStreaming": STOP_CALL_STREAMING,
    "noiseSuppressionStart": NOISE_SUPPRESSION_START,
    "noiseSuppressionStop": NOISE_SUPPRESSION_STOP,
    "SwitchSupervisorRole": SWITCH_SUPERVISOR_ROLE,
    "StartCallTranscription": START_CALL_TRANSCRIPTION,
    "StopCallTranscription": STOP_CALL_TRANSCRIPTION,
    "TransferCall": TRANSFER_CALL,
    "ListConferences": LIST_CONFERENCES,
    "CreateConference": CREATE_CONFERENCE,
    "ListConferenceParticipants": LIST_CONFERENCE_PARTICIPANTS,
    "RetrieveConference": RETRIEVE_CONFERENCE,
    "EndConference": END_CONFERENCE,
    "ConferenceGatherUsingAudio": CONFERENCE_GATHER_USING_AUDIO,
    "HoldConferenceParticipants": HOLD_CONFERENCE_PARTICIPANTS,
    "JoinConference": JOIN_CONFERENCE,
    "LeaveConference": LEAVE_CONFERENCE,
    "MuteConferenceParticipants": MUTE_CONFERENCE_PARTICIPANTS,
    "PlayConferenceAudio": PLAY_CONFERENCE_AUDIO,
    "PauseConferenceRecording": PAUSE_CONFERENCE_RECORDING,
    "ResumeConferenceRecording": RESUME_CONFERENCE_RECORDING,
    "StartConferenceRecording": START_CONFERENCE_RECORDING,
    "StopConferenceRecording": STOP_CONFERENCE_RECORDING,
    "ConferenceSendDTMF": CONFERENCE_SEND_DTMF,
    "SpeakTextToConference": SPEAK_TEXT_TO_CONFERENCE,
    "StopConferenceAudio": STOP_CONFERENCE_AUDIO,
    "UnholdConferenceParticipants": UNHOLD_CONFERENCE_PARTICIPANTS,
    "UnmuteConferenceParticipants": UNMUTE_CONFERENCE_PARTICIPANTS,
    "UpdateConference": UPDATE_CONFERENCE,
    "RetrieveConferenceParticipant": RETRIEVE_CONFERENCE_PARTICIPANT,
    "UpdateConferenceParticipant": UPDATE_CONFERENCE_PARTICIPANT,
    "ListConnections": LIST_CONNECTIONS,
    "RetrieveConnection": RETRIEVE_CONNECTION,
    "ListMediaStorage": LIST_MEDIA_STORAGE,
    "CreateMediaStorage": CREATE_MEDIA_STORAGE,
    "GetMediaStorage": GET_MEDIA_STORAGE,
    "UpdateMediaStorage": UPDATE_MEDIA_STORAGE,
    "DeleteMediaStorage": DELETE_MEDIA_STORAGE,
    "DownloadMedia": DOWNLOAD_MEDIA,
    "ListQueues": LIST_QUEUES,
    "CreateQueue": CREATE_QUEUE,
    "RetrieveCallQueue": RETRIEVE_CALL_QUEUE,
    "UpdateQueue": UPDATE_QUEUE,
    "DeleteQueue": DELETE_QUEUE,
    "ListQueueCalls": LIST_QUEUE_CALLS,
    "RetrieveCallFromQueue": RETRIEVE_CALL_FROM_QUEUE,
    "RemoveQueueCall": REMOVE_QUEUE_CALL,
    "UpdateCallInQueue": UPDATE_CALL_IN_QUEUE,
    "getRecordingTranscriptions": GET_RECORDING_TRANSCRIPTIONS,
    "getRecordingTranscription": GET_RECORDING_TRANSCRIPTION,
    "deleteRecordingTranscription": DELETE_RECORDING_TRANSCRIPTION,
    "GetRecordings": GET_RECORDINGS,
    "DeleteRecordings": DELETE_RECORDINGS,
    "GetRecording": GET_RECORDING,
    "DeleteRecording": DELETE_RECORDING,
}
