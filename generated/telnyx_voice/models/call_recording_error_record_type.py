from typing import Literal, cast

CallRecordingErrorRecordType = Literal["event"]

CALL_RECORDING_ERROR_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_recording_error_record_type(value: str) -> CallRecordingErrorRecordType:
    """Return value as a CallRecordingErrorRecordType.

    A value outside CALL_RECORDING_ERROR_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallRecordingErrorRecordType, value)
