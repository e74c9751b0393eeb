from typing import Literal, cast

CallInitiatedEventType = Literal["call.initiated"]

CALL_INITIATED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.initiated",
    }
)


def check_call_initiated_event_type(value: str) -> CallInitiatedEventType:
    """Return value as a CallInitiatedEventType.

    A value outside CALL_INITIATED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallInitiatedEventType, value)
