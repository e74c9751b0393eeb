"""The dispatch table: for each operationId, the function that runs it and the call states it needs.

A call command (`/calls/{call_control_id}/actions/...`) is a `CommandHandler`: the engine finds the
call, answers a repeated `command_id` from memory, checks the call's state, logs the command and
then runs it. Every other operation is a `ResourceHandler` that gets the request as validated.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import _conference_media as conference_media
from . import _conferences as conferences
from . import _connections as connections
from . import _errors as errors
from . import _lifecycle as lifecycle
from . import _media as media
from . import _media_store as media_store
from . import _queues as queues
from . import _recordings as recordings
from . import _resources as resources
from . import _services as services
from ._model import Call, CallState
from ._responses import Reply, command_result
from ._validation import Endpoint

if TYPE_CHECKING:
    from ._engine import Engine

CommandRun = Callable[["Engine", Call, Endpoint, dict[str, Any]], dict[str, Any]]
"""Runs a call command on a call in an accepted state; returns the `data` of the answer."""

ResourceRun = Callable[["Engine", Endpoint, Mapping[str, str], Mapping[str, Any], dict[str, Any]], Reply]
"""Runs any other operation: (engine, endpoint, path, query, body) -> (status, body)."""

ANSWERED: frozenset[CallState] = frozenset({"answered"})
PARKED: frozenset[CallState] = frozenset({"parked"})
LIVE: frozenset[CallState] = frozenset({"ringing", "parked", "answered"})


@dataclass(frozen=True)
class CommandHandler:
    """A call command: what runs it, and the states of the call it accepts."""

    run: CommandRun
    call_states: frozenset[CallState] = ANSWERED

    def check_state(self, call: Call, action: str) -> None:
        """Raise the API's error when call is in a state this command does not accept."""
        if call.state in self.call_states:
            return
        if self.call_states == PARKED:
            raise errors.invalid_state(f"Only a parked incoming call can take {action}; this call is {call.state}.")
        raise errors.not_answered()


@dataclass(frozen=True)
class ResourceHandler:
    """An operation that is not a call command."""

    run: ResourceRun


