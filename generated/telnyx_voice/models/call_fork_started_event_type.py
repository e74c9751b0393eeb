from typing import Literal, cast

CallForkStartedEventType = Literal["call.fork.started"]

CALL_FORK_STARTED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.fork.started",
    }
)


def check_call_fork_started_event_type(value: str) -> CallForkStartedEventType:
    """Return value as a CallForkStartedEventType.

    A value outside CALL_FORK_STARTED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallForkStartedEventType, value)
