"""Webhook event classes by `data.event_type`. Generated from the spec's `webhooks`; do not edit.

`telnyx_voice.webhooks.parse_event` looks classes up here; each is imported on first use.
"""

from importlib import import_module
from typing import Any

EVENT_CLASSES: dict[str, tuple[str, str]] = {
    "call.ai_gather.ended": ("call_ai_gather_ended_event", "CallAIGatherEndedEvent"),
    "call.ai_gather.message_history_updated": (
        "call_ai_gather_message_history_updated_event",
        "CallAIGatherMessageHistoryUpdatedEvent",
    ),
    "call.ai_gather.partial_results": ("call_ai_gather_partial_results_event", "CallAIGatherPartialResultsEvent"),
    "call.answered": ("call_answered_event", "CallAnsweredEvent"),
    "call.bridged": ("call_bridged_event", "CallBridgedEvent"),
    "call.conversation.ended": ("call_conversation_ended_event", "CallConversationEndedEvent"),
    "call.conversation_insights.generated": (
        "call_conversation_insights_generated_event",
        "CallConversationInsightsGeneratedEvent",
    ),
    "call.cost": ("call_cost_event", "CallCostEvent"),
    "call.deepfake_detection.error": ("call_deepfake_detection_error_event", "CallDeepfakeDetectionErrorEvent"),
    "call.deepfake_detection.result": ("call_deepfake_detection_result_event", "CallDeepfakeDetectionResultEvent"),
    "call.dequeued": ("call_left_queue_event", "CallLeftQueueEvent"),
    "call.dtmf.received": ("call_dtmf_received_event", "CallDTMFReceivedEvent"),
    "call.enqueued": ("call_enqueued_event", "CallEnqueuedEvent"),
    "call.fork.started": ("call_fork_started_event", "CallForkStartedEvent"),
    "call.fork.stopped": ("call_fork_stopped_event", "CallForkStoppedEvent"),
    "call.gather.ended": ("call_gather_ended_event", "CallGatherEndedEvent"),
    "call.hangup": ("call_hangup_event", "CallHangupEvent"),
    "call.hold": ("call_hold_event", "CallHoldEvent"),
    "call.initiated": ("call_initiated_event", "CallInitiatedEvent"),
    "call.machine.detection.ended": ("call_machine_detection_ended_event", "CallMachineDetectionEndedEvent"),
    "call.machine.greeting.ended": ("call_machine_greeting_ended_event", "CallMachineGreetingEndedEvent"),
    "call.machine.premium.detection.ended": (
        "call_machine_premium_detection_ended_event",
        "CallMachinePremiumDetectionEndedEvent",
    ),
    "call.machine.premium.greeting.ended": (
        "call_machine_premium_greeting_ended_event",
        "CallMachinePremiumGreetingEndedEvent",
    ),
    "call.playback.ended": ("call_playback_ended_event", "CallPlaybackEndedEvent"),
    "call.playback.started": ("call_playback_started_event", "CallPlaybackStartedEvent"),
    "call.recording.error": ("call_recording_error_event", "CallRecordingErrorEvent"),
    "call.recording.saved": ("call_recording_saved_event", "CallRecordingSavedEvent"),
    "call.recording.transcription.saved": (
        "call_recording_transcription_saved_event",
        "CallRecordingTranscriptionSavedEvent",
    ),
    "call.refer.completed": ("call_refer_completed_event", "CallReferCompletedEvent"),
    "call.refer.failed": ("call_refer_failed_event", "CallReferFailedEvent"),
    "call.refer.started": ("call_refer_started_event", "CallReferStartedEvent"),
    "call.speak.ended": ("call_speak_ended_event", "CallSpeakEndedEvent"),
    "call.speak.started": ("call_speak_started_event", "CallSpeakStartedEvent"),
    "call.transcription": ("transcription_event", "TranscriptionEvent"),
    "call.unhold": ("call_unhold_event", "CallUnholdEvent"),
    "conference.created": ("conference_created_event", "ConferenceCreatedEvent"),
    "conference.ended": ("conference_ended_event", "ConferenceEndedEvent"),
    "conference.floor.changed": ("conference_floor_changed", "ConferenceFloorChanged"),
    "conference.participant.joined": ("conference_participant_joined_event", "ConferenceParticipantJoinedEvent"),
    "conference.participant.left": ("conference_participant_left_event", "ConferenceParticipantLeftEvent"),
    "conference.participant.playback.ended": (
        "conference_participant_playback_ended_event",
        "ConferenceParticipantPlaybackEndedEvent",
    ),
    "conference.participant.playback.started": (
        "conference_participant_playback_started_event",
        "ConferenceParticipantPlaybackStartedEvent",
    ),
    "conference.participant.speak.ended": (
        "conference_participant_speak_ended_event",
        "ConferenceParticipantSpeakEndedEvent",
    ),
    "conference.participant.speak.started": (
        "conference_participant_speak_started_event",
        "ConferenceParticipantSpeakStartedEvent",
    ),
    "conference.playback.ended": ("conference_playback_ended_event", "ConferencePlaybackEndedEvent"),
    "conference.playback.started": ("conference_playback_started_event", "ConferencePlaybackStartedEvent"),
    "conference.recording.saved": ("conference_recording_saved_event", "ConferenceRecordingSavedEvent"),
    "conference.speak.ended": ("conference_speak_ended_event", "ConferenceSpeakEndedEvent"),
    "conference.speak.started": ("conference_speak_started_event", "ConferenceSpeakStartedEvent"),
    "siprec.failed": ("siprec_failed_event", "SiprecFailedEvent"),
    "siprec.started": ("siprec_started_event", "SiprecStartedEvent"),
    "siprec.stopped": ("siprec_stopped_event", "SiprecStoppedEvent"),
    "streaming.failed": ("streaming_failed_event", "StreamingFailedEvent"),
    "streaming.started": ("streaming_started_event", "StreamingStartedEvent"),
    "streaming.stopped": ("streaming_stopped_event", "StreamingStoppedEvent"),
}


_loaded: dict[str, type[Any]] = {}


def event_class_for(event_type: str) -> type[Any] | None:
    """The generated class of event_type, or None for an event type the spec does not know."""
    cls = _loaded.get(event_type)
    if cls is None:
        target = EVENT_CLASSES.get(event_type)
        if target is None:
            return None
        module, name = target
        cls = _loaded[event_type] = getattr(import_module(f".models.{module}", __package__), name)
    return cls
