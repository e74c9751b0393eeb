from typing import Literal, cast

CallPlaybackEndedPayloadStatus = Literal[
    "call_hangup", "cancelled", "cancelled_amd", "completed", "failed", "file_not_found", "unknown"
]

CALL_PLAYBACK_ENDED_PAYLOAD_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "call_hangup",
        "cancelled",
        "cancelled_amd",
        "completed",
        "failed",
        "file_not_found",
        "unknown",
    }
)


def check_call_playback_ended_payload_status(value: str) -> CallPlaybackEndedPayloadStatus:
    """Return value as a CallPlaybackEndedPayloadStatus.

    A value outside CALL_PLAYBACK_ENDED_PAYLOAD_STATUS_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallPlaybackEndedPayloadStatus, value)
