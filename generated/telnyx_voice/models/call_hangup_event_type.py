from typing import Literal, cast

CallHangupEventType = Literal["call.hangup"]

CALL_HANGUP_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.hangup",
    }
)


def check_call_hangup_event_type(value: str) -> CallHangupEventType:
    """Return value as a CallHangupEventType.

    A value outside CALL_HANGUP_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallHangupEventType, value)
