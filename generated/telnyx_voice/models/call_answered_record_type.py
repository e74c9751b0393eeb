from typing import Literal, cast

CallAnsweredRecordType = Literal["event"]

CALL_ANSWERED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_answered_record_type(value: str) -> CallAnsweredRecordType:
    """Return value as a CallAnsweredRecordType.

    A value outside CALL_ANSWERED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallAnsweredRecordType, value)
