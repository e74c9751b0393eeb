from typing import Literal, cast

CallReferStartedEventType = Literal["call.refer.started"]

CALL_REFER_STARTED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.refer.started",
    }
)


def check_call_refer_started_event_type(value: str) -> CallReferStartedEventType:
    """Return value as a CallReferStartedEventType.

    A value outside CALL_REFER_STARTED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallReferStartedEventType, value)
