from typing import Literal, cast

CallInitiatedRecordType = Literal["event"]

CALL_INITIATED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_initiated_record_type(value: str) -> CallInitiatedRecordType:
    """Return value as a CallInitiatedRecordType.

    A value outside CALL_INITIATED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallInitiatedRecordType, value)
