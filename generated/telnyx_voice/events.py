"""Webhook event classes by `data.event_type`. Generated from the spec's `webhooks`; do not edit.

`telnyx_voice.webhooks.parse_event` looks classes up here; each is imported on first use. It returns
a `WebhookEvent`: after `isinstance(event, UnknownEvent)` is ruled out, `event.data.event_type`
tells the classes apart (`if event.data.event_type == "call.answered":` narrows `event.data`).

The official SDK's names work too: `CallAnsweredWebhookEvent` is `CallAnsweredEvent`, and
`UnwrapWebhookEvent` is `WebhookEvent`.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeAlias, Union

if TYPE_CHECKING:
    from .models.call_ai_gather_ended_event import CallAIGatherEndedEvent
    from .models.call_ai_gather_message_history_updated_event import CallAIGatherMessageHistoryUpdatedEvent
    from .models.call_ai_gather_partial_results_event import CallAIGatherPartialResultsEvent
    from .models.call_answered_event import CallAnsweredEvent
    from .models.call_bridged_event import CallBridgedEvent
    from .models.call_conversation_ended_event import CallConversationEndedEvent
    from .models.call_conversation_insights_generated_event import CallConversationInsightsGeneratedEvent
    from .models.call_cost_event import CallCostEvent
    from .models.call_deepfake_detection_error_event import CallDeepfakeDetectionErrorEvent
    from .models.call_deepfake_detection_result_event import CallDeepfakeDetectionResultEvent
    from .models.call_dtmf_received_event import CallDTMFReceivedEvent
    from .models.call_enqueued_event import CallEnqueuedEvent
    from .models.call_fork_started_event import CallForkStartedEvent
    from .models.call_fork_stopped_event import CallForkStoppedEvent
    from .models.call_gather_ended_event import CallGatherEndedEvent
    from .models.call_hangup_event import CallHangupEvent
    from .models.call_hold_event import CallHoldEvent
    from .models.call_initiated_event import CallInitiatedEvent
    from .models.call_left_queue_event import CallLeftQueueEvent
    from .models.call_machine_detection_ended_event import CallMachineDetectionEndedEvent
    from .models.call_machine_greeting_ended_event import CallMachineGreetingEndedEvent
    from .models.call_machine_premium_detection_ended_event import CallMachinePremiumDetectionEndedEvent
    from .models.call_machine_premium_greeting_ended_event import CallMachinePremiumGreetingEndedEvent
    from .models.call_playback_ended_event import CallPlaybackEndedEvent
    from .models.call_playback_started_event import CallPlaybackStartedEvent
    from .models.call_recording_error_event import CallRecordingErrorEvent
    from .models.call_recording_saved_event import CallRecordingSavedEvent
    from .models.call_recording_transcription_saved_event import CallRecordingTranscriptionSavedEvent
    from .models.call_refer_completed_event import CallReferCompletedEvent
    from .models.call_refer_failed_event import CallReferFailedEvent
    from .models.call_refer_started_event import CallReferStartedEvent
    from .models.call_speak_ended_event import CallSpeakEndedEvent
    from .models.call_speak_started_event import CallSpeakStartedEvent
    from .models.call_unhold_event import CallUnholdEvent
    from .models.conference_created_event import ConferenceCreatedEvent
    from .models.conference_ended_event import ConferenceEndedEvent
    from .models.conference_floor_changed import ConferenceFloorChanged
    from .models.conference_participant_joined_event import ConferenceParticipantJoinedEvent
    from .models.conference_participant_left_event import ConferenceParticipantLeftEvent
    from .models.conference_participant_playback_ended_event import ConferenceParticipantPlaybackEndedEvent
    from .models.conference_participant_playback_started_event import ConferenceParticipantPlaybackStartedEvent
    from .models.conference_participant_speak_ended_event import ConferenceParticipantSpeakEndedEvent
    from .models.conference_participant_speak_started_event import ConferenceParticipantSpeakStartedEvent
    from .models.conference_playback_ended_event import ConferencePlaybackEndedEvent
    from .models.conference_playback_started_event import ConferencePlaybackStartedEvent
    from .models.conference_recording_saved_event import ConferenceRecordingSavedEvent
    from .models.conference_speak_ended_event import ConferenceSpeakEndedEvent
    from .models.conference_speak_started_event import ConferenceSpeakStartedEvent
    from .models.siprec_failed_event import SiprecFailedEvent
    from .models.siprec_started_event import SiprecStartedEvent
    from .models.siprec_stopped_event import SiprecStoppedEvent
    from .models.streaming_failed_event import StreamingFailedEvent
    from .models.streaming_started_event import StreamingStartedEvent
    from .models.streaming_stopped_event import StreamingStoppedEvent
    from .models.transcription_event import TranscriptionEvent
    from .webhooks import UnknownEvent

    CallAIGatherEndedWebhookEvent: TypeAlias = CallAIGatherEndedEvent
    CallAIGatherMessageHistoryUpdatedWebhookEvent: TypeAlias = CallAIGatherMessageHistoryUpdatedEvent
    CallAIGatherPartialResultsWebhookEvent: TypeAlias = CallAIGatherPartialResultsEvent
    CallAnsweredWebhookEvent: TypeAlias = CallAnsweredEvent
    CallBridgedWebhookEvent: TypeAlias = CallBridgedEvent
    CallConversationEndedWebhookEvent: TypeAlias = CallConversationEndedEvent
    CallConversationInsightsGeneratedWebhookEvent: TypeAlias = CallConversationInsightsGeneratedEvent
    CallCostWebhookEvent: TypeAlias = CallCostEvent
    CallDeepfakeDetectionErrorWebhookEvent: TypeAlias = CallDeepfakeDetectionErrorEvent
    CallDeepfakeDetectionResultWebhookEvent: TypeAlias = CallDeepfakeDetectionResultEvent
    CallDtmfReceivedWebhookEvent: TypeAlias = CallDTMFReceivedEvent
    CallEnqueuedWebhookEvent: TypeAlias = CallEnqueuedEvent
    CallForkStartedWebhookEvent: TypeAlias = CallForkStartedEvent
    CallForkStoppedWebhookEvent: TypeAlias = CallForkStoppedEvent
    CallGatherEndedWebhookEvent: TypeAlias = CallGatherEndedEvent
    CallHangupWebhookEvent: TypeAlias = CallHangupEvent
    CallHoldWebhookEvent: TypeAlias = CallHoldEvent
    CallInitiatedWebhookEvent: TypeAlias = CallInitiatedEvent
    CallLeftQueueWebhookEvent: TypeAlias = CallLeftQueueEvent
    CallMachineDetectionEndedWebhookEvent: TypeAlias = CallMachineDetectionEndedEvent
    CallMachineGreetingEndedWebhookEvent: TypeAlias = CallMachineGreetingEndedEvent
    CallMachinePremiumDetectionEndedWebhookEvent: TypeAlias = CallMachinePremiumDetectionEndedEvent
    CallMachinePremiumGreetingEndedWebhookEvent: TypeAlias = CallMachinePremiumGreetingEndedEvent
    CallPlaybackEndedWebhookEvent: TypeAlias = CallPlaybackEndedEvent
    CallPlaybackStartedWebhookEvent: TypeAlias = CallPlaybackStartedEvent
    CallRecordingErrorWebhookEvent: TypeAlias = CallRecordingErrorEvent
    CallRecordingSavedWebhookEvent: TypeAlias = CallRecordingSavedEvent
    CallRecordingTranscriptionSavedWebhookEvent: TypeAlias = CallRecordingTranscriptionSavedEvent
    CallReferCompletedWebhookEvent: TypeAlias = CallReferCompletedEvent
    CallReferFailedWebhookEvent: TypeAlias = CallReferFailedEvent
    CallReferStartedWebhookEvent: TypeAlias = CallReferStartedEvent
    CallSiprecFailedWebhookEvent: TypeAlias = SiprecFailedEvent
    CallSiprecStartedWebhookEvent: TypeAlias = SiprecStartedEvent
    CallSiprecStoppedWebhookEvent: TypeAlias = SiprecStoppedEvent
    CallSpeakEndedWebhookEvent: TypeAlias = CallSpeakEndedEvent
    CallSpeakStartedWebhookEvent: TypeAlias = CallSpeakStartedEvent
    CallStreamingFailedWebhookEvent: TypeAlias = StreamingFailedEvent
    CallStreamingStartedWebhookEvent: TypeAlias = StreamingStartedEvent
    CallStreamingStoppedWebhookEvent: TypeAlias = StreamingStoppedEvent
    CallUnholdWebhookEvent: TypeAlias = CallUnholdEvent
    ConferenceCreatedWebhookEvent: TypeAlias = ConferenceCreatedEvent
    ConferenceEndedWebhookEvent: TypeAlias = ConferenceEndedEvent
    ConferenceFloorChangedWebhookEvent: TypeAlias = ConferenceFloorChanged
    ConferenceParticipantJoinedWebhookEvent: TypeAlias = ConferenceParticipantJoinedEvent
    ConferenceParticipantLeftWebhookEvent: TypeAlias = ConferenceParticipantLeftEvent
    ConferenceParticipantPlaybackEndedWebhookEvent: TypeAlias = ConferenceParticipantPlaybackEndedEvent
    ConferenceParticipantPlaybackStartedWebhookEvent: TypeAlias = ConferenceParticipantPlaybackStartedEvent
    ConferenceParticipantSpeakEndedWebhookEvent: TypeAlias = ConferenceParticipantSpeakEndedEvent
    ConferenceParticipantSpeakStartedWebhookEvent: TypeAlias = ConferenceParticipantSpeakStartedEvent
    ConferencePlaybackEndedWebhookEvent: TypeAlias = ConferencePlaybackEndedEvent
    ConferencePlaybackStartedWebhookEvent: TypeAlias = ConferencePlaybackStartedEvent
    ConferenceRecordingSavedWebhookEvent: TypeAlias = ConferenceRecordingSavedEvent
    ConferenceSpeakEndedWebhookEvent: TypeAlias = ConferenceSpeakEndedEvent
    ConferenceSpeakStartedWebhookEvent: TypeAlias = ConferenceSpeakStartedEvent
    TranscriptionWebhookEvent: TypeAlias = TranscriptionEvent

# Quoted: the event classes are imported only when an event of their type arrives.
WebhookEvent: TypeAlias = Union[
    "CallAIGatherEndedEvent",
    "CallAIGatherMessageHistoryUpdatedEvent",
    "CallAIGatherPartialResultsEvent",
    "CallAnsweredEvent",
    "CallBridgedEvent",
    "CallConversationEndedEvent",
    "CallConversationInsightsGeneratedEvent",
    "CallCostEvent",
    "CallDeepfakeDetectionErrorEvent",
    "CallDeepfakeDetectionResultEvent",
    "CallDTMFReceivedEvent",
    "CallEnqueuedEvent",
    "CallForkStartedEvent",
    "CallForkStoppedEvent",
    "CallGatherEndedEvent",
    "CallHangupEvent",
    "CallHoldEvent",
    "CallInitiatedEvent",
    "CallLeftQueueEvent",
    "CallMachineDetectionEndedEvent",
    "CallMachineGreetingEndedEvent",
    "CallMachinePremiumDetectionEndedEvent",
    "CallMachinePremiumGreetingEndedEvent",
    "CallPlaybackEndedEvent",
    "CallPlaybackStartedEvent",
    "CallRecordingErrorEvent",
    "CallRecordingSavedEvent",
    "CallRecordingTranscriptionSavedEvent",
    "CallReferCompletedEvent",
    "CallReferFailedEvent",
    "CallReferStartedEvent",
    "CallSpeakEndedEvent",
    "CallSpeakStartedEvent",
    "CallUnholdEvent",
    "ConferenceCreatedEvent",
    "ConferenceEndedEvent",
    "ConferenceFloorChanged",
    "ConferenceParticipantJoinedEvent",
    "ConferenceParticipantLeftEvent",
    "ConferenceParticipantPlaybackEndedEvent",
    "ConferenceParticipantPlaybackStartedEvent",
    "ConferenceParticipantSpeakEndedEvent",
    "ConferenceParticipantSpeakStartedEvent",
    "ConferencePlaybackEndedEvent",
    "ConferencePlaybackStartedEvent",
    "ConferenceRecordingSavedEvent",
    "ConferenceSpeakEndedEvent",
    "ConferenceSpeakStartedEvent",
    "SiprecFailedEvent",
    "SiprecStartedEvent",
    "SiprecStoppedEvent",
    "StreamingFailedEvent",
    "StreamingStartedEvent",
    "StreamingStoppedEvent",
    "TranscriptionEvent",
    "UnknownEvent",
]
"""What `parse_event` and `unwrap` return: the class of the event's type, or `UnknownEvent`."""

