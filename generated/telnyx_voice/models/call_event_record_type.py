from typing import Literal, cast

CallEventRecordType = Literal["call_event"]

CALL_EVENT_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call_event",
    }
)


def check_call_event_record_type(value: str) -> CallEventRecordType:
    """Return value as a CallEventRecordType.

    A value outside CALL_EVENT_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallEventRecordType, value)
