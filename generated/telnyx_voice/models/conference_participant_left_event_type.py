from typing import Literal, cast

ConferenceParticipantLeftEventType = Literal["conference.participant.left"]

CONFERENCE_PARTICIPANT_LEFT_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "conference.participant.left",
    }
)


def check_conference_participant_left_event_type(value: str) -> ConferenceParticipantLeftEventType:
    """Return value as a ConferenceParticipantLeftEventType.

    A value outside CONFERENCE_PARTICIPANT_LEFT_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceParticipantLeftEventType, value)
