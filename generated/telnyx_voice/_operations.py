"""How to call each operation: the table the client resources and the MCP server both use.

Each entry's type parameter is the model its success body is parsed into, so `request` returns it typed.
Generated from the Telnyx OpenAPI spec by the generator. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._http import Operation

if TYPE_CHECKING:
    from .models.active_calls_response import ActiveCallsResponse
    from .models.call_control_application_response import CallControlApplicationResponse
    from .models.call_control_command_response import CallControlCommandResponse
    from .models.call_control_command_response_with_conversation_id import CallControlCommandResponseWithConversationID
    from .models.call_control_command_response_with_conversation_relay_id import (
        CallControlCommandResponseWithConversationRelayID,
    )
    from .models.call_control_command_response_with_recording_id import CallControlCommandResponseWithRecordingID
    from .models.list_call_control_applications_response import ListCallControlApplicationsResponse
    from .models.list_call_events_response import ListCallEventsResponse
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
}
