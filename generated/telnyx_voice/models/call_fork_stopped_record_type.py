from typing import Literal, cast

CallForkStoppedRecordType = Literal["event"]

CALL_FORK_STOPPED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_fork_stopped_record_type(value: str) -> CallForkStoppedRecordType:
    """Return value as a CallForkStoppedRecordType.

    A value outside CALL_FORK_STOPPED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallForkStoppedRecordType, value)
