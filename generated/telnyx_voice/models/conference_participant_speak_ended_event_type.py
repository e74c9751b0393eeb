from typing import Literal, cast

ConferenceParticipantSpeakEndedEventType = Literal["conference.participant.speak.ended"]

CONFERENCE_PARTICIPANT_SPEAK_ENDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "conference.participant.speak.ended",
    }
)


def check_conference_participant_speak_ended_event_type(value: str) -> ConferenceParticipantSpeakEndedEventType:
    """Return value as a ConferenceParticipantSpeakEndedEventType.

    A value outside CONFERENCE_PARTICIPANT_SPEAK_ENDED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceParticipantSpeakEndedEventType, value)
