from typing import Literal, cast

CallReferCompletedRecordType = Literal["event"]

CALL_REFER_COMPLETED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_refer_completed_record_type(value: str) -> CallReferCompletedRecordType:
    """Return value as a CallReferCompletedRecordType.

    A value outside CALL_REFER_COMPLETED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallReferCompletedRecordType, value)
