from typing import Literal, cast

SiprecStoppedRecordType = Literal["event"]

SIPREC_STOPPED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_siprec_stopped_record_type(value: str) -> SiprecStoppedRecordType:
    """Return value as a SiprecStoppedRecordType.

    A value outside SIPREC_STOPPED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(SiprecStoppedRecordType, value)
