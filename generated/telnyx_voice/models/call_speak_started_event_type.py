from typing import Literal, cast

CallSpeakStartedEventType = Literal["call.speak.started"]

CALL_SPEAK_STARTED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.speak.started",
    }
)


def check_call_speak_started_event_type(value: str) -> CallSpeakStartedEventType:
    """Return value as a CallSpeakStartedEventType.

    A value outside CALL_SPEAK_STARTED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallSpeakStartedEventType, value)
