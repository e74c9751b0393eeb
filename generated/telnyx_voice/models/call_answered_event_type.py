from typing import Literal, cast

CallAnsweredEventType = Literal["call.answered"]

CALL_ANSWERED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.answered",
    }
)


def check_call_answered_event_type(value: str) -> CallAnsweredEventType:
    """Return value as a CallAnsweredEventType.

    A value outside CALL_ANSWERED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallAnsweredEventType, value)
