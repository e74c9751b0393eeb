from typing import Literal, cast

CallEventType = Literal["command", "webhook"]

CALL_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "command",
        "webhook",
    }
)


def check_call_event_type(value: str) -> CallEventType:
    """Return value as a CallEventType.

    A value outside CALL_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallEventType, value)
