from typing import Literal, cast

SiprecStartedRecordType = Literal["event"]

SIPREC_STARTED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_siprec_started_record_type(value: str) -> SiprecStartedRecordType:
    """Return value as a SiprecStartedRecordType.

    A value outside SIPREC_STARTED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(SiprecStartedRecordType, value)
