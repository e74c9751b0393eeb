from typing import Literal, cast

ConferenceSpeakEndedEventType = Literal["conference.speak.ended"]

CONFERENCE_SPEAK_ENDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "conference.speak.ended",
    }
)


def check_conference_speak_ended_event_type(value: str) -> ConferenceSpeakEndedEventType:
    """Return value as a ConferenceSpeakEndedEventType.

    A value outside CONFERENCE_SPEAK_ENDED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceSpeakEndedEventType, value)
