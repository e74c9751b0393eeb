from typing import Literal, cast

ConferencePlaybackStartedEventType = Literal["conference.playback.started"]

CONFERENCE_PLAYBACK_STARTED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "conference.playback.started",
    }
)


def check_conference_playback_started_event_type(value: str) -> ConferencePlaybackStartedEventType:
    """Return value as a ConferencePlaybackStartedEventType.

    A value outside CONFERENCE_PLAYBACK_STARTED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferencePlaybackStartedEventType, value)
