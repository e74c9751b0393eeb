from typing import Literal, cast

ConferenceSpeakStartedEventType = Literal["conference.speak.started"]

CONFERENCE_SPEAK_STARTED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "conference.speak.started",
    }
)


def check_conference_speak_started_event_type(value: str) -> ConferenceSpeakStartedEventType:
    """Return value as a ConferenceSpeakStartedEventType.

    A value outside CONFERENCE_SPEAK_STARTED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceSpeakStartedEventType, value)
