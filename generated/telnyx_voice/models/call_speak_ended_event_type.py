from typing import Literal, cast

CallSpeakEndedEventType = Literal["call.speak.ended"]

CALL_SPEAK_ENDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.speak.ended",
    }
)


def check_call_speak_ended_event_type(value: str) -> CallSpeakEndedEventType:
    """Return value as a CallSpeakEndedEventType.

    A value outside CALL_SPEAK_ENDED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallSpeakEndedEventType, value)
