from typing import Literal, cast

CallHangupRecordType = Literal["event"]

CALL_HANGUP_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_hangup_record_type(value: str) -> CallHangupRecordType:
    """Return value as a CallHangupRecordType.

    A value outside CALL_HANGUP_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallHangupRecordType, value)