UnwrapWebhookEvent: TypeAlias = WebhookEvent
"""The official SDK's name of `WebhookEvent`."""

# The official SDK's class names: alias -> (models module, class).
OFFICIAL_NAMES: dict[str, tuple[str, str]] = {
    "CallAIGatherEndedWebhookEvent": ("call_ai_gather_ended_event", "CallAIGatherEndedEvent"),
    "CallAIGatherMessageHistoryUpdatedWebhookEvent": (
        "call_ai_gather_message_history_updated_event",
        "CallAIGatherMessageHistoryUpdatedEvent",
    ),
    "CallAIGatherPartialResultsWebhookEvent": (
        "call_ai_gather_partial_results_event",
        "CallAIGatherPartialResultsEvent",
    ),
    "CallAnsweredWebhookEvent": ("call_answered_event", "CallAnsweredEvent"),
    "CallBridgedWebhookEvent": ("call_bridged_event", "CallBridgedEvent"),
    "CallConversationEndedWebhookEvent": ("call_conversation_ended_event", "CallConversationEndedEvent"),
    "CallConversationInsightsGeneratedWebhookEvent": (
        "call_conversation_insights_generated_event",
        "CallConversationInsightsGeneratedEvent",
    ),
    "CallCostWebhookEvent": ("call_cost_event", "CallCostEvent"),
    "CallDeepfakeDetectionErrorWebhookEvent": (
        "call_deepfake_detection_error_event",
        "CallDeepfakeDetectionErrorEvent",
    ),
    "CallDeepfakeDetectionResultWebhookEvent": (
        "call_deepfake_detection_result_event",
        "CallDeepfakeDetectionResultEvent",
    ),
    "CallDtmfReceivedWebhookEvent": ("call_dtmf_received_event", "CallDTMFReceivedEvent"),
    "CallEnqueuedWebhookEvent": ("call_enqueued_event", "CallEnqueuedEvent"),
    "CallForkStartedWebhookEvent": ("call_fork_started_event", "CallForkStartedEvent"),
    "CallForkStoppedWebhookEvent": ("call_fork_stopped_event", "CallForkStoppedEvent"),
    "CallGatherEndedWebhookEvent": ("call_gather_ended_event", "CallGatherEndedEvent"),
    "CallHangupWebhookEvent": ("call_hangup_event", "CallHangupEvent"),
    "CallHoldWebhookEvent": ("call_hold_event", "CallHoldEvent"),
    "CallInitiatedWebhookEvent": ("call_initiated_event", "CallInitiatedEvent"),
    "CallLeftQueueWebhookEvent": ("call_left_queue_event", "CallLeftQueueEvent"),
    "CallMachineDetectionEndedWebhookEvent": ("call_machine_detection_ended_event", "CallMachineDetectionEndedEvent"),
    "CallMachineGreetingEndedWebhookEvent": ("call_machine_greeting_ended_event", "CallMachineGreetingEndedEvent"),
    "CallMachinePremiumDetectionEndedWebhookEvent": (
        "call_machine_premium_detection_ended_event",
        "CallMachinePremiumDetectionEndedEvent",
    ),
    "CallMachinePremiumGreetingEndedWebhookEvent": (
        "call_machine_premium_greeting_ended_event",
        "CallMachinePremiumGreetingEndedEvent",
    ),
    "CallPlaybackEndedWebhookEvent": ("call_playback_ended_event", "CallPlaybackEndedEvent"),
    "CallPlaybackStartedWebhookEvent": ("call_playback_started_event", "CallPlaybackStartedEvent"),
    "CallRecordingErrorWebhookEvent": ("call_recording_error_event", "CallRecordingErrorEvent"),
    "CallRecordingSavedWebhookEvent": ("call_recording_saved_event", "CallRecordingSavedEvent"),
    "CallRecordingTranscriptionSavedWebhookEvent": (
        "call_recording_transcription_saved_event",
        "CallRecordingTranscriptionSavedEvent",
    ),
    "CallReferCompletedWebhookEvent": ("call_refer_completed_event", "CallReferCompletedEvent"),
    "CallReferFailedWebhookEvent": ("call_refer_failed_event", "CallReferFailedEvent"),
    "CallReferStartedWebhookEvent": ("call_refer_started_event", "CallReferStartedEvent"),
    "CallSiprecFailedWebhookEvent": ("siprec_failed_event", "SiprecFailedEvent"),
    "CallSiprecStartedWebhookEvent": ("siprec_started_event", "SiprecStartedEvent"),
    "CallSiprecStoppedWebhookEvent": ("siprec_stopped_event", "SiprecStoppedEvent"),
    "CallSpeakEndedWebhookEvent": ("call_speak_ended_event", "CallSpeakEndedEvent"),
    "CallSpeakStartedWebhookEvent": ("call_speak_started_event", "CallSpeakStartedEvent"),
    "CallStreamingFailedWebhookEvent": ("streaming_failed_event", "StreamingFailedEvent"),
    "CallStreamingStartedWebhookEvent": ("streaming_started_event", "StreamingStartedEvent"),
    "CallStreamingStoppedWebhookEvent": ("streaming_stopped_event", "StreamingStoppedEvent"),
    "CallUnholdWebhookEvent": ("call_unhold_event", "CallUnholdEvent"),
    "ConferenceCreatedWebhookEvent": ("conference_created_event", "ConferenceCreatedEvent"),
    "ConferenceEndedWebhookEvent": ("conference_ended_event", "ConferenceEndedEvent"),
    "ConferenceFloorChangedWebhookEvent": ("conference_floor_changed", "ConferenceFloorChanged"),
    "ConferenceParticipantJoinedWebhookEvent": (
        "conference_participant_joined_event",
        "ConferenceParticipantJoinedEvent",
    ),
    "ConferenceParticipantLeftWebhookEvent": ("conference_participant_left_event", "ConferenceParticipantLeftEvent"),
    "ConferenceParticipantPlaybackEndedWebhookEvent": (
        "conference_participant_playback_ended_event",
        "ConferenceParticipantPlaybackEndedEvent",
    ),
    "ConferenceParticipantPlaybackStartedWebhookEvent": (
        "conference_participant_playback_started_event",
        "ConferenceParticipantPlaybackStartedEvent",
    ),
    "ConferenceParticipantSpeakEndedWebhookEvent": (
        "conference_participant_speak_ended_event",
        "ConferenceParticipantSpeakEndedEvent",
    ),
    "ConferenceParticipantSpeakStartedWebhookEvent": (
        "conference_participant_speak_started_event",
        "ConferenceParticipantSpeakStartedEvent",
    ),
    "ConferencePlaybackEndedWebhookEvent": ("conference_playback_ended_event", "ConferencePlaybackEndedEvent"),
    "ConferencePlaybackStartedWebhookEvent": ("conference_playback_started_event", "ConferencePlaybackStartedEvent"),
    "ConferenceRecordingSavedWebhookEvent": ("conference_recording_saved_event", "ConferenceRecordingSavedEvent"),
    "ConferenceSpeakEndedWebhookEvent": ("conference_speak_ended_event", "ConferenceSpeakEndedEvent"),
    "ConferenceSpeakStartedWebhookEvent": ("conference_speak_started_event", "ConferenceSpeakStartedEvent"),
    "TranscriptionWebhookEvent": ("transcription_event", "TranscriptionEvent"),
}

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


def __getattr__(name: str) -> Any:
    """An event class by its official SDK name, imported on first use."""
    target = OFFICIAL_NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, class_name = target
    value = getattr(import_module(f".models.{module}", __package__), class_name)
    globals()[name] = value
    return value
