from typing import Literal, cast

CallBridgedEventType = Literal["call.bridged"]

CALL_BRIDGED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.bridged",
    }
)


def check_call_bridged_event_type(value: str) -> CallBridgedEventType:
    """Return value as a CallBridgedEventType.

    A value outside CALL_BRIDGED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallBridgedEventType, value)
