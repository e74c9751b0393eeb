from typing import Literal, cast

ConferenceParticipantPlaybackStartedEventType = Literal["conference.participant.playback.started"]

CONFERENCE_PARTICIPANT_PLAYBACK_STARTED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "conference.participant.playback.started",
    }
)


def check_conference_participant_playback_started_event_type(
    value: str,
) -> ConferenceParticipantPlaybackStartedEventType:
    """Return value as a ConferenceParticipantPlaybackStartedEventType.

    A value outside CONFERENCE_PARTICIPANT_PLAYBACK_STARTED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceParticipantPlaybackStartedEventType, value)
