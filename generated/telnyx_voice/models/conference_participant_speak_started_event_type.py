from typing import Literal, cast

ConferenceParticipantSpeakStartedEventType = Literal["conference.participant.speak.started"]

CONFERENCE_PARTICIPANT_SPEAK_STARTED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "conference.participant.speak.started",
    }
)


def check_conference_participant_speak_started_event_type(value: str) -> ConferenceParticipantSpeakStartedEventType:
    """Return value as a ConferenceParticipantSpeakStartedEventType.

    A value outside CONFERENCE_PARTICIPANT_SPEAK_STARTED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceParticipantSpeakStartedEventType, value)
