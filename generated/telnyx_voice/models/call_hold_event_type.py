from typing import Literal, cast

CallHoldEventType = Literal["call.hold"]

CALL_HOLD_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.hold",
    }
)


def check_call_hold_event_type(value: str) -> CallHoldEventType:
    """Return value as a CallHoldEventType.

    A value outside CALL_HOLD_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallHoldEventType, value)
