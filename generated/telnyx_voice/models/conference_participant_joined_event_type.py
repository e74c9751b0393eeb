from typing import Literal, cast

ConferenceParticipantJoinedEventType = Literal["conference.participant.joined"]

CONFERENCE_PARTICIPANT_JOINED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "conference.participant.joined",
    }
)


def check_conference_participant_joined_event_type(value: str) -> ConferenceParticipantJoinedEventType:
    """Return value as a ConferenceParticipantJoinedEventType.

    A value outside CONFERENCE_PARTICIPANT_JOINED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceParticipantJoinedEventType, value)
