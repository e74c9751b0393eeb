from typing import Literal, cast

CallReferFailedEventType = Literal["call.refer.failed"]

CALL_REFER_FAILED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.refer.failed",
    }
)


def check_call_refer_failed_event_type(value: str) -> CallReferFailedEventType:
    """Return value as a CallReferFailedEventType.

    A value outside CALL_REFER_FAILED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallReferFailedEventType, value)
