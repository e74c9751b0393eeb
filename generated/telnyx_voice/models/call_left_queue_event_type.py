from typing import Literal, cast

CallLeftQueueEventType = Literal["call.dequeued"]

CALL_LEFT_QUEUE_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.dequeued",
    }
)


def check_call_left_queue_event_type(value: str) -> CallLeftQueueEventType:
    """Return value as a CallLeftQueueEventType.

    A value outside CALL_LEFT_QUEUE_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallLeftQueueEventType, value)
