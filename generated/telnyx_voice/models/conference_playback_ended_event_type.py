from typing import Literal, cast

ConferencePlaybackEndedEventType = Literal["conference.playback.ended"]

CONFERENCE_PLAYBACK_ENDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "conference.playback.ended",
    }
)


def check_conference_playback_ended_event_type(value: str) -> ConferencePlaybackEndedEventType:
    """Return value as a ConferencePlaybackEndedEventType.

    A value outside CONFERENCE_PLAYBACK_ENDED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferencePlaybackEndedEventType, value)
