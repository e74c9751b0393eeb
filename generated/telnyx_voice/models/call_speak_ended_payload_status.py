from typing import Literal, cast

CallSpeakEndedPayloadStatus = Literal["call_hangup", "cancelled_amd", "completed"]

CALL_SPEAK_ENDED_PAYLOAD_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "call_hangup",
        "cancelled_amd",
        "completed",
    }
)


def check_call_speak_ended_payload_status(value: str) -> CallSpeakEndedPayloadStatus:
    """Return value as a CallSpeakEndedPayloadStatus.

    A value outside CALL_SPEAK_ENDED_PAYLOAD_STATUS_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallSpeakEndedPayloadStatus, value)
