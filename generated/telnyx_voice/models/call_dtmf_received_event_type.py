from typing import Literal, cast

CallDTMFReceivedEventType = Literal["call.dtmf.received"]

CALL_DTMF_RECEIVED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.dtmf.received",
    }
)


def check_call_dtmf_received_event_type(value: str) -> CallDTMFReceivedEventType:
    """Return value as a CallDTMFReceivedEventType.

    A value outside CALL_DTMF_RECEIVED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallDTMFReceivedEventType, value)
