from typing import Literal, cast

CallReferCompletedEventType = Literal["call.refer.completed"]

CALL_REFER_COMPLETED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.refer.completed",
    }
)


def check_call_refer_completed_event_type(value: str) -> CallReferCompletedEventType:
    """Return value as a CallReferCompletedEventType.

    A value outside CALL_REFER_COMPLETED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallReferCompletedEventType, value)
