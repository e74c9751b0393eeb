"""`telnyx_voice.types.conferences`: the official Telnyx SDK's names for these results, as aliases of our classes.

Generated from spec/official_types.toml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._aliases import load_alias

if TYPE_CHECKING:
    from ..models.conference_command_response import ConferenceCommandResponse as ActionEndConferenceResponse
    from ..models.conference_command_response import ConferenceCommandResponse as ActionGatherDtmfAudioResponse
    from ..models.conference_command_response import ConferenceCommandResponse as ActionHoldResponse
    from ..models.conference_command_response import ConferenceCommandResponse as ActionJoinResponse
    from ..models.conference_command_response import ConferenceCommandResponse as ActionLeaveResponse
    from ..models.conference_command_response import ConferenceCommandResponse as ActionMuteResponse
    from ..models.conference_command_response import ConferenceCommandResponse as ActionPlayResponse
    from ..models.conference_command_response import ConferenceCommandResponse as ActionRecordPauseResponse
    from ..models.conference_command_response import ConferenceCommandResponse as ActionRecordResumeResponse
    from ..models.conference_command_response import ConferenceCommandResponse as ActionRecordStartResponse
    from ..models.conference_command_response import ConferenceCommandResponse as ActionRecordStopResponse
    from ..models.conference_command_response import ConferenceCommandResponse as ActionSendDtmfResponse
    from ..models.conference_command_response import ConferenceCommandResponse as ActionSpeakResponse
    from ..models.conference_command_response import ConferenceCommandResponse as ActionStopResponse
    from ..models.conference_command_response import ConferenceCommandResponse as ActionUnholdResponse
    from ..models.conference_command_response import ConferenceCommandResponse as ActionUnmuteResponse
    from ..models.conference_command_response import ConferenceCommandResponse as ActionUpdateResponse

_ALIASES: dict[str, tuple[str, str]] = {
    "ActionEndConferenceResponse": ("conference_command_response", "ConferenceCommandResponse"),
    "ActionGatherDtmfAudioResponse": ("conference_command_response", "ConferenceCommandResponse"),
    "ActionHoldResponse": ("conference_command_response", "ConferenceCommandResponse"),
    "ActionJoinResponse": ("conference_command_response", "ConferenceCommandResponse"),
    "ActionLeaveResponse": ("conference_command_response", "ConferenceCommandResponse"),
    "ActionMuteResponse": ("conference_command_response", "ConferenceCommandResponse"),
    "ActionPlayResponse": ("conference_command_response", "ConferenceCommandResponse"),
    "ActionRecordPauseResponse": ("conference_command_response", "ConferenceCommandResponse"),
    "ActionRecordResumeResponse": ("conference_command_response", "ConferenceCommandResponse"),
    "ActionRecordStartResponse": ("conference_command_response", "ConferenceCommandResponse"),
    "ActionRecordStopResponse": ("conference_command_response", "ConferenceCommandResponse"),
    "ActionSendDtmfResponse": ("conference_command_response", "ConferenceCommandResponse"),
    "ActionSpeakResponse": ("conference_command_response", "ConferenceCommandResponse"),
    "ActionStopResponse": ("conference_command_response", "ConferenceCommandResponse"),
    "ActionUnholdResponse": ("conference_command_response", "ConferenceCommandResponse"),
    "ActionUnmuteResponse": ("conference_command_response", "ConferenceCommandResponse"),
    "ActionUpdateResponse": ("conference_command_response", "ConferenceCommandResponse"),
}

__all__ = [
    "ActionEndConferenceResponse",
    "ActionGatherDtmfAudioResponse",
    "ActionHoldResponse",
    "ActionJoinResponse",
    "ActionLeaveResponse",
    "ActionMuteResponse",
    "ActionPlayResponse",
    "ActionRecordPauseResponse",
    "ActionRecordResumeResponse",
    "ActionRecordStartResponse",
    "ActionRecordStopResponse",
    "ActionSendDtmfResponse",
    "ActionSpeakResponse",
    "ActionStopResponse",
    "ActionUnholdResponse",
    "ActionUnmuteResponse",
    "ActionUpdateResponse",
]


def __getattr__(name: str) -> Any:
    return load_alias(__name__, _ALIASES, name)


def __dir__() -> list[str]:
    return __all__
