from typing import Literal, cast

ConferenceCreatedEventType = Literal["conference.created"]

CONFERENCE_CREATED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "conference.created",
    }
)


def check_conference_created_event_type(value: str) -> ConferenceCreatedEventType:
    """Return value as a ConferenceCreatedEventType.

    A value outside CONFERENCE_CREATED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceCreatedEventType, value)
