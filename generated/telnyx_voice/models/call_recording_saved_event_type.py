from typing import Literal, cast

CallRecordingSavedEventType = Literal["call.recording.saved"]

CALL_RECORDING_SAVED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.recording.saved",
    }
)


def check_call_recording_saved_event_type(value: str) -> CallRecordingSavedEventType:
    """Return value as a CallRecordingSavedEventType.

    A value outside CALL_RECORDING_SAVED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallRecordingSavedEventType, value)
