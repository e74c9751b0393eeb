from typing import Literal, cast

DialRequestRecordTrim = Literal["trim-silence"]

DIAL_REQUEST_RECORD_TRIM_VALUES: frozenset[str] = frozenset(
    {
        "trim-silence",
    }
)


def check_dial_request_record_trim(value: str) -> DialRequestRecordTrim:
    """Return value as a DialRequestRecordTrim.

    A value outside DIAL_REQUEST_RECORD_TRIM_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DialRequestRecordTrim, value)
