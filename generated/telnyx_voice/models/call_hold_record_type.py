from typing import Literal, cast

CallHoldRecordType = Literal["event"]

CALL_HOLD_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_hold_record_type(value: str) -> CallHoldRecordType:
    """Return value as a CallHoldRecordType.

    A value outside CALL_HOLD_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallHoldRecordType, value)
