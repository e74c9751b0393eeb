from typing import Literal, cast

CallEnqueuedEventType = Literal["call.enqueued"]

CALL_ENQUEUED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.enqueued",
    }
)


def check_call_enqueued_event_type(value: str) -> CallEnqueuedEventType:
    """Return value as a CallEnqueuedEventType.

    A value outside CALL_ENQUEUED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallEnqueuedEventType, value)
