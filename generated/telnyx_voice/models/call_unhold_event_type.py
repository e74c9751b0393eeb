from typing import Literal, cast

CallUnholdEventType = Literal["call.unhold"]

CALL_UNHOLD_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.unhold",
    }
)


def check_call_unhold_event_type(value: str) -> CallUnholdEventType:
    """Return value as a CallUnholdEventType.

    A value outside CALL_UNHOLD_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallUnholdEventType, value)
