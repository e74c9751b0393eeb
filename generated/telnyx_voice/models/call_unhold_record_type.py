from typing import Literal, cast

CallUnholdRecordType = Literal["event"]

CALL_UNHOLD_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_unhold_record_type(value: str) -> CallUnholdRecordType:
    """Return value as a CallUnholdRecordType.

    A value outside CALL_UNHOLD_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallUnholdRecordType, value)
