from typing import Literal, cast

CallSpeakStartedRecordType = Literal["event"]

CALL_SPEAK_STARTED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_speak_started_record_type(value: str) -> CallSpeakStartedRecordType:
    """Return value as a CallSpeakStartedRecordType.

    A value outside CALL_SPEAK_STARTED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallSpeakStartedRecordType, value)
