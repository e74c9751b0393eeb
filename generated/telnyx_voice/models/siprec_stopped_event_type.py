from typing import Literal, cast

SiprecStoppedEventType = Literal["siprec.stopped"]

SIPREC_STOPPED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "siprec.stopped",
    }
)


def check_siprec_stopped_event_type(value: str) -> SiprecStoppedEventType:
    """Return value as a SiprecStoppedEventType.

    A value outside SIPREC_STOPPED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(SiprecStoppedEventType, value)
