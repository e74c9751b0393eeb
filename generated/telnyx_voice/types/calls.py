"""`telnyx_voice.types.calls`: the official Telnyx SDK's names for these results, as aliases of our classes.

Generated from spec/official_types.toml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._aliases import load_alias

if TYPE_CHECKING:
    from ..models.call_control_command_response import (
        CallControlCommandResponse as ActionAddAIAssistantMessagesResponse,
    )
    from ..models.call_control_command_response import CallControlCommandResponse as ActionBridgeResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionEnqueueResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionGatherResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionGatherUsingAudioResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionGatherUsingSpeakResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionHangupResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionLeaveQueueResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionPauseRecordingResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionReferResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionRejectResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionResumeRecordingResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionSendDtmfResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionSendSipInfoResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionSpeakResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionStartForkingResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionStartNoiseSuppressionResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionStartPlaybackResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionStartRecordingResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionStartSiprecResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionStartStreamingResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionStartTranscriptionResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionStopAIAssistantResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionStopConversationRelayResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionStopForkingResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionStopGatherResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionStopNoiseSuppressionResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionStopPlaybackResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionStopRecordingResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionStopSiprecResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionStopStreamingResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionStopTranscriptionResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionSwitchSupervisorRoleResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionTransferResponse
    from ..models.call_control_command_response import CallControlCommandResponse as ActionUpdateClientStateResponse
    from ..models.call_control_command_response_with_conversation_id import (
        CallControlCommandResponseWithConversationID as ActionGatherUsingAIResponse,
    )
    from ..models.call_control_command_response_with_conversation_id import (
        CallControlCommandResponseWithConversationID as ActionJoinAIAssistantResponse,
    )
    from ..models.call_control_command_response_with_conversation_id import (
        CallControlCommandResponseWithConversationID as ActionStartAIAssistantResponse,
    )
    from ..models.call_control_command_response_with_conversation_relay_id import (
        CallControlCommandResponseWithConversationRelayID as ActionStartConversationRelayResponse,
    )
    from ..models.call_control_command_response_with_recording_id import (
        CallControlCommandResponseWithRecordingID as ActionAnswerResponse,
    )

_ALIASES: dict[str, tuple[str, str]] = {
    "ActionAddAIAssistantMessagesResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionAnswerResponse": (
        "call_control_command_response_with_recording_id",
        "CallControlCommandResponseWithRecordingID",
    ),
    "ActionBridgeResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionEnqueueResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionGatherResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionGatherUsingAIResponse": (
        "call_control_command_response_with_conversation_id",
        "CallControlCommandResponseWithConversationID",
    ),
    "ActionGatherUsingAudioResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionGatherUsingSpeakResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionHangupResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionJoinAIAssistantResponse": (
        "call_control_command_response_with_conversation_id",
        "CallControlCommandResponseWithConversationID",
    ),
    "ActionLeaveQueueResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionPauseRecordingResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionReferResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionRejectResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionResumeRecordingResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionSendDtmfResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionSendSipInfoResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionSpeakResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionStartAIAssistantResponse": (
        "call_control_command_response_with_conversation_id",
        "CallControlCommandResponseWithConversationID",
    ),
    "ActionStartConversationRelayResponse": (
        "call_control_command_response_with_conversation_relay_id",
        "CallControlCommandResponseWithConversationRelayID",
    ),
    "ActionStartForkingResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionStartNoiseSuppressionResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionStartPlaybackResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionStartRecordingResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionStartSiprecResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionStartStreamingResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionStartTranscriptionResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionStopAIAssistantResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionStopConversationRelayResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionStopForkingResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionStopGatherResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionStopNoiseSuppressionResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionStopPlaybackResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionStopRecordingResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionStopSiprecResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionStopStreamingResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionStopTranscriptionResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionSwitchSupervisorRoleResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionTransferResponse": ("call_control_command_response", "CallControlCommandResponse"),
    "ActionUpdateClientStateResponse": ("call_control_command_response", "CallControlCommandResponse"),
}

__all__ = [
    "ActionAddAIAssistantMessagesResponse",
    "ActionAnswerResponse",
    "ActionBridgeResponse",
    "ActionEnqueueResponse",
    "ActionGatherResponse",
    "ActionGatherUsingAIResponse",
    "ActionGatherUsingAudioResponse",
    "ActionGatherUsingSpeakResponse",
    "ActionHangupResponse",
    "ActionJoinAIAssistantResponse",
    "ActionLeaveQueueResponse",
    "ActionPauseRecordingResponse",
    "ActionReferResponse",
    "ActionRejectResponse",
    "ActionResumeRecordingResponse",
    "ActionSendDtmfResponse",
    "ActionSendSipInfoResponse",
    "ActionSpeakResponse",
    "ActionStartAIAssistantResponse",
    "ActionStartConversationRelayResponse",
    "ActionStartForkingResponse",
    "ActionStartNoiseSuppressionResponse",
    "ActionStartPlaybackResponse",
    "ActionStartRecordingResponse",
    "ActionStartSiprecResponse",
    "ActionStartStreamingResponse",
    "ActionStartTranscriptionResponse",
    "ActionStopAIAssistantResponse",
    "ActionStopConversationRelayResponse",
    "ActionStopForkingResponse",
    "ActionStopGatherResponse",
    "ActionStopNoiseSuppressionResponse",
    "ActionStopPlaybackResponse",
    "ActionStopRecordingResponse",
    "ActionStopSiprecResponse",
    "ActionStopStreamingResponse",
    "ActionStopTranscriptionResponse",
    "ActionSwitchSupervisorRoleResponse",
    "ActionTransferResponse",
    "ActionUpdateClientStateResponse",
]


def __getattr__(name: str) -> Any:
    return load_alias(__name__, _ALIASES, name)


def __dir__() -> list[str]:
    return __all__