def acknowledge(engine: Engine, call: Call, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
    """A command the sandbox accepts without simulating anything: the answer its response schema declares."""
    return command_result(endpoint.operation, body)


HANDLERS: Mapping[str, CommandHandler | ResourceHandler] = {
    "DialCall": ResourceHandler(lifecycle.dial),
    "RetrieveCallStatus": ResourceHandler(resources.retrieve_call),
    "ListConnectionActiveCalls": ResourceHandler(resources.list_active_calls),
    "ListCallEvents": ResourceHandler(resources.list_call_events),
    "ListCallControlApplications": ResourceHandler(resources.list_applications),
    "CreateCallControlApplication": ResourceHandler(resources.create_application),
    "RetrieveCallControlApplication": ResourceHandler(resources.retrieve_application),
    "UpdateCallControlApplication": ResourceHandler(resources.update_application),
    "DeleteCallControlApplication": ResourceHandler(resources.delete_application),
    "AnswerCall": CommandHandler(lifecycle.answer, PARKED),
    "RejectCall": CommandHandler(lifecycle.reject, PARKED),
    "HangupCall": CommandHandler(lifecycle.hangup, LIVE),
    "UpdateClientState": CommandHandler(acknowledge, LIVE),
    "TransferCall": CommandHandler(lifecycle.transfer, LIVE),
    "BridgeCall": CommandHandler(lifecycle.bridge_command),
    "SpeakCall": CommandHandler(media.speak),
    "StartCallPlayback": CommandHandler(media.playback),
    "StopCallPlayback": CommandHandler(media.stop_playback),
    "GatherCall": CommandHandler(media.gather),
    "GatherUsingSpeak": CommandHandler(media.gather),
    "GatherUsingAudio": CommandHandler(media.gather),
    "StopCallGather": CommandHandler(media.stop_gather),
    "StartCallRecord": CommandHandler(media.record_start),
    "StopCallRecording": CommandHandler(media.record_stop),
    "PauseCallRecording": CommandHandler(media.record_pause),
    "ResumeCallRecording": CommandHandler(media.record_resume),
    "SendDTMF": CommandHandler(acknowledge),
    "SendSIPInfo": CommandHandler(acknowledge),
    "EnqueueCall": CommandHandler(queues.enqueue),
    "LeaveQueue": CommandHandler(queues.leave_queue),
    "StartCallFork": CommandHandler(services.fork_start),
    "StopCallFork": CommandHandler(services.fork_stop),
    "ReferCall": CommandHandler(services.refer),
    "StartCallTranscription": CommandHandler(services.transcription_start),
    "StopCallTranscription": CommandHandler(services.transcription_stop),
    "CallStartAIAssistant": CommandHandler(services.ai_assistant_start),
    "CallStopAIAssistant": CommandHandler(services.ai_assistant_stop),
    "CallAddMessagesToAIAssistant": CommandHandler(acknowledge),
    "CallJoinAIAssistant": CommandHandler(acknowledge),
    "callGatherUsingAI": CommandHandler(services.gather_using_ai),
    "CallStartConversationRelay": CommandHandler(acknowledge),
    "CallStopConversationRelay": CommandHandler(acknowledge),
    "StartCallStreaming": CommandHandler(services.streaming_start),
    "StopCallStreaming": CommandHandler(services.streaming_stop),
    "StartSiprecSession": CommandHandler(services.siprec_start),
    "StopSiprecSession": CommandHandler(services.siprec_stop),
    "noiseSuppressionStart": CommandHandler(acknowledge),
    "noiseSuppressionStop": CommandHandler(acknowledge),
    "SwitchSupervisorRole": CommandHandler(acknowledge),
    "CreateConference": ResourceHandler(conferences.create),
    "ListConferences": ResourceHandler(conferences.list_conferences),
    "RetrieveConference": ResourceHandler(conferences.retrieve),
    "ListConferenceParticipants": ResourceHandler(conferences.list_participants),
    "RetrieveConferenceParticipant": ResourceHandler(conferences.retrieve_participant),
    "UpdateConferenceParticipant": ResourceHandler(conferences.update_participant),
    "JoinConference": ResourceHandler(conferences.join),
    "LeaveConference": ResourceHandler(conferences.leave),
    "EndConference": ResourceHandler(conferences.end_conference),
    "MuteConferenceParticipants": ResourceHandler(conference_media.mute),
    "UnmuteConferenceParticipants": ResourceHandler(conference_media.unmute),
    "HoldConferenceParticipants": ResourceHandler(conference_media.hold),
    "UnholdConferenceParticipants": ResourceHandler(conference_media.unhold),
    "PlayConferenceAudio": ResourceHandler(conference_media.play),
    "StopConferenceAudio": ResourceHandler(conference_media.stop),
    "SpeakTextToConference": ResourceHandler(conference_media.speak),
    "StartConferenceRecording": ResourceHandler(conference_media.record_start),
    "PauseConferenceRecording": ResourceHandler(conference_media.record_pause),
    "ResumeConferenceRecording": ResourceHandler(conference_media.record_resume),
    "StopConferenceRecording": ResourceHandler(conference_media.record_stop),
    "ConferenceSendDTMF": ResourceHandler(conference_media.send_dtmf),
    "ConferenceGatherUsingAudio": ResourceHandler(conference_media.gather_dtmf_audio),
    "UpdateConference": ResourceHandler(conference_media.update),
    "ListConnections": ResourceHandler(connections.list_connections),
    "RetrieveConnection": ResourceHandler(connections.retrieve_connection),
    "GetRecordings": ResourceHandler(recordings.list_recordings),
    "GetRecording": ResourceHandler(recordings.retrieve_recording),
    "DeleteRecording": ResourceHandler(recordings.delete_recording),
    "DeleteRecordings": ResourceHandler(recordings.delete_recordings),
    "getRecordingTranscriptions": ResourceHandler(recordings.list_transcriptions),
    "getRecordingTranscription": ResourceHandler(recordings.retrieve_transcription),
    "deleteRecordingTranscription": ResourceHandler(recordings.delete_transcription),
    "CreateQueue": ResourceHandler(queues.create_queue),
    "ListQueues": ResourceHandler(queues.list_queues),
    "RetrieveCallQueue": ResourceHandler(queues.retrieve_queue),
    "UpdateQueue": ResourceHandler(queues.update_queue),
    "DeleteQueue": ResourceHandler(queues.delete_queue),
    "ListQueueCalls": ResourceHandler(queues.list_queue_calls),
    "RetrieveCallFromQueue": ResourceHandler(queues.retrieve_queue_call),
    "UpdateCallInQueue": ResourceHandler(queues.update_queue_call),
    "RemoveQueueCall": ResourceHandler(queues.remove_queue_call),
    "CreateMediaStorage": ResourceHandler(media_store.upload),
    "ListMediaStorage": ResourceHandler(media_store.listing),
    "GetMediaStorage": ResourceHandler(media_store.retrieve),
    "UpdateMediaStorage": ResourceHandler(media_store.update),
    "DeleteMediaStorage": ResourceHandler(media_store.delete),
    "DownloadMedia": ResourceHandler(media_store.download),
}
