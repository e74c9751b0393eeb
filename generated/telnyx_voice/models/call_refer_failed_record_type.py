from typing import Literal, cast

CallReferFailedRecordType = Literal["event"]

CALL_REFER_FAILED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_refer_failed_record_type(value: str) -> CallReferFailedRecordType:
    """Return value as a CallReferFailedRecordType.

    A value outside CALL_REFER_FAILED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallReferFailedRecordType, value)
