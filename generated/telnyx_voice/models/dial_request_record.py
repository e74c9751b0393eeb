from typing import Literal, cast

DialRequestRecord = Literal["record-from-answer"]

DIAL_REQUEST_RECORD_VALUES: frozenset[str] = frozenset(
    {
        "record-from-answer",
    }
)


def check_dial_request_record(value: str) -> DialRequestRecord:
    """Return value as a DialRequestRecord.

    A value outside DIAL_REQUEST_RECORD_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DialRequestRecord, value)
