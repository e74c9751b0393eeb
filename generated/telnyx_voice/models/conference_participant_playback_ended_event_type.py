from typing import Literal, cast

ConferenceParticipantPlaybackEndedEventType = Literal["conference.participant.playback.ended"]

CONFERENCE_PARTICIPANT_PLAYBACK_ENDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "conference.participant.playback.ended",
    }
)


def check_conference_participant_playback_ended_event_type(value: str) -> ConferenceParticipantPlaybackEndedEventType:
    """Return value as a ConferenceParticipantPlaybackEndedEventType.

    A value outside CONFERENCE_PARTICIPANT_PLAYBACK_ENDED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceParticipantPlaybackEndedEventType, value)
