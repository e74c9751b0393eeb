from typing import Literal, cast

SiprecStartedEventType = Literal["siprec.started"]

SIPREC_STARTED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "siprec.started",
    }
)


def check_siprec_started_event_type(value: str) -> SiprecStartedEventType:
    """Return value as a SiprecStartedEventType.

    A value outside SIPREC_STARTED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(SiprecStartedEventType, value)
