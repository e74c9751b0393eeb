from typing import Literal, cast

SiprecFailedEventType = Literal["siprec.failed"]

SIPREC_FAILED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "siprec.failed",
    }
)


def check_siprec_failed_event_type(value: str) -> SiprecFailedEventType:
    """Return value as a SiprecFailedEventType.

    A value outside SIPREC_FAILED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(SiprecFailedEventType, value)
