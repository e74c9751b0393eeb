from typing import Literal, cast

CallRecordingErrorEventType = Literal["call.recording.error"]

CALL_RECORDING_ERROR_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.recording.error",
    }
)


def check_call_recording_error_event_type(value: str) -> CallRecordingErrorEventType:
    """Return value as a CallRecordingErrorEventType.

    A value outside CALL_RECORDING_ERROR_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallRecordingErrorEventType, value)
