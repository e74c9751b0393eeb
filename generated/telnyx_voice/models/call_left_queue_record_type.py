from typing import Literal, cast

CallLeftQueueRecordType = Literal["event"]

CALL_LEFT_QUEUE_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_left_queue_record_type(value: str) -> CallLeftQueueRecordType:
    """Return value as a CallLeftQueueRecordType.

    A value outside CALL_LEFT_QUEUE_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallLeftQueueRecordType, value)
