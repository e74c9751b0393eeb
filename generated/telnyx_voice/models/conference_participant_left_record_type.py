from typing import Literal, cast

ConferenceParticipantLeftRecordType = Literal["event"]

CONFERENCE_PARTICIPANT_LEFT_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_conference_participant_left_record_type(value: str) -> ConferenceParticipantLeftRecordType:
    """Return value as a ConferenceParticipantLeftRecordType.

    A value outside CONFERENCE_PARTICIPANT_LEFT_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceParticipantLeftRecordType, value)
