from typing import Literal, cast

SiprecFailedRecordType = Literal["event"]

SIPREC_FAILED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_siprec_failed_record_type(value: str) -> SiprecFailedRecordType:
    """Return value as a SiprecFailedRecordType.

    A value outside SIPREC_FAILED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(SiprecFailedRecordType, value)
