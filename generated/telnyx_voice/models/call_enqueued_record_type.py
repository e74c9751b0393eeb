from typing import Literal, cast

CallEnqueuedRecordType = Literal["event"]

CALL_ENQUEUED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_enqueued_record_type(value: str) -> CallEnqueuedRecordType:
    """Return value as a CallEnqueuedRecordType.

    A value outside CALL_ENQUEUED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallEnqueuedRecordType, value)
