from typing import Literal, cast

CallForkStoppedEventType = Literal["call.fork.stopped"]

CALL_FORK_STOPPED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.fork.stopped",
    }
)


def check_call_fork_stopped_event_type(value: str) -> CallForkStoppedEventType:
    """Return value as a CallForkStoppedEventType.

    A value outside CALL_FORK_STOPPED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallForkStoppedEventType, value)
