from typing import Literal, cast

ConferenceEndedEventType = Literal["conference.ended"]

CONFERENCE_ENDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "conference.ended",
    }
)


def check_conference_ended_event_type(value: str) -> ConferenceEndedEventType:
    """Return value as a ConferenceEndedEventType.

    A value outside CONFERENCE_ENDED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceEndedEventType, value)
